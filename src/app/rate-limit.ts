import type { Redis } from 'ioredis'
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'

export interface RateLimitOptions {
  /**
   * Questions a user may ask per window.
   * @default 10
   */
  requests?: number
  /**
   * The window, in seconds.
   * @default 30
   */
  windowSeconds?: number
  /**
   * A Redis client (connectRedis, from REDIS_URL): every instance using the same Redis counts a
   * user's questions together. While Redis cannot be reached, each instance counts alone.
   * @default undefined: counted in this process's memory
   */
  redis?: Redis
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/** Per-user limits on questions, so one user (or script) cannot crowd out a channel. */
export interface RateLimiter {
  take(user: string): Promise<RateDecision>
}

/** The keys' prefix in Redis: `rate-limit:questions:<user>`, each expiring with its window. */
const REDIS_KEY_PREFIX = 'rate-limit:questions'

export function createRateLimiter({ requests = 10, windowSeconds = 30, redis }: RateLimitOptions = {}): RateLimiter {
  const memory = new RateLimiterMemory({ points: requests, duration: windowSeconds })
  const limiter = redis
    ? new RateLimiterRedis({
        storeClient: redis,
        points: requests,
        duration: windowSeconds,
        keyPrefix: REDIS_KEY_PREFIX,
        // Used whenever Redis fails: answering goes on, limited per instance.
        insuranceLimiter: memory,
      })
    : memory
  return {
    async take(user) {
      try {
        await limiter.consume(user)
        return { allowed: true }
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) }
        }
        throw rejection
      }
    },
  }
}

/** What a user over the limit is told, privately. */
export function slowDown(retryAfterSeconds: number): string {
  return `Slow down — you have asked a lot in a short time. Try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`
}
