import type { Server } from 'node:http'
import { healthHandler, startHealthServer } from './health.js'
import type { LiveRetriever } from './live-retriever.js'
import type { Logger } from './log.js'
import { startingPlatform } from './platform-start-error.js'
import type { Recording } from './recording.js'
import type { Settings } from './settings.js'

export interface RunningPlatforms {
  /** The platforms started, in order: "discord", "slack". */
  names: string[]
  /** Stops taking requests, lets those in flight finish, disconnects; then the health server goes. */
  stop(): Promise<void>
}

/**
 * Starts every chat platform the settings have credentials for, and the health check. With
 * `recording`, every request is recorded, answers get 👍/👎, and `/report` reads the store.
 */
export async function runPlatforms(
  settings: Settings,
  retriever: LiveRetriever,
  log: Logger,
  recording?: Recording,
): Promise<RunningPlatforms> {
  const recordingOptions = {
    ...(recording ?? {}),
    ...(settings.adminUserIds ? { admins: settings.adminUserIds } : {}),
  }
  const running: Array<{ name: string; stop(): Promise<void> }> = []
  const servers: Server[] = []
  // Once stopping, /healthz says so while the platforms finish what they are answering.
  let draining = false
  const isDraining = () => draining
  try {
    // Each platform's SDK is loaded only when it is used: the terminal session starts without either.
    if (settings.discord) {
      const discord = settings.discord
      const bot = await startingPlatform('Discord', discord.apiUrl, async () => {
        const { startDiscordBot } = await import('../adapters/discord/bot.js')
        return startDiscordBot({ ...discord, retriever, log, rateLimit: settings.rateLimit, ...recordingOptions })
      })
      running.push({ name: 'discord', ...bot })
    }
    if (settings.slack) {
      const slack = settings.slack
      // In HTTP mode /healthz shares Slack's server; Socket Mode has no server of its own.
      const health = { path: '/healthz', method: ['GET'], handler: healthHandler(retriever, isDraining) }
      const app = await startingPlatform('Slack', slack.apiUrl, async () => {
        const { startSlackApp } = await import('../adapters/slack/app.js')
        return startSlackApp({ ...slack, retriever, log, customRoutes: [health], rateLimit: settings.rateLimit, ...recordingOptions })
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
    throw error
  }
  return {
    names: running.map((platform) => platform.name),
    stop: async () => {
      draining = true
      await Promise.allSettled(running.map((platform) => platform.stop()))
      await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))))
    },
  }
}
