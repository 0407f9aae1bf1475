#!/usr/bin/env node
import { startDiscordBot } from '../adapters/discord/bot.js'
import { runTerminalSession } from '../adapters/terminal/session.js'
import { createLogger } from '../app/log.js'
import { openRetriever } from '../app/open-retriever.js'
import { loadSettings, readEnvFile } from '../app/settings.js'
import { exitOnStartupError } from './exit-on-startup-error.js'

// `npm start`: Discord when DISCORD_TOKEN is set, otherwise the terminal session.
try {
  readEnvFile()
  const settings = loadSettings(process.env)
  const retriever = await openRetriever(settings.corpusDir)
  if (settings.discord) {
    const log = createLogger()
    const bot = await startDiscordBot({ ...settings.discord, retriever, log })
    const stop = async (signal: string) => {
      log.info('stopping', { signal })
      await bot.stop()
      process.exit(0)
    }
    process.once('SIGINT', () => void stop('SIGINT'))
    process.once('SIGTERM', () => void stop('SIGTERM'))
  } else {
    const interactive = process.stdin.isTTY === true
    if (interactive) {
      process.stdout.write('No chat credentials set: running in the terminal. To connect Discord, set DISCORD_TOKEN (README, "Discord").\n')
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
