import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import type { Logger } from '../../app/log.js'

export interface RequestGuardOptions {
  /** Largest body accepted; Slack's own requests are a few kilobytes. @default 1048576 (1 MiB) */
  maxBodyBytes?: number
  /** How far a request's timestamp may be from now, either way (Bolt checks only the past). @default 300 */
  toleranceSeconds?: number
}

/**
 * Checks what Bolt does not before it reads a request: a body over the limit
 * (413), no declared length (411), and a timestamp too far in the past or the
 * future (401). Bolt then checks the signature itself (401) and the body's
 * form or JSON (400). Each refusal is logged once.
 */
export function guardSlackRequests(listener: RequestListener, log: Logger, options: RequestGuardOptions = {}): RequestListener {
  const maxBodyBytes = options.maxBodyBytes ?? 1_048_576
  const toleranceSeconds = options.toleranceSeconds ?? 300
  return (request: IncomingMessage, response: ServerResponse) => {
    if (request.method === 'POST') {
      const refusal = refuse(request, maxBodyBytes, toleranceSeconds)
      if (refusal) {
        log.warn('slack request refused', { status: refusal.status, reason: refusal.reason })
        response.writeHead(refusal.status, { 'content-type': 'text/plain', connection: 'close' })
        response.end(refusal.reason)
        // The body is not read: let the connection go instead.
        request.resume()
        return
      }
    }
    listener(request, response)
  }
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
