import type { webApi } from '@slack/bolt'

/** A reply Slack would not take within the time it was allowed to wait. */
export class ReplyRateLimitedError extends Error {
  readonly code = 'SLACK_REPLY_RATE_LIMITED'
  constructor(
    /** What Slack's Retry-After said, in seconds. */
    readonly retryAfterSeconds: number,
    options?: ErrorOptions,
  ) {
    super(`Slack rate-limited the reply for ${retryAfterSeconds} s, longer than it may wait`, options)
    this.name = 'ReplyRateLimitedError'
  }
}

/**
 * Makes one Web API call, waiting out a 429's Retry-After only while the
 * total wait stays within `maxWaitMs`; past that it throws a
 * ReplyRateLimitedError, so the caller can tell the user. The wait is this
 * call's alone: other channels' replies go on meanwhile.
 */
export async function withinRateLimit<T>(call: () => Promise<T>, maxWaitMs: number): Promise<T> {
  const started = Date.now()
  for (;;) {
    try {
      return await call()
    } catch (error) {
      if (!isRateLimited(error)) throw error
      const waitMs = error.retryAfter * 1000
      if (Date.now() - started + waitMs > maxWaitMs) throw new ReplyRateLimitedError(error.retryAfter, { cause: error })
      await new Promise((resolve) => setTimeout(resolve, waitMs))
    }
  }
}

function isRateLimited(error: unknown): error is webApi.WebAPIRateLimitedError {
  return (error as { code?: unknown }).code === 'slack_webapi_rate_limited_error'
}
