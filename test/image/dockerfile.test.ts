import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'dotenv'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { envOf, parseDockerfile, runStage, type StageRun } from '../helpers/dockerfile.js'
import { FakeSlack, signedHeaders } from '../helpers/fake-slack.js'
import { closedPort, runProgram } from '../helpers/run-program.js'
import { slashCommandForm } from '../helpers/slack-payloads.js'
import { waitUntil } from '../helpers/wait-until.js'

// No container engine runs here, so this builds the image's file system instead:
// each stage's COPY and RUN steps in a folder of its own, from the files the
// Dockerfile copies and nothing else. A file the program needs but the COPY list
// lacks fails here. What it cannot check: the base image itself.
const stages = parseDockerfile(readFileSync('Dockerfile', 'utf8'))
let scratch: string
let image: StageRun

beforeAll(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'bot-image-'))
  const [build, runtime] = stages
  if (!build || !runtime || stages.length !== 2) throw new Error('the Dockerfile should have two stages: build, then the image')
  // Dependencies come from npm's cache when it has them, as a warm docker build would.
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? os.homedir(),
    npm_config_prefer_offline: 'true',
    npm_config_update_notifier: 'false',
  }
  const built = runStage(build, { contextDir: '.', root: path.join(scratch, 'build'), stages: {}, env })
  image = runStage(runtime, { contextDir: '.', root: path.join(scratch, 'image'), stages: { [build.name ?? '0']: built.root }, env })
}, 300_000)
// Two copies of the dependencies (the embedded database's WebAssembly among them): deleting them takes a while on a busy machine.
afterAll(() => rmSync(scratch, { recursive: true, force: true }), 120_000)

describe('the Dockerfile', () => {
  it('builds from Node LTS images, and runs as a user other than root', () => {
    for (const stage of stages) expect(stage.base).toMatch(/^node:26-/)
    expect(image.user).toBe('node')
  })

  it('makes an image whose command answers questions, with production dependencies only', async () => {
    const [program = '', ...args] = image.cmd!.slice(1)
    expect(image.cmd?.[0]).toBe('node')
    // The terminal session, one question piped in; no health server for a run this short.
    const { code, stdout, stderr } = await runProgram(program, args, 'how many 5g towers\n', { ...image.env, HEALTH_PORT: '' }, image.root)
    expect(stderr).toContain('No chat credentials set: running in the terminal.')
    expect(code).toBe(0)
    expect(stdout).toContain('1.85 million 5G cell towers')
    const devOnly = spawnSync('node', ['-e', "import('typescript').then(() => process.exit(1), () => process.exit(0))"], {
      cwd: image.root,
    })
    expect(devOnly.status, 'TypeScript is a dev dependency: it should not be in the image').toBe(0)
  })

  it('passes its own HEALTHCHECK once the bot runs, and the check fails when it does not', async () => {
    const fake = await FakeSlack.start()
    const healthPort = String(await closedPort())
    const secret = 'a-signing-secret-for-tests'
    const env = {
      PATH: process.env.PATH ?? '',
      DOTENV_CONFIG_PATH: 'no-such.env',
      ...image.env,
      HEALTH_PORT: healthPort,
      PORT: '0',
      HOST: '127.0.0.1',
    }
    const [command = '', ...args] = image.healthcheck!
    const healthcheck = () => spawnSync(command, args, { cwd: image.root, env }).status
    expect(healthcheck()).toBe(1)
    const bot = spawn(image.cmd![0]!, image.cmd!.slice(1), {
      cwd: image.root,
      // The health check is what is tested here: no request store (whose first creation alone takes seconds).
      env: { ...env, STORE_REQUESTS: 'false', SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: secret, SLACK_API_URL: fake.apiUrl },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let log = ''
    bot.stderr.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')))
    try {
      await waitUntil(() => log.includes('health check ready'), 20_000)
      expect(healthcheck()).toBe(0)
      const port = (JSON.parse(log.split('\n').find((line) => line.includes('slack app ready'))!) as { address: { port: number } }).address
        .port
      const body = slashCommandForm('/ask', 'internet penetration rate', fake.responseUrl('image'))
      const answer = await fetch(`http://127.0.0.1:${port}/slack/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(secret, body) },
        body,
      })
      expect(JSON.stringify(await answer.json())).toContain('74.4 percent')
    } finally {
      bot.kill('SIGTERM')
      await new Promise((resolve) => bot.once('close', resolve))
      await fake.close()
    }
  })

  it('keeps its HEALTH_PORT and PORT when run with `--env-file .env.example`', () => {
    // docker run --env-file sets every NAME= line, empty ones too, over the image's ENV.
    const fromFile = parse(readFileSync('.env.example', 'utf8'))
    const runtimeEnv = Object.assign(
      {},
      ...stages
        .at(-1)!
        .instructions.filter((i) => i.keyword === 'ENV')
        .map(envOf),
    ) as Record<string, string>
    expect(runtimeEnv).toMatchObject({ PORT: '3000', HEALTH_PORT: '3001' })
    for (const [name, value] of Object.entries(runtimeEnv)) if (name in fromFile) expect(fromFile[name], name).toBe(value)
  })
})
