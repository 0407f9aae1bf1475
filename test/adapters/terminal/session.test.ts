import { beforeAll, describe, expect, it } from 'vitest'
import { runTerminalSession } from '../../../src/adapters/terminal/session.js'
import { openRetriever } from '../../../src/app/open-retriever.js'
import type { Retriever } from '../../../src/core/retriever.js'
import { captureStream, linesStream } from '../../helpers/streams.js'

let retriever: Retriever
beforeAll(async () => {
  retriever = await openRetriever('corpus')
})

async function session(lines: string[], context?: { retriever: Retriever }) {
  const output = captureStream()
  const errors = captureStream()
  await runTerminalSession({
    input: linesStream(lines),
    output,
    errors,
    context: context ?? { retriever },
    interactive: false,
    color: false,
  })
  return { output: output.text(), errors: errors.text() }
}

describe('terminal session with piped input', () => {
  it('answers each line in order and ends at end of input', async () => {
    const { output } = await session(['how many 5g towers', '', 'what is the digital economy worth'])
    const towers = output.indexOf('1.85 million 5G cell towers')
    const worth = output.indexOf('45.5 trillion yuan')
    expect(towers).toBeGreaterThanOrEqual(0)
    expect(worth).toBeGreaterThan(towers)
    expect(output).not.toContain('ask>')
  })

  it('runs /ask and /help, names an unknown command, and stops at /quit', async () => {
    const { output } = await session(['/ask internet penetration', '/help', '/stat', '/quit', 'never answered 5g'])
    expect(output).toContain('74.4 percent')
    expect(output).toContain('• ask: Ask a question about the white paper')
    expect(output).toContain('There is no /stat command. Try /ask, /stats, /sources, /help, or just type a question.')
    expect(output).not.toContain('455 million')
  })

  it('answers /stats with the figures a topic is about, and all of them without one', async () => {
    const fiveG = (await session(['/stats 5G'])).output
    expect(fiveG).toContain('• 1.85 million — 5G cell towers')
    expect(fiveG).not.toContain('45.5 trillion')
    const all = (await session(['/stats'])).output
    expect(all).toContain('• 45.5 trillion yuan — value of China\'s digital economy (2021)')
    expect(all).toContain('• 1.85 million — 5G cell towers')
  })

  it('keeps going after a line that fails, with an apology and a log line', async () => {
    const failing: Retriever = {
      ...retriever,
      ask: (question) => {
        if (question.includes('boom')) throw new Error('index exploded')
        return retriever.ask(question)
      },
    }
    const { output, errors } = await session(['boom', 'how many 5g towers'], { retriever: failing })
    expect(output).toContain('Sorry — something went wrong answering that.')
    expect(output).toContain('1.85 million 5G cell towers')
    expect(errors).toContain('index exploded')
  })
})
