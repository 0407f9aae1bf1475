import type { Logger } from '../../app/log.js'

/**
 * Socket Mode's connection in the log: a drop (the client reconnects by
 * itself) and the connection coming back, each with a message that says so.
 * The client's own logging of it goes through Bolt at debug level only.
 */
export function logSocketConnection(client: { on(event: string, listener: () => void): unknown }, log: Logger): void {
  let dropped = false
  client.on('reconnecting', () => {
    dropped = true
    log.warn('slack socket connection dropped; reconnecting')
  })
  client.on('connected', () => {
    if (dropped) log.info('slack socket connected again')
    dropped = false
  })
}
