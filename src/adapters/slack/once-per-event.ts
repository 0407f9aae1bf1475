import type { Logger } from '../../app/log.js'
import type { SeenKeys } from '../../app/seen-keys.js'

/**
 * Slack sends an event again when it did not see the acknowledgement in time
 * (HTTP `X-Slack-Retry-Num`, Socket Mode `retry_attempt`), always with the same
 * `event_id`. The first copy is answered; a repeat is acknowledged (Bolt acks
 * events before middleware runs) and dropped.
 */
export async function isRepeatedEvent(body: unknown, retryNum: number | undefined, seen: SeenKeys, log: Logger): Promise<boolean> {
  const eventId = typeof body === 'object' && body !== null && 'event_id' in body ? body.event_id : undefined
  if (typeof eventId !== 'string') return false
  if (await seen.claim(`slack:event:${eventId}`)) return false
  log.info('slack event already answered', { eventId, ...(retryNum !== undefined ? { retryNum } : {}) })
  return true
}
