import { spawn } from 'node:child_process'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { waitUntil } from '../helpers/wait-until.js'

// The compiled `npm start` with no chat credentials and nothing from this machine's .env.
function startTerminal(env: Record<string, string>) {
  const child = spawn(process.execPath, ['dist/src/bin/start.js'], {
    env: { PATH: process.env.PATH ?? '', DOTENV_CONFIG_PATH: 'test/no-such.env', STORE_REQUESTS: 'false', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
  /** Asks a question and waits for the whole answer (the blank line after it); returns it. */
  const ask = async (question: string) => {
    const from = stdout.length
    child.stdin.write(`${question}\n`)
    const echoed = `ask> ${question}\n`
    await waitUntil(
      () => stdout.indexOf(echoed, from) >= 0 && stdout.endsWith('\n\n'),
      10_000,
      () => `no answer to ${question}; output so far: ${stdout.slice(from)}`,
    )
    return stdout.slice(stdout.indexOf(echoed, from) + echoed.length)
  }
  return { child, ask, stdout: () => stdout, stderr: () => stderr, exited }
}

describe('npm start in the terminal', () => {
  let directory: string | undefined
  afterEach(async () => {
    if (directory) await rm(directory, { recursive: true, force: true })
  })

  it('re-indexes a changed corpus file while running, and keeps the last good index when the file breaks', async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'terminal-corpus-'))
    await cp('corpus', directory, { recursive: true })
    const file = path.join(directory, 'cyberspace-white-paper.md')
    const original = await readFile(file, 'utf8')
    const terminal = startTerminal({ CORPUS_DIR: directory })
    try {
      expect(await terminal.ask('what does the paper say about quantum computing')).toContain("The paper doesn't say")

      await writeFile(file, `${original}\nChina will build quantum computing centres for the internet.\n`)
      await waitUntil(() => terminal.stderr().includes('corpus reloaded'), 10_000, terminal.stderr)
      expect(await terminal.ask('what does the paper say about quantum computing')).toContain(
        '“China will build quantum computing centres for the internet.”',
      )

      await writeFile(file, original.replace('published: 2022-11-07', 'published: last monday'))
      await waitUntil(() => terminal.stderr().includes('corpus reload failed'), 10_000, terminal.stderr)
      // Quoted as the log's format quotes it: which file, which line, what is wrong.
      expect(terminal.stderr()).toMatch(/cyberspace-white-paper\.md:8: \W*published\W* must be an ISO date/)
      expect(await terminal.ask('quantum computing centres')).toContain('quantum computing centres for the internet')

      terminal.child.stdin.end()
      expect(await terminal.exited).toBe(0)
    } finally {
      terminal.child.kill('SIGKILL')
    }
  })

  it('echoes each piped question before its answer, and wraps at 80 columns without splitting a word or a link', async () => {
    const terminal = startTerminal({})
    try {
      terminal.child.stdin.end('how many 5g towers\n/stats digital economy\n')
      expect(await terminal.exited).toBe(0)
      const output = terminal.stdout()
      const towers = output.indexOf('ask> how many 5g towers\n“The country hosts')
      const stats = output.indexOf('ask> /stats digital economy\nFigures about “digital economy”')
      expect(towers).toBeGreaterThanOrEqual(0)
      expect(stats).toBeGreaterThan(towers)

      const lines = output.split('\n')
      const links = lines.filter((line) => line.trim().startsWith('https://'))
      expect(links.length).toBeGreaterThanOrEqual(2)
      // A link is longer than the window: it gets a line of its own, whole.
      for (const link of links) expect(link.trim()).toMatch(/^https:\/\/bricscompetition\.org\/news\/\S+#:~:text=\S+$/)
      for (const line of lines.filter((line) => !links.includes(line))) expect(line.length).toBeLessThanOrEqual(80)
      // Joined up again, the sentence is whole: no word was cut.
      expect(output.replace(/\s+/g, ' ')).toContain(
        "“The country hosts the world's largest 5G network and becomes one of the global leaders in 5G standards and technology, with 1.85 million 5G cell towers and 455 million 5G cell phone subscribers.”",
      )
    } finally {
      terminal.child.kill('SIGKILL')
    }
  })
})
