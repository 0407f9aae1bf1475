import { beforeAll, describe, expect, it } from 'vitest'
import { runTerminalSession } from '../../../src/adapters/terminal/session.js'
import type { Retriever } from '../../../src/core/retriever.js'
import { openSmallCorpus } from '../../helpers/small-corpus.js'
import { captureStream, linesStream } from '../../helpers/streams.js'

let retriever: Retriever
beforeAll(async () => {
  retriever = await openSmallCorpus()
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
    const { output } = await session(['how many turbine foundations', '', 'what is the container trade worth'])
    const foundations = output.indexOf('140 turbine foundations')
    const worth = output.indexOf('8.4 billion euros')
    expect(foundations).toBeGreaterThanOrEqual(0)
    expect(worth).toBeGreaterThan(foundations)
    expect(output).not.toContain('ask>')
  })

  it('runs /ask and /help, names an unknown command, and stops at /quit', async () => {
    const { output } = await session(['/ask online booking rate', '/help', '/stat', '/quit', 'never answered: wind turbines'])
    expect(output).toContain('64.5 percent')
    expect(output).toContain('• ask: Ask a question about the white paper')
    expect(output).toContain('There is no /stat command. Try /ask, /stats, /sources, /help, or just type a question.')
    expect(output).not.toContain('140 turbine foundations')
  })

  it('answers /stats with the figures a topic is about, and all of them without one', async () => {
    const wind = (await session(['/stats wind turbines'])).output
    expect(wind).toContain('• 140 — turbine foundations')
    expect(wind).not.toContain('8.4 billion')
    const all = (await session(['/stats'])).output
    expect(all).toContain("• 8.4 billion euros — value of Lanwick's container trade (2022)")
    expect(all).toContain('• 140 — turbine foundations')
  })

  it('keeps going after a line that fails, with an apology and a log line', async () => {
    const failing: Retriever = {
      ...retriever,
      ask: (question) => {
        if (question.includes('boom')) throw new Error('index exploded')
        return retriever.ask(question)
      },
    }
    const { output, errors } = await session(['boom', 'how many turbine foundations'], { retriever: failing })
    expect(output).toContain('Sorry — something went wrong answering that.')
    expect(output).toContain('140 turbine foundations')
    expect(errors).toContain('index exploded')
  })
})
