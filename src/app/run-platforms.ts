import type { Server } from 'node:http'
import { startDiscordBot } from '../adapters/discord/bot.js'
import { startSlackApp } from '../adapters/slack/app.js'
import { healthHandler, startHealthServer } from './health.js'
import type { LiveRetriever } from './live-retriever.js'
import type { Logger } from './log.js'
import type { Settings } from './settings.js'

export interface RunningPlatforms {
  /** The platforms started, in order: "discord", "slack". */
  names: string[]
  /** Stops taking requests, lets those in flight finish, disconnects; then the health server goes. */
  stop(): Promise<void>
}

/** Starts every chat platform the settings have credentials for, and the health check. */
export async function runPlatforms(settings: Settings, retriever: LiveRetriever, log: Logger): Promise<RunningPlatforms> {
  const running: Array<{ name: string; stop(): Promise<void> }> = []
  const servers: Server[] = []
  try {
    if (settings.discord)
      running.push({ name: 'discord', ...(await startDiscordBot({ ...settings.discord, retriever, log, rateLimit: settings.rateLimit })) })
    if (settings.slack) {
      // In HTTP mode /healthz shares Slack's server; Socket Mode has no server of its own.
      const health = { path: '/healthz', method: ['GET'], handler: healthHandler(retriever) }
      running.push({
        name: 'slack',
        ...(await startSlackApp({ ...settings.slack, retriever, log, customRoutes: [health], rateLimit: settings.rateLimit })),
      })
    }
    if (settings.healthPort !== undefined) {
      const server = await startHealthServer(settings.healthPort, settings.slack?.host, retriever)
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
      await Promise.allSettled(running.map((platform) => platform.stop()))
      await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))))
    },
  }
}
