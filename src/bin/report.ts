#!/usr/bin/env node
import './require-supported-node.js'
import { loadSettings, readEnvFile } from '../app/settings.js'
import { runReport } from '../cli/run-report.js'
import { openStoreForReading } from '../store/open-for-reading.js'
import { exitOnStartupError } from './exit-on-startup-error.js'

try {
  readEnvFile()
  const settings = loadSettings(process.env)
  process.exitCode = await runReport(process.argv.slice(2), () => openStoreForReading(settings.store), {
    stdout: process.stdout,
    stderr: process.stderr,
  })
} catch (error) {
  exitOnStartupError(error)
}
