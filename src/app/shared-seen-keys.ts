import type { Redis } from 'ioredis'
import type { Logger } from './log.js'
import { createMemorySeenKeys, DEFAULT_SEEN_KEY_TTL_MS, type SeenKeys } from './seen-keys.js'

export interface SharedSeenKeysOptions {
  /** How long a key is remembered, in Redis and in the fallback memory alike. @default 600000 (as in memory) */
  ttlMs?: number
  /** What this instance remembers while Redis cannot be reached. @default createMemorySeenKeys({ ttlMs }) */
  fallback?: SeenKeys
}

/** The keys' prefix in Redis: `seen:<key>`, each expiring with its lifetime. */
const REDIS_KEY_PREFIX = 'seen:'

/**
 * Seen keys every instance shares through Redis (REDIS_URL): a Slack retry that
 * reaches another instance behind the balancer, or a double click on Share that
 * reaches another shard, is still answered once. A key is claimed with one
 * `SET NX PX`, so two instances claiming at the same moment cannot both win.
 * While Redis cannot be reached each instance remembers alone, in memory, and
 * says so once; it says so again when Redis is back.
 */
export function createSharedSeenKeys(redis: Redis, log: Logger, options: SharedSeenKeysOptions = {}): SeenKeys {
  const ttlMs = options.ttlMs ?? DEFAULT_SEEN_KEY_TTL_MS
  const fallback = options.fallback ?? createMemorySeenKeys({ ttlMs })
  let inMemory = false
  const reachable = () => {
    if (!inMemory) return
    inMemory = false
    log.info('seen keys: redis reachable again; answered events are shared again')
  }
  const unreachable = (error: unknown) => {
    if (inMemory) return
    inMemory = true
    const code = (error as { code?: unknown }).code
    log.warn('seen keys: redis unreachable; answered events are remembered by each instance until it is back', {
      error: typeof code === 'string' ? code : error instanceof Error ? error.message : String(error),
    })
  }
  return {
    async claim(key) {
      try {
        const set = await redis.set(`${REDIS_KEY_PREFIX}${key}`, '1', 'PX', ttlMs, 'NX')
        reachable()
        return set === 'OK'
      } catch (error) {
        unreachable(error)
        return fallback.claim(key)
      }
    },
    async release(key) {
      await fallback.release(key)
      try {
        await redis.del(`${REDIS_KEY_PREFIX}${key}`)
        reachable()
      } catch (error) {
        unreachable(error)
      }
    },
  }
}
