import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { slashCommand } from '../helpers/discord-payloads.js'
import { FakeDiscord } from '../helpers/fake-discord.js'

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs a compiled program as `npm start` / `npm run ask` do, with the given stdin. */
function run(program: string, args: string[], input: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [program, ...args], {
      env: { PATH: process.env.PATH ?? '', DOTENV_CONFIG_PATH: 'test/no-such.env', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(input)
  })
}

describe('npm start without chat credentials: the terminal session', () => {
  it('answers piped questions and exits at end of input', async () => {
    const { code, stdout, stderr } = await run('dist/src/bin/start.js', [], 'how many 5g towers\nbread recipe\n')
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toContain('1.85 million 5G cell towers')
    expect(stdout).toContain("The paper doesn't say")
  })

  it('stops with one clear message when the corpus is broken', async () => {
    const { code, stdout, stderr } = await run('dist/src/bin/start.js', [], '', { CORPUS_DIR: 'test/no-such-folder' })
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toBe('The corpus cannot be loaded:\ntest/no-such-folder: cannot read the corpus folder (ENOENT)\n')
  })
})

describe('npm run stats (compiled)', () => {
  it('prints the figures of a topic as JSON', async () => {
    const { code, stdout } = await run('dist/src/bin/stats.js', ['--json', 'digital economy'], '')
    expect(code).toBe(0)
    expect(JSON.parse(stdout).stats.map((s: { value: string }) => s.value)).toEqual(['45.5 trillion', '39.8 percent'])
  })
})

describe('npm run ask (compiled)', () => {
  it('answers in JSON Lines from standard input', async () => {
    const { code, stdout } = await run('dist/src/bin/ask.js', ['--json'], 'internet penetration\nwho won the cup\n')
    expect(code).toBe(0)
    const results = stdout.trim().split('\n').map((line) => JSON.parse(line) as { answers: { quote: string }[] })
    expect(results).toHaveLength(2)
    expect(results[0]?.answers[0]?.quote).toContain('74.4 percent')
    expect(results[1]?.answers).toEqual([])
  })
})

describe('npm start with DISCORD_TOKEN: the Discord bot', () => {
  it('connects, answers a slash command, and stops cleanly on SIGTERM', async () => {
    const fake = await FakeDiscord.start()
    const child = spawn(process.execPath, ['dist/src/bin/start.js'], {
      env: { PATH: process.env.PATH ?? '', DOTENV_CONFIG_PATH: 'test/no-such.env', DISCORD_TOKEN: `${'M'.repeat(24)}.${'G'.repeat(6)}.${'x'.repeat(38)}`, DISCORD_API_URL: fake.apiUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
    try {
      await waitUntil(() => stderr.includes('discord bot ready'))
      const interaction = slashCommand('ask', { question: 'how many internet users' })
      fake.dispatch('INTERACTION_CREATE', interaction)
      const callback = await fake.waitForRequest((r) => r.path.endsWith(`/${interaction.token}/callback`))
      expect(callback.body.data.embeds[0].description).toContain('1.05 billion')
      child.kill('SIGTERM')
      expect(await exited).toBe(0)
      expect(stderr).not.toContain('MMMMMMMM') // the token is never logged
    } finally {
      child.kill('SIGKILL')
      await fake.close()
    }
  })
})

async function waitUntil(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
