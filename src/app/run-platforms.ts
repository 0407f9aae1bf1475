import type { Server } from 'node:http'
import type { Database } from '../store/database.js'
import type { CorpusSource } from './corpus-service.js'
import { healthHandler, startHealthServer } from './health.js'
import type { Logger } from './log.js'
import { startingPlatform } from './platform-start-error.js'
import type { Recording } from './recording.js'
import type { Settings } from './settings.js'
import { openSharedState } from './shared-state.js'

export interface RunningPlatforms {
  /** The platforms started, in order: "discord", "slack". */
  names: string[]
  /** Stops taking requests, lets those in flight finish, disconnects; then the health server goes. */
  stop(): Promise<void>
}

/**
 * Starts every chat platform the settings have credentials for, and the health check. With
 * STORE_REQUESTS (the default), the request store is opened: every request is recorded, answers
 * get 👍/👎, and `/report` reads it. Its database is opened once, and in Slack's OAuth mode the
 * workspaces' installations are kept in that same database.
 */
export async function runPlatforms(settings: Settings, retriever: CorpusSource, log: Logger): Promise<RunningPlatforms> {
  const running: Array<{ name: string; stop(): Promise<void> }> = []
  const servers: Server[] = []
  // Once stopping, /healthz says so while the platforms finish what they are answering.
  let draining = false
  const isDraining = () => draining
  // Rate limits and what was already answered: shared with every other instance through REDIS_URL, if set.
  const shared = openSharedState(settings, log)
  // What is let go of last, after the platforms stopped: the store, once what the last requests wrote is flushed.
  const closers: Array<() => Promise<void>> = []
  try {
    // Opened first, so a store that cannot be used is reported as the store, not as Slack or Discord.
    const store = await openStoreFor(settings, log, closers)
    const recordingOptions = {
      ...(store?.recording ?? {}),
      ...(settings.adminUserIds ? { admins: settings.adminUserIds } : {}),
    }
    // Each platform's SDK is loaded only when it is used: the terminal session starts without either.
    if (settings.discord) {
      const discord = settings.discord
      const bot = await startingPlatform('Discord', discord.apiUrl, async () => {
        const { startDiscordBot } = await import('../adapters/discord/bot.js')
        return startDiscordBot({ ...discord, retriever, log, rateLimit: shared.rateLimit, seen: shared.seen, ...recordingOptions })
      })
      running.push({ name: 'discord', ...bot })
    }
    if (settings.slack) {
      const { oauth, ...slack } = settings.slack
      // In HTTP mode /healthz shares Slack's server; Socket Mode has no server of its own.
      const health = { path: '/healthz', method: ['GET'], handler: healthHandler(retriever, isDraining) }
      // Many workspaces: their installations are kept in the store's database, which every instance shares.
      const installations = oauth && store ? await slackInstallationsIn(store.db) : undefined
      const app = await startingPlatform('Slack', slack.apiUrl, async () => {
        const { startSlackApp } = await import('../adapters/slack/app.js')
        return startSlackApp({
          ...slack,
          ...(oauth && installations ? { oauth: { ...oauth, installationStore: installations } } : {}),
          retriever,
          log,
          customRoutes: [health],
          rateLimit: shared.rateLimit,
          seen: shared.seen,
          ...recordingOptions,
        })
      })
      running.push({ name: 'slack', ...app })
    }
    if (settings.healthPort !== undefined) {
      // HOST holds for it in every mode, Discord-only too.
      const server = await startHealthServer(settings.healthPort, settings.host, retriever, isDraining)
      servers.push(server)
      log.info('health check ready', { address: server.address() })
    }
  } catch (error) {
    await Promise.allSettled(running.map((platform) => platform.stop()))
    shared.close()
    await Promise.allSettled(closers.map((close) => close()))
    throw error
  }
  return {
    names: running.map((platform) => platform.name),
    stop: async () => {
      draining = true
      await Promise.allSettled(running.map((platform) => platform.stop()))
      await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))))
      shared.close()
      await Promise.allSettled(closers.map((close) => close()))
    },
  }
}

/**
 * The store's database (DATA_DIR or DATABASE_URL), opened once for all that needs it: the request
 * store when recording, Slack's installations in OAuth mode (the embedded database serves one handle).
 * None when neither is wanted, or no chat platform runs to record from.
 */
async function openStoreFor(
  settings: Settings,
  log: Logger,
  closers: Array<() => Promise<void>>,
): Promise<{ db: Database; recording?: Recording } | undefined> {
  const chat = settings.discord !== undefined || settings.slack !== undefined
  if (chat && settings.recording) {
    const [{ openStore }, { recordingTo }] = await Promise.all([import('../store/open-store.js'), import('./recording.js')])
    const store = await openStore(settings.store, log)
    closers.push(() => store.close())
    return { db: store.db, recording: recordingTo(store) }
  }
  if (!settings.slack?.oauth) return undefined
  const [{ openDatabase }, { migrate }] = await Promise.all([import('../store/open-store.js'), import('../store/migrations.js')])
  const db = await openDatabase(settings.store)
  closers.push(() => db.close())
  await migrate(db)
  return { db }
}

async function slackInstallationsIn(db: Database) {
  const { createSlackInstallationStore } = await import('../adapters/slack/installations.js')
  return createSlackInstallationStore(db)
}
