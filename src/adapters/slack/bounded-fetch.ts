import type { Logger } from '../../app/log.js'

/**
 * The fetch Bolt and the Web API client are given. The Web API client sets
 * its own timeout (a signal); Bolt's `respond()` sets none, so a response_url
 * that never answers would hold its handler, and the shutdown drain, for as
 * long as the peer likes. A request without a signal gets `timeoutMs`; when
 * it runs out, that is logged and the caller's error handling takes over.
 */
export function boundedFetch(timeoutMs: number, log: Logger): typeof fetch {
  return async (input, init) => {
    if (init?.signal) return fetch(input, init)
    try {
      return await fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })
    } catch (error) {
      if (error instanceof DOMException && error.name === 'TimeoutError') {
        log.warn('slack response_url did not answer in time', { timeoutMs })
      }
      throw error
    }
  }
}
