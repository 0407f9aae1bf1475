/**
 * `npm run bench:startup`: whole processes, timed from spawn, as a user meets
 * them on a warm install (dist/ current, files in the page cache):
 * - `npm start` until the terminal's first prompt (in a pseudo-terminal, via util-linux `script`),
 *   with the request store in ./data as it is, and on a first start, when ./data does not exist yet
 *   (a fresh DATA_DIR each run: the embedded database is created while the prompt waits for input);
 * - a one-shot `npm run -s ask -- --json "…"`, to its exit;
 * - `npm start` with a broken setting, until it has said so and exited;
 * - the compiled `node dist/src/bin/ask.js` alone, to show what npm adds;
 * - loading the English word lists and country names, and the part-of-speech tagger, each in a fresh process.
 * Targets: the prompt under 1.5 s, the one-shot ask under 1.2 s. Runs in the
 * current folder, so it can time another checkout of the project too.
 * Not part of `npm test`. STARTUP_RUNS sets the runs per case (default 10).
 */
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import os, { tmpdir } from 'node:os'
import path from 'node:path'
import { median } from './measure.js'

const RUNS = Number(process.env.STARTUP_RUNS ?? 10)
// Nothing from this machine's .env or shell: the terminal session, with no chat credentials.
const env = {
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  DOTENV_CONFIG_PATH: 'bench/no-such.env',
  npm_config_update_notifier: 'false',
}

interface Case {
  name: string
  target?: number
  /** One run: the milliseconds it took. */
  once(): Promise<number>
}

// The compiled modules loaded in a fresh process, then made to read their data, as warmUp does for the word lists.
const WORD_LISTS = `
    const { englishWord } = await import('./dist/src/core/text/english-words.js')
    const { countriesNamed } = await import('./dist/src/core/text/countries.js')
    const started = performance.now()
    englishWord('')
    countriesNamed(new Set())
    console.log(performance.now() - started)`
const TAGGER = `
    const { verbsIn } = await import('./dist/src/core/text/verbs.js')
    const started = performance.now()
    verbsIn('how many areas did the bureau list')
    console.log(performance.now() - started)`

const cases: Case[] = [
  { name: 'npm start → first prompt', target: 1500, once: () => untilPrompt() },
  { name: 'npm start → prompt, first start', target: 1500, once: () => firstStartUntilPrompt() },
  {
    name: 'npm run -s ask -- --json "…"',
    target: 1200,
    once: () => toExit('npm', ['run', '-s', 'ask', '--', '--json', 'internet penetration rate'], 0, '"answers"'),
  },
  {
    name: 'npm start, a broken setting',
    once: () =>
      toExit('npm', ['start'], 1, 'Configuration: SLACK_BOT_TOKEN', { SLACK_BOT_TOKEN: 'xoxp-a-user-token', SLACK_APP_TOKEN: 'xapp-1' }),
  },
  {
    name: 'node dist/src/bin/ask.js --json',
    once: () => toExit('node', ['dist/src/bin/ask.js', '--json', 'internet penetration rate'], 0, '"answers"'),
  },
  { name: 'word lists + country names', once: () => loadInFreshProcess(WORD_LISTS) },
  // What the first question for a figure or a date adds, once per process (src/core/text/verbs.ts).
  { name: 'part-of-speech tagger', once: () => loadInFreshProcess(TAGGER) },
]

console.log(
  `${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, Node ${process.version}, load average ${os.loadavg()[0]?.toFixed(1)}; ${RUNS} runs each\n`,
)
console.log('case                               median     p90        min–max              target')
// Warm-up: the page cache, and a build if dist/ is stale (so no run below includes one).
await toExit('npm', ['run', '-s', 'ask', '--', '--json', 'warm up'], 0, '"answers"')
for (const { name, target, once } of cases) {
  const times: number[] = []
  for (let run = 0; run < RUNS; run++) times.push(await once())
  const sorted = [...times].sort((a, b) => a - b)
  const p90 = sorted[Math.min(sorted.length - 1, Math.ceil(0.9 * sorted.length) - 1)]!
  const ms = (value: number) => `${value.toFixed(0)} ms`
  const verdict = target === undefined ? '' : `< ${ms(target)} ${median(times) < target ? 'met' : 'MISSED'}`
  console.log(
    `${name.padEnd(35)}${ms(median(times)).padEnd(11)}${ms(p90).padEnd(11)}${`${ms(sorted[0]!)}–${ms(sorted.at(-1)!)}`.padEnd(21)}${verdict}`,
  )
}
console.log(`\nload average after: ${os.loadavg()[0]?.toFixed(1)}`)

/** Runs a command to its end; fails unless it exits with `code` and its output includes `expect`. */
function toExit(command: string, args: string[], code: number, expect: string, extraEnv: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, { env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (exit) => {
      const elapsed = performance.now() - started
      if (exit !== code || !output.includes(expect))
        reject(new Error(`${command} ${args.join(' ')}: exit ${exit}, wanted ${code} and "${expect}":\n${output}`))
      else resolve(elapsed)
    })
  })
}

/** As untilPrompt, with no request store yet: DATA_DIR names a folder that does not exist. */
async function firstStartUntilPrompt(): Promise<number> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'bench-startup-'))
  try {
    return await untilPrompt({ DATA_DIR: path.join(scratch, 'data') })
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

/** `npm start` in a pseudo-terminal (so it is interactive), timed until it shows its prompt; then /quit. */
function untilPrompt(extraEnv: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn('script', ['-qfec', 'npm start', '/dev/null'], {
      env: { ...env, ...extraEnv, TERM: 'dumb' },
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    let output = ''
    let elapsed: number | undefined
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8')
      if (elapsed === undefined && output.includes('ask> ')) {
        elapsed = performance.now() - started
        child.stdin.write('/quit\n')
      }
    })
    child.on('error', reject)
    child.on('close', () => (elapsed === undefined ? reject(new Error(`npm start showed no prompt:\n${output}`)) : resolve(elapsed)))
  })
}

/** A fresh node process running one of the scripts above: the time inside it. */
async function loadInFreshProcess(script: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', ['--input-type=module', '-e', script], { env, stdio: ['ignore', 'pipe', 'inherit'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', () => resolve(Number(output.trim())))
  })
}
