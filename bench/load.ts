/**
 * `npm run bench:load`: the bot as its own process under load from this one,
 * all on 127.0.0.1. Slack: autocannon posts signed slash commands to
 * /slack/events. Discord: the fake gateway keeps a number of interactions in
 * flight and times each until its reply reaches the fake REST API. Reports
 * requests per second, p50/p99 latency, and the bot's memory before and
 * after; deliveries, duplicates, errors and lost requests are counted from
 * what came back (Slack: each acknowledgement's body; Discord: the callbacks
 * the fake received, per interaction), never written in. Meanwhile GET
 * /healthz is timed every 100 ms, on a new connection each time and on a
 * kept-alive one, and the bot logs its own event-loop delay when stopped.
 * Each platform runs with the request store off, on PGlite, and on
 * PostgreSQL when a server is given (load-store.ts), the rows it recorded
 * counted afterwards, the stores taking turns over LOAD_ROUNDS rounds; then
 * once more on PostgreSQL with the database cut off mid-run. LOAD_CPU_PROF=folder profiles the bot (`profilingArgs`). Not part of `npm test`.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import autocannon from 'autocannon'
import { APOLOGY } from '../commands/messages.js'
import { ASKER, slashCommand } from '../test/helpers/discord-payloads.js'
import { FakeDiscord } from '../test/helpers/fake-discord.js'
import { FakeSlack, signedHeaders } from '../test/helpers/fake-slack.js'
import { slashCommandForm } from '../test/helpers/slack-payloads.js'
import { type ProbeSummary, probeHealth } from './connection-probe.js'
import { type BenchStore, freshStore, postgresAvailable, startDatabaseProxy, stoppedRunPicked, storeModes } from './load-store.js'
import { medianInterval } from './median-interval.js'
import { evaluationQuestions } from './questions.js'

const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50)
const SECONDS = Number(process.env.LOAD_SECONDS ?? 30)
/**
 * Rounds of every store in turn (default 3): a store's p99 is compared with the database-off
 * run of its own round, so a change in the machine's load over the bench falls on both sides.
 */
const ROUNDS = Number(process.env.LOAD_ROUNDS ?? 3)
const SECRET = 'load-test-signing-secret'
const questions = await evaluationQuestions()

// The load comes from many users at once; the per-user limit is not what is measured.
const baseEnv = { PATH: process.env.PATH ?? '', DOTENV_CONFIG_PATH: 'bench/no-such.env', LOG_LEVEL: 'info', RATE_LIMIT_REQUESTS: '1000000' }

interface Result {
  platform: string
  requests: number
  perSecond: number
  p50: number
  p99: number
  /** Requests answered with an answer (or a "the paper doesn't say"). */
  delivered: number
  /** Replies beyond the first to one request. */
  duplicates: number
  /** Requests answered with an error: a failed connection, a non-2xx, an apology. */
  errors: number
  /** Requests sent that got no reply at all. */
  lost: number
  memoryBefore: number
  memoryAfter: number
  /**
   * The bot's CPU time (all its threads, user and system) over the load, per reply: what the
   * store costs, told apart from the machine's drift better than the p99 is.
   */
  cpuPerReplyMs: number
  /** Requests sent to the bot (Slack: set up by autocannon, some still in flight when it stops). */
  sent: number
  /** GET /healthz on a new connection every 100 ms during the load: connect to first byte. */
  newConnections: ProbeSummary
  /** GET /healthz on one kept-alive connection every 100 ms during the load. */
  health: ProbeSummary
  /** The bot's own event-loop delay over its run, as it logs at stop. */
  eventLoopDelay: { p50Ms: number; p99Ms: number; maxMs: number } | undefined
}

/** A run's result with the store it had and what the store holds afterwards. */
type StoreResult = Result & { store: string; round: number; recorded: string; storeLog: string }

const results = await runWithStores()
console.log(
  `${os.cpus()[0]?.model ?? 'CPU'} × ${os.cpus().length}, Node ${process.version}; ${CONNECTIONS} concurrent for ${SECONDS} s; load average ${os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}\n`,
)
console.log(
  'store             round  platform  requests  per second  p50       p99       delivered  duplicates  errors  lost  bot CPU/reply  bot RSS before → after  recorded',
)
for (const r of results) {
  console.log(
    `${r.store.padEnd(18)}${String(r.round).padEnd(7)}${r.platform.padEnd(10)}${String(r.requests).padEnd(10)}${r.perSecond.toFixed(0).padEnd(12)}${`${r.p50.toFixed(1)} ms`.padEnd(10)}${`${r.p99.toFixed(1)} ms`.padEnd(10)}${String(r.delivered).padEnd(11)}${String(r.duplicates).padEnd(12)}${String(r.errors).padEnd(8)}${String(r.lost).padEnd(6)}${`${r.cpuPerReplyMs.toFixed(2)} ms`.padEnd(15)}${`${r.memoryBefore.toFixed(0)} MiB → ${r.memoryAfter.toFixed(0)} MiB`.padEnd(24)}${r.recorded}${r.storeLog}`,
  )
}
console.log('\nGET /healthz during the load, every 100 ms, to first byte (p50 / p99 / max, failed):')
console.log(
  'store             round  platform  new connection                    kept-alive connection             bot event-loop delay p50 / p99 (max)',
)
const probeText = (c: ProbeSummary) => `${c.p50.toFixed(1)} / ${c.p99.toFixed(1)} / ${c.max.toFixed(0)} ms, ${c.failed}`.padEnd(34)
for (const r of results) {
  const loop = r.eventLoopDelay
    ? `${r.eventLoopDelay.p50Ms.toFixed(1)} / ${r.eventLoopDelay.p99Ms.toFixed(1)} ms (${r.eventLoopDelay.maxMs.toFixed(0)} ms)`
    : 'not reported'
  console.log(
    `${r.store.padEnd(18)}${String(r.round).padEnd(7)}${r.platform.padEnd(10)}${probeText(r.newConnections)}${probeText(r.health)}${loop}`,
  )
}

printStoreCosts(results)

/**
 * What the store adds: each store's run against the database-off run of the same round and
 * platform, for the p99 and for the bot's CPU time per reply; the median of those ratios over
 * the rounds, and from six rounds on an interval that holds the true median 95% of the time.
 */
function printStoreCosts(all: StoreResult[]) {
  const paired = all.filter((r) => r.store === 'pglite' || r.store === 'postgres')
  if (paired.length === 0) return
  console.log('\nWith the store against the database-off run of the same round (median over rounds, with its 95% interval):')
  const percent = (ratio: number) => `${ratio >= 0 ? '+' : ''}${(ratio * 100).toFixed(0)}%`
  const summary = (ratios: number[]) => {
    const { median, low, high } = medianInterval(ratios)
    return `${percent(median)}${low === undefined ? '' : ` (${percent(low)} to ${percent(high!)})`}`
  }
  for (const platform of ['slack', 'discord']) {
    for (const store of ['pglite', 'postgres']) {
      const against = (measure: (r: StoreResult) => number) =>
        paired
          .filter((r) => r.platform === platform && r.store === store)
          .flatMap((r) => {
            const off = all.find((o) => o.store === 'off' && o.platform === platform && o.round === r.round)
            return off && measure(off) > 0 ? [measure(r) / measure(off) - 1] : []
          })
      const p99 = against((r) => r.p99)
      if (p99.length === 0) continue
      const cpu = against((r) => r.cpuPerReplyMs)
      console.log(`${store.padEnd(10)}${platform.padEnd(9)}p99 median ${summary(p99)}, rounds: ${p99.map(percent).join(', ')}`)
      console.log(`${''.padEnd(19)}CPU/reply median ${summary(cpu)}, rounds: ${cpu.map(percent).join(', ')}`)
    }
  }
}

/**
 * Each platform with each store, a fresh one every run; the rows counted once the bot has
 * stopped. Discord's requests all end before the bot stops, so each must be one row; Slack's
 * last ones may be cut off by autocannon after the bot took them, so its rows lie between the
 * replies counted and the requests sent.
 */
async function runWithStores(): Promise<StoreResult[]> {
  const all: StoreResult[] = []
  const run = async (label: string, round: number, store: BenchStore, load: typeof loadSlack, during?: Parameters<typeof loadSlack>[1]) => {
    const logged: string[] = []
    const result = await load(store.env, (child) => {
      child.stderr!.on('data', (chunk: Buffer) => {
        for (const line of chunk.toString('utf8').split('\n')) if (line.includes('request store:')) logged.push(line)
      })
      during?.(child)
    })
    const rows = (await store.countRows())[result.platform] ?? 0
    await store.dispose()
    const recorded =
      store.mode === 'off'
        ? '—'
        : result.platform === 'discord'
          ? `${rows} of ${result.sent}${rows === result.sent ? ', each once' : ''}`
          : `${rows} (replies ${result.requests}, sent ${result.sent})`
    // The message, and why (a failed write, a full queue), as the bot logged it.
    const notes = logged.map((line) =>
      [/"message":"([^"]*)"/.exec(line)?.[1] ?? line, /"reason":"([^"]*)"/.exec(line)?.[1], /"error":"([^"]*)"/.exec(line)?.[1]]
        .filter(Boolean)
        .join(': ')
        .slice(0, 160),
    )
    all.push({
      ...result,
      store: label,
      round,
      recorded,
      storeLog: notes.length > 0 ? `; log: ${notes.length} line(s), "${notes.join('" / "')}"` : '',
    })
  }
  // The stores take turns within each round, rather than each store's runs one after another, and
  // in the opposite order every other round (off, PGlite; PGlite, off; …): a machine that grows busier
  // or quieter over the bench then weighs on each store's side alike, not always on the one run second.
  for (let round = 1; round <= ROUNDS; round++) {
    const modes = round % 2 === 1 ? storeModes() : storeModes().reverse()
    for (const load of [loadSlack, loadDiscord]) {
      for (const mode of modes) await run(mode, round, await freshStore(mode), load)
    }
  }
  if (!postgresAvailable()) {
    console.log('(PostgreSQL: not run; set TEST_DATABASE_URL or DATABASE_URL to a server to include it and the stopped-database run)')
    return all
  }
  if (!stoppedRunPicked()) return all
  // The database goes away halfway through: replies must go on, and the log say so once.
  for (const load of [loadSlack, loadDiscord]) {
    const proxy = await startDatabaseProxy()
    const store = await freshStore('postgres', proxy.rewrite)
    await run('postgres, stopped', 1, store, load, () => setTimeout(() => proxy.stop(), (SECONDS * 1000) / 2))
    await proxy.close()
  }
  return all
}

async function loadSlack(storeEnv: Record<string, string>, started: (child: ChildProcess) => void): Promise<Result> {
  const fake = await FakeSlack.start()
  const bot = await startBot(
    {
      ...baseEnv,
      ...storeEnv,
      SLACK_BOT_TOKEN: 'xoxb-load',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: '0',
      HOST: '127.0.0.1',
    },
    'slack app ready',
  )
  started(bot.child)
  const port = (bot.readyLine as { address: { port: number } }).address.port
  const memoryBefore = rssMiB(bot.child)
  const cpuBefore = cpuSeconds(bot.child)
  let n = 0
  // A slash command's answer is the body of its acknowledgement: each one is looked at.
  let delivered = 0
  let unanswered = 0
  const probe = probeHealth(port, 'new')
  const healthProbe = probeHealth(port, 'kept-alive')
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/slack/events`,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          // Each request: a different question and user, signed now.
          const body = slashCommandForm('/ask', questions[n % questions.length]!, fake.responseUrl('load'), {
            id: `U${n++ % 1000}`,
            name: 'load',
          })
          return { ...request, body, headers: { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(SECRET, body) } }
        },
        onResponse: (status, body) => {
          if (status === 200 && body.includes('"response_type"') && !body.includes('something went wrong')) delivered += 1
          else if (status === 200) unanswered += 1
        },
      },
    ],
  })
  const newConnections = await probe.stop()
  const health = await healthProbe.stop()
  const memoryAfter = rssMiB(bot.child)
  const cpuSpent = cpuSeconds(bot.child) - cpuBefore
  const eventLoopDelay = await stopBot(bot.child)
  await fake.close()
  return {
    platform: 'slack',
    cpuPerReplyMs: msPerReply(cpuSpent, delivered),
    newConnections,
    health,
    eventLoopDelay,
    requests: result.requests.total,
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    delivered,
    // HTTP has one response per request: a second answer cannot arrive.
    duplicates: 0,
    // autocannon counts a timeout among its errors too; here it is lost instead.
    errors: result.errors - result.timeouts + result.non2xx + unanswered,
    // No answer within autocannon's 10 s. (Requests still in flight when the run ends are neither.)
    lost: result.timeouts,
    memoryBefore,
    memoryAfter,
    sent: n,
  }
}

async function loadDiscord(storeEnv: Record<string, string>, started: (child: ChildProcess) => void): Promise<Result> {
  const fake = await FakeDiscord.start()
  const bot = await startBot(
    {
      ...baseEnv,
      ...storeEnv,
      DISCORD_TOKEN: `${'M'.repeat(24)}.${'G'.repeat(6)}.${'x'.repeat(38)}`,
      DISCORD_API_URL: fake.apiUrl,
      HEALTH_PORT: '0',
      HOST: '127.0.0.1',
    },
    'health check ready',
  )
  started(bot.child)
  const memoryBefore = rssMiB(bot.child)
  const cpuBefore = cpuSeconds(bot.child)
  const healthPort = (bot.readyLine as { address: { port: number } }).address.port
  const probe = probeHealth(healthPort, 'new')
  const healthProbe = probeHealth(healthPort, 'kept-alive')
  const latencies: number[] = []
  let dispatched = 0
  // Replies by interaction token, as they reach the fake REST API: each counted, however late.
  const replied = new Map<string, () => void>()
  const callbacks = new Map<string, number>()
  let apologies = 0
  const stopListening = fake.onRequest((request) => {
    const token = /\/interactions\/\d+\/([^/]+)\/callback$/.exec(request.path)?.[1]
    if (!token) return
    callbacks.set(token, (callbacks.get(token) ?? 0) + 1)
    if (JSON.stringify(request.body ?? {}).includes(APOLOGY)) apologies += 1
    replied.get(token)?.()
  })
  const deadline = Date.now() + SECONDS * 1000
  // Each of CONNECTIONS workers keeps one interaction in flight until the time is up.
  const worker = async (id: number) => {
    while (Date.now() < deadline) {
      const interaction = slashCommand(
        'ask',
        { question: questions[dispatched % questions.length]! },
        { ...ASKER, id: `4000000000000${String(id).padStart(5, '0')}`, username: 'load' },
      )
      dispatched += 1
      const started = performance.now()
      const answered = new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), 5000)
        replied.set(interaction.token, () => {
          clearTimeout(timer)
          resolve(true)
        })
      })
      fake.dispatch('INTERACTION_CREATE', interaction)
      if (await answered) latencies.push(performance.now() - started)
      replied.delete(interaction.token)
    }
  }
  await Promise.all(Array.from({ length: CONNECTIONS }, (_, i) => worker(i)))
  stopListening()
  const newConnections = await probe.stop()
  const health = await healthProbe.stop()
  const memoryAfter = rssMiB(bot.child)
  const cpuSpent = cpuSeconds(bot.child) - cpuBefore
  const eventLoopDelay = await stopBot(bot.child)
  await fake.close()
  const answeredOnce = callbacks.size
  const duplicates = [...callbacks.values()].reduce((sum, count) => sum + count - 1, 0)
  latencies.sort((a, b) => a - b)
  const at = (share: number) => latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))] ?? 0
  return {
    platform: 'discord',
    cpuPerReplyMs: msPerReply(cpuSpent, latencies.length),
    newConnections,
    health,
    eventLoopDelay,
    requests: dispatched,
    perSecond: latencies.length / SECONDS,
    p50: at(0.5),
    p99: at(0.99),
    delivered: answeredOnce - apologies,
    duplicates,
    errors: apologies,
    lost: dispatched - answeredOnce,
    memoryBefore,
    memoryAfter,
    sent: dispatched,
  }
}

async function startBot(env: Record<string, string>, ready: string): Promise<{ child: ChildProcess; readyLine: unknown }> {
  const spawned = performance.now()
  const child = spawn(process.execPath, [...profilingArgs(), 'dist/src/bin/start.js'], { env, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  const deadline = Date.now() + 20_000
  while (!stderr.includes(ready)) {
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill('SIGKILL')
      throw new Error(`the bot did not start:\n${stderr}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const readyLine = JSON.parse(stderr.split('\n').find((line) => line.includes(ready))!) as unknown
  console.log(
    `bot with ${Object.keys(env).find((key) => key.endsWith('_TOKEN')) ?? 'no token'}: spawn to "${ready}" in ${(performance.now() - spawned).toFixed(0)} ms`,
  )
  // From here the bot logs a line per answer, as in production; it is read and dropped.
  child.stderr!.removeAllListeners('data')
  child.stderr!.resume()
  return { child, readyLine }
}

/** Stops the bot as an operator would, and reads the event-loop delay it logs on the way out. */
async function stopBot(child: ChildProcess): Promise<Result['eventLoopDelay']> {
  let tail = ''
  child.stderr!.on('data', (chunk: Buffer) => (tail = (tail + chunk.toString('utf8')).slice(-100_000)))
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await exited
  const stopped = tail.split('\n').find((line) => line.includes('"message":"stopped"'))
  return stopped ? (JSON.parse(stopped) as { eventLoopDelay?: Result['eventLoopDelay'] }).eventLoopDelay : undefined
}

/** The bot process's resident memory, from Linux's /proc. */
function rssMiB(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
  return kb / 1024
}

/** The bot process's CPU time so far, user and system, all threads, from Linux's /proc. */
function cpuSeconds(child: ChildProcess): number {
  // After the command name in parentheses, which may hold spaces: utime and stime are fields 14 and 15.
  const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  // Clock ticks; Linux's USER_HZ is 100 on every common build.
  return (Number(fields[11]) + Number(fields[12])) / 100
}

function msPerReply(seconds: number, replies: number): number {
  return (seconds * 1000) / Math.max(1, replies)
}

/**
 * LOAD_CPU_PROF=folder: the bot writes a V8 CPU profile of each of its threads there when it
 * stops (open it in Chrome's DevTools), to see what holds its main thread under the load.
 */
function profilingArgs(): string[] {
  const folder = process.env.LOAD_CPU_PROF
  return folder ? ['--cpu-prof', `--cpu-prof-dir=${folder}`] : []
}
