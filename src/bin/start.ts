#!/usr/bin/env node
import { openRetriever } from '../app/open-retriever.js'
import { loadSettings } from '../app/settings.js'
import { runTerminalSession } from '../adapters/terminal/session.js'
import { exitOnStartupError } from './exit-on-startup-error.js'

// Chat platforms are not wired yet: `npm start` is the terminal session.
try {
  const settings = loadSettings()
  const retriever = await openRetriever(settings.corpusDir)
  const interactive = process.stdin.isTTY === true
  await runTerminalSession({
    input: process.stdin,
    output: process.stdout,
    errors: process.stderr,
    context: { retriever },
    interactive,
    color: process.stdout.isTTY === true,
  })
} catch (error) {
  exitOnStartupError(error)
}
