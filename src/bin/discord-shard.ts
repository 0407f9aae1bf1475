#!/usr/bin/env node
import './require-supported-node.js'
import { startDiscordBot } from '../adapters/discord/bot.js'
import { createLogger } from '../app/log.js'
import { startingPlatform } from '../app/platform-start-error.js'
import { recordingTo } from '../app/recording.js'
import { loadSettings, readEnvFile } from '../app/settings.js'
import { openSharedState } from '../app/shared-state.js'
import { startAnswerWorker } from '../app/start-answer-worker.js'
import { watchCorpus } from '../app/watch-corpus.js'
import { openStore } from '../store/open-store.js'
import { exitOnStartupError } from './exit-on-startup-error.js'

// One shard of the Discord bot, started by `npm run start:sharded`. discord.js
// reads which shard it is from the environment the sharding manager sets.
try {
  readEnvFile()
  const settings = loadSettings(process.env)
  if (!settings.discord) throw new Error('a Discord shard needs DISCORD_TOKEN')
  const log = createLogger(process.stderr, { level: settings.logLevel })
  const retriever = await startAnswerWorker(settings.corpusDir, log)
  const discord = settings.discord
  // Every shard is a process of its own, and the embedded store serves one: shards record into a shared DATABASE_URL only.
  const store = settings.recording && settings.store.databaseUrl ? await openStore(settings.store, log) : undefined
  if (settings.recording && !store) log.warn('not recording: shards need DATABASE_URL to share a request store')
  const recording = store ? recordingTo(store) : {}
  // Shards on other machines count the same limits and remember the same Share clicks, through REDIS_URL.
  const shared = openSharedState(settings, log)
  const bot = await startingPlatform('Discord', discord.apiUrl, () =>
    startDiscordBot({
      ...discord,
      retriever,
      log,
      rateLimit: shared.rateLimit,
      seen: shared.seen,
      ...recording,
      ...(settings.adminUserIds ? { admins: settings.adminUserIds } : {}),
    }),
  )
  const watcher = watchCorpus(settings.corpusDir, retriever, log)
  const stop = async () => {
    watcher.close()
    await bot.stop()
    await retriever.close()
    shared.close()
    await store?.close()
    process.exit(0)
  }
  process.once('SIGTERM', () => void stop())
  process.once('SIGINT', () => void stop())
  process.on('unhandledRejection', (reason) => log.error('unhandled rejection', reason))
} catch (error) {
  exitOnStartupError(error)
}
