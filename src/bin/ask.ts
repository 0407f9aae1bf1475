#!/usr/bin/env node
import './require-supported-node.js'
import { outputWidth } from '../adapters/terminal/wrap-text.js'
import { openRetriever } from '../app/open-retriever.js'
import { loadSettings, readEnvFile } from '../app/settings.js'
import { runAsk } from '../cli/run-ask.js'
import { exitOnStartupError } from './exit-on-startup-error.js'

try {
  readEnvFile()
  const settings = loadSettings(process.env)
  process.exitCode = await runAsk(process.argv.slice(2), () => openRetriever(settings.corpusDir, { warm: false }), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    color: process.stdout.isTTY === true,
    width: outputWidth(process.stdout),
  })
} catch (error) {
  exitOnStartupError(error)
}
