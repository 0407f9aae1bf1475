#!/usr/bin/env node
import './require-supported-node.js'
import { deployDiscordCommands } from '../adapters/discord/deploy.js'
import { startingPlatform } from '../app/platform-start-error.js'
import { loadSettings, readEnvFile } from '../app/settings.js'
import { exitOnStartupError } from './exit-on-startup-error.js'

// `npm run deploy:discord`: a separate step, so the bot does not re-register at every start.
try {
  readEnvFile()
  const { discord } = loadSettings(process.env)
  if (!discord?.applicationId) {
    process.stderr.write('Set DISCORD_TOKEN and DISCORD_APPLICATION_ID (in .env or the environment) to register the commands.\n')
    process.exit(1)
  }
  const applicationId = discord.applicationId
  const { scope, names } = await startingPlatform('Discord', discord.apiUrl, () => deployDiscordCommands({ ...discord, applicationId }))
  process.stdout.write(`Registered ${names.length} commands in ${scope}: ${names.join(', ')}\n`)
} catch (error) {
  exitOnStartupError(error)
}
