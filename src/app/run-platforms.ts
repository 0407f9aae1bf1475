import type { Server } from 'node:http'
import type { CorpusSource } from './corpus-service.js'
import { healthHandler, startHealthServer } from './health.js'
import type { Logger } from './log.js'
import { startingPlatform } from './platform-start-error.js'
import type { Settings } from './settings.js'
import { openSharedState } from './shared-state.js'

export interface RunningPlatforms {
  /** The platforms started, in order: "discord", "slack". */
  names: string[]
  /** Stops taking requests, lets those in flight finish, disconnects; then the health server goes. */
  stop(): Promise<void>
}

/** Starts every chat platform the settings have credentials for, and the health check. */
export async function runPlatforms(settings: Settings, retriever: CorpusSource, log: Logger): Promise<RunningPlatforms> {
  const running: Array<{ name: string; stop(): Promise<void> }> = []
  const servers: Server[] = []
  // Once stopping, /healthz says so while the platforms finish what they are answering.
  let draining = false
  const isDraining = () => draining
  // Rate limits and what was already answered: shared with every other instance through REDIS_URL, if set.
  const shared = openSharedState(settings, log)
  // What is let go of last, after the platforms stopped: the database of Slack's installations.
  const closers: Array<() => Promise<void>> = []
  try {
    // Each platform's SDK is loaded only when it is used: the terminal session starts without either.
    if (settings.discord) {
      const discord = settings.discord
      const bot = await startingPlatform('Discord', discord.apiUrl, async () => {
        const { startDiscordBot } = await import('../adapters/discord/bot.js')
        return startDiscordBot({ ...discord, retriever, log, rateLimit: shared.rateLimit, seen: shared.seen })
      })
      running.push({ name: 'discord', ...bot })
    }
    if (settings.slack) {
      const { oauth, ...slack } = settings.slack
      // In HTTP mode /healthz shares Slack's server; Socket Mode has no server of its own.
      const health = { path: '/healthz', method: ['GET'], handler: healthHandler(retriever, isDraining) }
      // Many workspaces: their installations are kept in the store's database, which every instance shares.
      // Opened first, so a store that cannot be used is reported as the store, not as Slack.
      const installations = oauth && (await openInstallations(settings, closers))
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

/** The store's database (DATA_DIR or DATABASE_URL), migrated, as Slack's installation store. */
async function openInstallations(settings: Settings, closers: Array<() => Promise<void>>) {
  const [{ openDatabase }, { migrate }, { createSlackInstallationStore }] = await Promise.all([
    import('../store/open-store.js'),
    import('../store/migrations.js'),
    import('../adapters/slack/installations.js'),
  ])
  const db = await openDatabase(settings.store)
  closers.push(() => db.close())
  await migrate(db)
  return createSlackInstallationStore(db)
}
