import { spawn } from 'node:child_process'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { slashCommand } from '../helpers/discord-payloads.js'
import { FakeDiscord } from '../helpers/fake-discord.js'
import { FakeSlack, signedHeaders } from '../helpers/fake-slack.js'
import { programEnv, runProgram } from '../helpers/run-program.js'
import { slashCommandForm } from '../helpers/slack-payloads.js'
import { waitUntil } from '../helpers/wait-until.js'

/** Starts a long-running compiled program; its log so far, and its exit code when it ends. */
function startProgram(program: string, env: Record<string, string>) {
  const child = spawn(process.execPath, [program], { env: programEnv(env), stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
  return { child, stderr: () => stderr, exited }
}

// Shaped like a bot token; the fake accepts any.
const DISCORD_TOKEN = `${'M'.repeat(24)}.${'G'.repeat(6)}.${'x'.repeat(38)}`

describe('npm start without chat credentials: the terminal session', () => {
  it('answers piped questions and exits at end of input', async () => {
    const { code, stdout, stderr } = await runProgram('dist/src/bin/start.js', [], 'how many 5g towers\nbread recipe\n')
    expect(stderr).toBe(
      'No chat credentials set: running in the terminal. To connect Discord or Slack, set DISCORD_TOKEN or SLACK_BOT_TOKEN (see the README).\n',
    )
    expect(code).toBe(0)
    expect(stdout).toContain('1.85 million 5G cell towers')
    expect(stdout).toContain("The paper doesn't say")
  })

  it('stops with one clear line when the configuration is broken, naming the variable, not its value', async () => {
    const { code, stdout, stderr } = await runProgram('dist/src/bin/start.js', [], '', {
      SLACK_BOT_TOKEN: 'xoxp-a-user-token',
      SLACK_APP_TOKEN: 'xapp-1',
    })
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toBe('Configuration: SLACK_BOT_TOKEN must be a bot token, starting with xoxb-\n')
  })

  it('stops with one clear message when the corpus is broken', async () => {
    const { code, stdout, stderr } = await runProgram('dist/src/bin/start.js', [], '', { CORPUS_DIR: 'test/no-such-folder' })
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toBe('The corpus cannot be loaded:\ntest/no-such-folder: cannot read the corpus folder (ENOENT)\n')
  })
})

describe('npm run stats (compiled)', () => {
  it('prints the figures of a topic as JSON', async () => {
    const { code, stdout } = await runProgram('dist/src/bin/stats.js', ['--json', 'digital economy'], '')
    expect(code).toBe(0)
    expect(JSON.parse(stdout).stats.map((s: { value: string }) => s.value)).toEqual(['45.5 trillion', '39.8 percent'])
  })
})

describe('npm run ask (compiled)', () => {
  it('answers in JSON Lines from standard input', async () => {
    const { code, stdout } = await runProgram('dist/src/bin/ask.js', ['--json'], 'internet penetration\nwho won the cup\n')
    expect(code).toBe(0)
    const results = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { answers: { quote: string }[] })
    expect(results).toHaveLength(2)
    expect(results[0]?.answers[0]?.quote).toContain('74.4 percent')
    expect(results[1]?.answers).toEqual([])
  })
})

describe('npm start with DISCORD_TOKEN: the Discord bot', () => {
  it('connects, answers a slash command, and stops cleanly on SIGTERM', async () => {
    const fake = await FakeDiscord.start()
    const { child, stderr, exited } = startProgram('dist/src/bin/start.js', { DISCORD_TOKEN, DISCORD_API_URL: fake.apiUrl })
    try {
      await waitUntil(() => stderr().includes('discord bot ready'))
      const interaction = slashCommand('ask', { question: 'how many internet users' })
      fake.dispatch('INTERACTION_CREATE', interaction)
      const callback = await fake.waitForRequest((r) => r.path.endsWith(`/${interaction.token}/callback`))
      expect(callback.body.data.embeds[0].description).toContain('1.05 billion')
      child.kill('SIGTERM')
      expect(await exited).toBe(0)
      expect(stderr()).not.toContain('MMMMMMMM') // the token is never logged
    } finally {
      child.kill('SIGKILL')
      await fake.close()
    }
  })
})

describe('npm run start:sharded: the Discord bot as one process per shard', () => {
  it('starts every shard, each answering its own interactions, and stops them all on SIGTERM', async () => {
    const fake = await FakeDiscord.start()
    const { child, stderr, exited } = startProgram('dist/src/bin/start-sharded.js', {
      DISCORD_TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_SHARDS: '2',
    })
    try {
      await waitUntil(() => stderr().includes('all shards ready'), 30_000)
      expect(fake.identifiedShards.sort()).toEqual([
        [0, 2],
        [1, 2],
      ])
      for (const shard of [0, 1]) {
        const interaction = slashCommand('ask', { question: 'internet penetration rate' })
        fake.dispatch('INTERACTION_CREATE', interaction, shard)
        const callback = await fake.waitForRequest((r) => r.path.endsWith(`/${interaction.token}/callback`))
        expect(callback.body.data.embeds[0].description).toContain('74.4 percent')
      }
      child.kill('SIGTERM')
      expect(await exited).toBe(0)
    } finally {
      child.kill('SIGKILL')
      await fake.close()
    }
  }, 40_000)
})

describe('npm run start:sharded on several machines', () => {
  it('runs only the shards DISCORD_SHARD_IDS lists, so two machines together run them all', async () => {
    const fake = await FakeDiscord.start()
    const machines = ['0', '1'].map((ids) =>
      startProgram('dist/src/bin/start-sharded.js', {
        DISCORD_TOKEN,
        DISCORD_API_URL: fake.apiUrl,
        DISCORD_SHARDS: '2',
        DISCORD_SHARD_IDS: ids,
      }),
    )
    try {
      for (const { stderr } of machines) await waitUntil(() => stderr().includes('all shards ready'), 30_000)
      expect(fake.identifiedShards.sort()).toEqual([
        [0, 2],
        [1, 2],
      ])
      // The second machine's shard answers its guilds' interactions.
      const interaction = slashCommand('ask', { question: 'internet penetration rate' })
      fake.dispatch('INTERACTION_CREATE', interaction, 1)
      const callback = await fake.waitForRequest((r) => r.path.endsWith(`/${interaction.token}/callback`))
      expect(callback.body.data.embeds[0].description).toContain('74.4 percent')
      for (const { child } of machines) child.kill('SIGTERM')
      for (const { exited } of machines) expect(await exited).toBe(0)
    } finally {
      for (const { child } of machines) child.kill('SIGKILL')
      await fake.close()
    }
  }, 40_000)
})

describe('npm start with Slack HTTP settings', () => {
  it('serves signed slash commands on /slack/events, rejects unsigned ones, and stops cleanly on SIGTERM', async () => {
    const fake = await FakeSlack.start()
    const secret = 'a-signing-secret-for-tests'
    const { child, stderr, exited } = startProgram('dist/src/bin/start.js', {
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: secret,
      SLACK_API_URL: fake.apiUrl,
      PORT: '0',
      HOST: '127.0.0.1',
    })
    try {
      await waitUntil(() => stderr().includes('slack app ready'))
      const port = (
        JSON.parse(
          stderr()
            .split('\n')
            .find((line) => line.includes('slack app ready'))!,
        ) as { address: { port: number } }
      ).address.port
      const url = `http://127.0.0.1:${port}/slack/events`
      const body = slashCommandForm('/ask', 'how many 5g towers', fake.responseUrl('start-1'))
      const signed = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(secret, body) },
        body,
      })
      expect(signed.status).toBe(200)
      expect(JSON.stringify(await signed.json())).toContain('1.85 million')
      const unsigned = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body })
      expect(unsigned.status).toBe(401)
      const health = await fetch(`http://127.0.0.1:${port}/healthz`)
      expect(health.status).toBe(200)
      expect(await health.json()).toMatchObject({ status: 'ok', documents: 1, passages: 17 })
      expect(stderr()).toMatch(
        /"message":"answered","platform":"slack","command":"ask","latencyMs":[\d.]+,"found":true,"user":"U0000000042"/,
      )
      child.kill('SIGTERM')
      expect(await exited).toBe(0)
      expect(stderr()).not.toContain(secret)
      expect(stderr()).not.toContain('xoxb-test-token')
    } finally {
      child.kill('SIGKILL')
      await fake.close()
    }
  })
})

describe('npm start: fatal errors', () => {
  it('exits 1 with one clear line when the Slack port is taken', async () => {
    const fake = await FakeSlack.start()
    const squatter = createServer()
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = squatter.address() as AddressInfo
      const { code, stderr } = await runProgram('dist/src/bin/start.js', [], '', {
        SLACK_BOT_TOKEN: 'xoxb-test-token',
        SLACK_SIGNING_SECRET: 'a-signing-secret-for-tests',
        SLACK_API_URL: fake.apiUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
      })
      expect(code).toBe(1)
      expect(stderr.trim().split('\n').at(-1)).toBe(
        `The port is in use: listen EADDRINUSE: address already in use 127.0.0.1:${port}. Set PORT to a free port.`,
      )
    } finally {
      await new Promise((resolve) => squatter.close(resolve))
      await fake.close()
    }
  })
})
