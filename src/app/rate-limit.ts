import type { Redis } from 'ioredis'
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'
import type { RequestLimiter } from '../../commands/handle-request.js'

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

/** The keys' prefix in Redis: `rate-limit:questions:<user>`, each expiring with its window. */
const REDIS_KEY_PREFIX = 'rate-limit:questions'

/**
 * Per-user limits on questions, so one user (or script) cannot crowd out a
 * channel: the limiter the request handler takes.
 */
export function createRateLimiter({ requests = 10, windowSeconds = 30, redis }: RateLimitOptions = {}): RequestLimiter {
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
