#!/usr/bin/env node
// `npm run build`: compiles the programs into dist/ and records a hash of what
// the build read. `--if-stale` builds only when that hash has changed, so
// `npm start` starts at once on a current build and never runs a stale one.
// Plain JavaScript with only Node's own modules: it runs before anything is compiled.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const TSCONFIG = 'tsconfig.build.json'
// What a build depends on besides the folders tsconfig.build.json includes.
const CONFIG_FILES = ['package.json', 'package-lock.json', 'tsconfig.json', TSCONFIG]
// Written after a successful build: the hash of the inputs that build read.
const STAMP = path.join(ROOT, 'dist', '.build-inputs')
const BUILD_INFO = path.join(ROOT, 'dist', '.tsbuildinfo')

/**
 * A hash of every file the build reads: the config files and every file under
 * the folders tsconfig.build.json includes. By content, not modification time,
 * so a checkout or a copy that keeps old times still counts as a change.
 */
export function buildInputsHash(root = ROOT) {
  const { include = [] } = JSON.parse(readFileSync(path.join(root, TSCONFIG), 'utf8'))
  const files = [
    ...CONFIG_FILES.filter((file) => existsSync(path.join(root, file))),
    ...include.flatMap((folder) => filesUnder(root, folder)),
  ]
  const hash = createHash('sha256')
  for (const file of files.sort())
    hash
      .update(`${file}\0`)
      .update(readFileSync(path.join(root, file)))
      .update('\0')
  return hash.digest('hex')
}

function filesUnder(root, folder) {
  const found = []
  for (const entry of readdirSync(path.join(root, folder), { withFileTypes: true })) {
    const relative = path.posix.join(folder, entry.name)
    if (entry.isDirectory()) found.push(...filesUnder(root, relative))
    else if (entry.isFile()) found.push(relative)
  }
  return found
}

/** Whether dist/ was built from exactly the sources there are now. */
export function isCurrent() {
  return existsSync(STAMP) && readFileSync(STAMP, 'utf8') === buildInputsHash()
}

/** Compiles with tsc; its messages go to stderr, keeping stdout for the program's output. Returns tsc's exit code. */
export function build() {
  const inputs = buildInputsHash() // before compiling: a file saved during the build makes the next check build again
  let tsc
  try {
    tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
  } catch {
    process.stderr.write('Cannot build: TypeScript is not installed. Run `npm install` (or `npm ci`), with dev dependencies.\n')
    return 1
  }
  // Without a stamp the outputs may be gone while tsc's incremental record says they exist: compile everything.
  if (!existsSync(STAMP)) rmSync(BUILD_INFO, { force: true })
  const result = spawnSync(process.execPath, [tsc, '-p', TSCONFIG], { cwd: ROOT, stdio: ['ignore', 2, 2] })
  if (result.status !== 0) return result.status ?? 1
  mkdirSync(path.dirname(STAMP), { recursive: true })
  writeFileSync(STAMP, inputs)
  return 0
}

/** Builds unless dist/ is current; returns 0 when the programs are ready to run. */
export function buildIfStale() {
  if (isCurrent()) return 0
  process.stderr.write(
    existsSync(STAMP) ? 'Building (the sources changed since the last build)…\n' : 'Building dist/ (the first build here)…\n',
  )
  return build()
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = process.argv.includes('--if-stale') ? buildIfStale() : build()
}
