#!/usr/bin/env node
import { startDiscordBot } from '../adapters/discord/bot.js'
import { startSlackApp } from '../adapters/slack/app.js'
import { runTerminalSession } from '../adapters/terminal/session.js'
import { createLogger } from '../app/log.js'
import { openRetriever } from '../app/open-retriever.js'
import { loadSettings, readEnvFile } from '../app/settings.js'
import { exitOnStartupError } from './exit-on-startup-error.js'

interface Running {
  platform: string
  stop(): Promise<void>
}

// `npm start`: every platform with credentials (Discord, Slack, or both); the terminal when there are none.
try {
  readEnvFile()
  const settings = loadSettings(process.env)
  const retriever = await openRetriever(settings.corpusDir)
  const log = createLogger()
  const running: Running[] = []
  if (settings.discord) running.push({ platform: 'discord', ...(await startDiscordBot({ ...settings.discord, retriever, log })) })
  if (settings.slack) running.push({ platform: 'slack', ...(await startSlackApp({ ...settings.slack, retriever, log })) })

  if (running.length > 0) {
    const stop = async (signal: string) => {
      log.info('stopping', { signal })
      await Promise.allSettled(running.map((platform) => platform.stop()))
      process.exit(0)
    }
    process.once('SIGINT', () => void stop('SIGINT'))
    process.once('SIGTERM', () => void stop('SIGTERM'))
  } else {
    const interactive = process.stdin.isTTY === true
    if (interactive) {
      process.stdout.write(
        'No chat credentials set: running in the terminal. To connect Discord or Slack, set DISCORD_TOKEN or SLACK_BOT_TOKEN (see the README).\n',
      )
    }
    await runTerminalSession({
      input: process.stdin,
      output: process.stdout,
      errors: process.stderr,
      context: { retriever },
      interactive,
      color: process.stdout.isTTY === true,
    })
  }
} catch (error) {
  exitOnStartupError(error)
}
