import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import type { Logger } from '../../app/log.js'
import type { SeenKeys } from '../../app/seen-keys.js'

export interface RequestGuardOptions {
  /** Largest body accepted; Slack's own requests are a few kilobytes. @default 1048576 (1 MiB) */
  maxBodyBytes?: number
  /** How far a request's timestamp may be from now, either way (Bolt checks only the past). @default 300 */
  toleranceSeconds?: number
  /** Signatures already received, so a replayed request is not answered again. @default none: replays are not checked */
  seen?: SeenKeys
  /**
   * How many request bodies may be arriving at once; more are refused (503)
   * before they are read, so slow senders cannot take every connection.
   * @default 256
   */
  maxBodiesInProgress?: number
}

/**
 * Checks what Bolt does not before it reads a request: a body over the limit
 * (413), no declared length (411), and a timestamp too far in the past or the
 * future (401), and a signature already received (a replay). Bolt then checks
 * the signature itself (401) and the body's form or JSON (400). Each refusal
 * is logged once.
 */
export function guardSlackRequests(listener: RequestListener, log: Logger, options: RequestGuardOptions = {}): RequestListener {
  const maxBodyBytes = options.maxBodyBytes ?? 1_048_576
  const toleranceSeconds = options.toleranceSeconds ?? 300
  const maxBodiesInProgress = options.maxBodiesInProgress ?? 256
  let bodiesInProgress = 0
  return (request: IncomingMessage, response: ServerResponse) => {
    if (request.method === 'POST') {
      const refusal =
        bodiesInProgress >= maxBodiesInProgress
          ? { status: 503, reason: 'too many requests are arriving at once' }
          : refuse(request, maxBodyBytes, toleranceSeconds)
      if (refusal) {
        log.warn('slack request refused', { status: refusal.status, reason: refusal.reason })
        response.writeHead(refusal.status, { 'content-type': 'text/plain', connection: 'close' })
        response.end(refusal.reason)
        // The body is not read: let the connection go instead.
        request.resume()
        return
      }
      bodiesInProgress += 1
      let arrived = false
      const bodyArrived = () => {
        if (arrived) return
        arrived = true
        bodiesInProgress -= 1
      }
      // 'end' once the body is read; 'close' if it never is (cut off by the server's request timeout).
      request.once('end', bodyArrived)
      request.once('close', bodyArrived)
    }
    const signature = request.headers['x-slack-signature']
    if (request.method !== 'POST' || !options.seen || typeof signature !== 'string') {
      listener(request, response)
      return
    }
    void answerOnce(request, response, listener, `slack:signature:${signature}`, options.seen, log)
  }
}

/**
 * A signed request is answered once: the same signature again within the
 * window is a replay (or a copy Slack resent), acknowledged with an empty 200
 * so Slack does not count it as a failure, and not answered. A signature Bolt
 * then refuses is forgotten, so a forgery cannot block the genuine request.
 */
async function answerOnce(
  request: IncomingMessage,
  response: ServerResponse,
  listener: RequestListener,
  key: string,
  seen: SeenKeys,
  log: Logger,
): Promise<void> {
  let first: boolean
  try {
    first = await seen.claim(key)
  } catch (error) {
    // Better an occasional second answer than none while the store is down.
    log.error('could not check for a replayed slack request', error)
    first = true
  }
  if (!first) {
    log.warn('slack request refused', { status: 200, reason: 'a replay of a request already received' })
    response.writeHead(200, { 'content-type': 'text/plain', connection: 'close' })
    response.end()
    request.resume()
    return
  }
  response.once('finish', () => {
    if (response.statusCode >= 400) seen.release(key).catch((error: unknown) => log.error('could not forget a slack signature', error))
  })
  listener(request, response)
}

function refuse(request: IncomingMessage, maxBodyBytes: number, toleranceSeconds: number): { status: number; reason: string } | undefined {
  const declared = request.headers['content-length']
  if (declared === undefined) return { status: 411, reason: 'a Content-Length is required' }
  if (!/^\d+$/.test(declared) || Number(declared) > maxBodyBytes) return { status: 413, reason: 'the body is too large' }
  const timestamp = request.headers['x-slack-request-timestamp']
  if (typeof timestamp === 'string') {
    const seconds = Number(timestamp)
    if (!Number.isFinite(seconds) || Math.abs(Date.now() / 1000 - seconds) > toleranceSeconds) {
      return { status: 401, reason: 'the request timestamp is too old or in the future' }
    }
  }
  return undefined
}
