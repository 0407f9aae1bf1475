import type { Logger } from './log.js'
import type { RateLimitOptions } from './rate-limit.js'
import { connectRedis } from './redis.js'
import { createMemorySeenKeys, type SeenKeys } from './seen-keys.js'
import type { Settings } from './settings.js'
import { createSharedSeenKeys } from './shared-seen-keys.js'

/** What the platforms of one process share with every other instance: in Redis with REDIS_URL, else in memory. */
export interface SharedState {
  rateLimit: RateLimitOptions
  seen: SeenKeys
  /** Lets go of Redis, after the platforms have stopped. */
  close(): void
}

/**
 * One Redis client for the rate limits and the seen keys of every platform in
 * the process; without REDIS_URL, both in this process's memory.
 */
export function openSharedState(settings: Pick<Settings, 'rateLimit' | 'redisUrl'>, log: Logger): SharedState {
  if (!settings.redisUrl) return { rateLimit: settings.rateLimit, seen: createMemorySeenKeys(), close: () => {} }
  const redis = connectRedis(settings.redisUrl, log)
  return {
    rateLimit: { ...settings.rateLimit, redis },
    seen: createSharedSeenKeys(redis, log),
    close: () => redis.disconnect(),
  }
}
