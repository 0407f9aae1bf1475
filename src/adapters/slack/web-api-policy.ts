import type { webApi } from '@slack/bolt'

/** What the Web API client is given: how it retries, and what it does on a 429. */
export interface WebApiPolicy {
  retryConfig: webApi.RetryOptions & { onFailedAttempt(error: unknown): void }
  rejectRateLimitedCalls: true
}

/**
 * A few quick retries, then give up: never minutes of retrying while Slack is
 * unreachable. A call is retried only when it surely never reached Slack (the
 * connection was refused, the name did not resolve, a 5xx): retrying one that timed
 * out or was cut mid-way could post the same answer twice.
 *
 * A 429 is rejected at once instead of pausing the client's shared queue,
 * which would hold every channel's reply for as long as one channel's
 * Retry-After says; each call decides how long it may wait (`withinRateLimit`).
 */
export function webApiPolicy(retries: number): WebApiPolicy {
  return {
    retryConfig: {
      retries,
      factor: 2,
      minTimeout: 250,
      maxTimeout: 2_000,
      maxRetryTime: 5_000,
      onFailedAttempt(error) {
        if (!neverReachedSlack(error) && !isServerError(error)) throw error
      },
    },
    rejectRateLimitedCalls: true,
  }
}

/** Slack answered 5xx: it took nothing in, and asks to be tried again. */
function isServerError(error: unknown): boolean {
  const status = (error as { code?: unknown; statusCode?: unknown }).statusCode
  return (error as { code?: unknown }).code === 'slack_webapi_http_error' && typeof status === 'number' && status >= 500
}

const UNSENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'])

/**
 * A call that failed after its request may have reached Slack: a timeout or
 * a connection cut mid-way. Slack may have acted on it, so it is neither
 * retried nor reported to the user as failed.
 */
export function mayHaveReachedSlack(error: unknown): boolean {
  return (error as { code?: unknown }).code === 'slack_webapi_request_error' && !neverReachedSlack(error)
}

/** A request error whose cause says no byte of the request was taken by Slack. */
function neverReachedSlack(error: unknown): boolean {
  let cause: unknown = (error as { original?: unknown }).original ?? error
  // fetch wraps the socket's error: TypeError("fetch failed") → { code }.
  for (let depth = 0; depth < 4 && cause instanceof Error; depth += 1) {
    if (UNSENT_CODES.has((cause as NodeJS.ErrnoException).code ?? '')) return true
    cause = cause.cause
  }
  return false
}
