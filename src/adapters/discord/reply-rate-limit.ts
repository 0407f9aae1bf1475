import { RateLimitError, type RESTOptions } from 'discord.js'

/** What the asker is told, privately, when Discord's rate limit kept their reply (or its chart) out. */
export function replyNotPosted(retryAfterSeconds: number): string {
  return `Discord is limiting how fast I can post here, so I could not post your answer. Please ask again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`
}

// Interaction replies, follow-ups and their edits (charts): the routes a reply to a user goes by.
const REPLY_ROUTES = ['/interactions', '/webhooks']

/**
 * discord.js waits out a 429 itself, holding the route's queue, for as long as Retry-After says.
 * A reply instead gives up once the wait would pass `maxWaitMs` (per call, as on Slack), so the
 * asker can be told; other calls, such as logging in, wait as discord.js decides.
 */
export function rejectLongRateLimits(maxWaitMs: number): Pick<RESTOptions, 'rejectOnRateLimit'> {
  return {
    rejectOnRateLimit: (limit) => REPLY_ROUTES.some((route) => limit.route.startsWith(route)) && limit.retryAfter > maxWaitMs,
  }
}

/** A reply rate-limited past its wait: how long Discord asked for, in whole seconds (discord.js adds a 50 ms offset). */
export function rateLimitedFor(error: unknown): number | undefined {
  return error instanceof RateLimitError ? Math.max(1, Math.round(error.retryAfter / 1000)) : undefined
}
