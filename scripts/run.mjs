#!/usr/bin/env node
// `npm start`, `npm run ask`, …: `node scripts/run.mjs dist/src/bin/PROGRAM.js [args]`
// builds first only when a source changed since the last build, then runs the
// compiled program in this same process, as `node dist/src/bin/PROGRAM.js [args]` would.
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildIfStale } from './build.mjs'

const [program, ...args] = process.argv.slice(2)
if (!program) {
  process.stderr.write('Usage: node scripts/run.mjs dist/src/bin/PROGRAM.js [arguments]\n')
  process.exit(1)
}
const built = buildIfStale()
if (built !== 0) process.exit(built)
const entry = path.resolve(program)
// The program reads its arguments from process.argv, as if it had been started itself.
process.argv = [process.argv[0] ?? process.execPath, entry, ...args]
await import(pathToFileURL(entry).href)
