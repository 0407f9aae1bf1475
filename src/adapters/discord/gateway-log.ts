import { type Client, Events } from 'discord.js'
import type { Logger } from '../../app/log.js'

/**
 * The gateway connection's life in the log: a drop that discord.js will
 * recover from (it emits only "reconnecting" for those), one it will not,
 * and the session coming back. Without these a drop leaves no trace.
 */
export function logGatewayConnection(client: Client, log: Logger): void {
  client.on(Events.ShardReconnecting, (shard) => log.warn('discord gateway connection dropped; reconnecting', { shard }))
  client.on(Events.ShardDisconnect, (event, shard) =>
    log.error('discord gateway disconnected and will not reconnect', undefined, { shard, code: event.code }),
  )
  client.on(Events.ShardResume, (shard, replayed) => log.info('discord gateway resumed', { shard, replayed }))
  client.on(Events.ShardReady, (shard) => {
    // The first ready is the start; any later one is a new session after a drop.
    if (client.isReady()) log.info('discord gateway connected again', { shard })
  })
}
