#!/usr/bin/env node
import './require-supported-node.js'
import { loadSettings, readEnvFile } from '../app/settings.js'
import { runCorpus } from '../cli/run-corpus.js'
import { exitOnStartupError } from './exit-on-startup-error.js'

try {
  readEnvFile()
  const settings = loadSettings(process.env)
  process.exitCode = await runCorpus(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    corpusDir: settings.corpusDir,
  })
} catch (error) {
  exitOnStartupError(error)
}
