import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs a compiled program as `npm start` / `npm run ask` do, with the given stdin. */
function run(program: string, args: string[], input: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [program, ...args], {
      env: { PATH: process.env.PATH ?? '', ...env },
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
