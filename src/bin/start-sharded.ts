#!/usr/bin/env node
import './require-supported-node.js'
import { fileURLToPath } from 'node:url'
import { REST, Routes, ShardingManager } from 'discord.js'
import { createLogger } from '../app/log.js'
import { startingPlatform } from '../app/platform-start-error.js'
import { type DiscordSettings, loadSettings, readEnvFile } from '../app/settings.js'
import { exitOnStartupError } from './exit-on-startup-error.js'

// `npm run start:sharded`: the Discord bot as several processes, one per shard,
// under discord.js's sharding manager. Each shard has its own index.
try {
  readEnvFile()
  const settings = loadSettings(process.env)
  if (!settings.discord) {
    process.stderr.write('npm run start:sharded runs the Discord bot: set DISCORD_TOKEN. (Run Slack with npm start.)\n')
    process.exit(1)
  }
  const log = createLogger(process.stderr, { level: settings.logLevel })
  const discord = settings.discord
  const totalShards =
    discord.shards === 'auto' ? await startingPlatform('Discord', discord.apiUrl, () => recommendedShards(discord)) : discord.shards
  const manager = new ShardingManager(fileURLToPath(new URL('./discord-shard.js', import.meta.url)), {
    token: settings.discord.token,
    totalShards,
    // On several machines, each runs its own shards of the same total (DISCORD_SHARD_IDS).
    ...(discord.shardIds ? { shardList: discord.shardIds } : {}),
    respawn: true,
  })
  manager.on('shardCreate', (shard) => log.info('shard started', { shard: shard.id, of: totalShards }))
  const here = discord.shardIds ?? Array.from({ length: totalShards }, (_, i) => i)
  await startingPlatform('Discord', discord.apiUrl, () => manager.spawn({ timeout: 60_000 }))
  log.info('all shards ready', { shards: here, of: totalShards })

  const stop = async (signal: string) => {
    log.info('stopping shards', { signal })
    // Each shard drains its own interactions on SIGTERM; wait for all to exit.
    await Promise.all(
      [...manager.shards.values()].map(async (shard) => {
        const child = shard.process
        if (!child || child.exitCode !== null) return
        shard.removeAllListeners('death')
        manager.respawn = false
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGTERM')
        await exited
      }),
    )
    process.exit(0)
  }
  process.once('SIGINT', () => void stop('SIGINT'))
  process.once('SIGTERM', () => void stop('SIGTERM'))
} catch (error) {
  exitOnStartupError(error)
}

/** Discord's recommended shard count, asked of the configured REST API (a proxy or Discord itself). */
async function recommendedShards({ token, apiUrl }: DiscordSettings): Promise<number> {
  const rest = new REST(apiUrl ? { api: apiUrl } : {}).setToken(token)
  const { shards } = (await rest.get(Routes.gatewayBot())) as { shards: number }
  return shards
}
