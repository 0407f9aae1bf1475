import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'
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
}

/**
 * Per-user limits on questions, so one user (or script) cannot crowd out a
 * channel: the limiter the request handler takes, in this process's memory.
 */
export function createRateLimiter({ requests = 10, windowSeconds = 30 }: RateLimitOptions = {}): RequestLimiter {
  const limiter = new RateLimiterMemory({ points: requests, duration: windowSeconds })
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
