import { beforeAll, describe, expect, it } from 'vitest'
import type { FinishedRequest } from '../../../commands/handle-request.js'
import packageJson from '../../../package.json' with { type: 'json' }
import { runTerminalSession } from '../../../src/adapters/terminal/session.js'
import type { Retriever } from '../../../src/core/retriever.js'
import { openSmallCorpus, SMALL_CORPUS_PASSAGES } from '../../helpers/small-corpus.js'
import { captureStream, linesStream } from '../../helpers/streams.js'

let retriever: Retriever
beforeAll(async () => {
  retriever = await openSmallCorpus()
})

async function session(lines: string[], context?: { retriever: Retriever }, width?: number) {
  const output = captureStream()
  const errors = captureStream()
  await runTerminalSession({
    input: linesStream(lines),
    output,
    errors,
    context: context ?? { retriever },
    interactive: false,
    color: false,
    ...(width === undefined ? {} : { width: () => width }),
  })
  return { output: output.text(), errors: errors.text() }
}

describe('terminal session with piped input', () => {
  it('answers each line in order, each after its question, and ends at end of input', async () => {
    const { output } = await session(['how many turbine foundations', '', 'what is the container trade worth'])
    const foundations = output.indexOf('ask> how many turbine foundations\n“The harbour runs the largest offshore wind quay')
    const worth = output.indexOf(
      "ask> what is the container trade worth\n“By 2022, the value of Lanwick's container trade had reached 8.4 billion",
    )
    expect(foundations).toBeGreaterThanOrEqual(0)
    expect(worth).toBeGreaterThan(foundations)
    // The blank line is not a question.
    expect(output.match(/^ask> /gm)).toHaveLength(2)
  })

  it('runs /ask and /help, names an unknown command, and stops at /quit', async () => {
    const { output } = await session(
      ['/ask online booking rate', '/help', '/stat', '/quit', 'never answered: wind turbines'],
      undefined,
      200,
    )
    expect(output).toContain('64.5 percent')
    // Help lists the commands as they are typed here, /quit included.
    expect(output).toContain('• /ask: Ask a question about the white paper')
    expect(output).toContain('• /stats: ')
    expect(output).toContain('• /quit: Leave the session')
    expect(output).not.toMatch(/^• ask:/m)
    expect(output).toContain('There is no /stat command. Try /ask, /stats, /sources, /about, /report, /help, or just type a question.')
    expect(output).not.toContain('140 turbine foundations')
  })

  it('answers about, /about, stats and help the same way with or without the slash', async () => {
    const { output } = await session(['/about', 'about', 'stats wind turbines', 'help'], undefined, 200)
    const abouts = output.match(/^Cyberspace white paper bot, version \d+\.\d+\.\d+\.$/gm) ?? []
    expect(abouts).toEqual([
      `Cyberspace white paper bot, version ${packageJson.version}.`,
      `Cyberspace white paper bot, version ${packageJson.version}.`,
    ])
    expect(output).toContain('It quotes, word for word, from:\n• Lanwick Harbour Publishes Its Yearly Review — Lanwick Port Authority')
    expect(output).toContain('ask> stats wind turbines\nFigures about “wind turbines”, best first\n• 140 — turbine foundations [1]')
    expect(output).toContain('• /about: What this bot is')
  })

  it('answers /stats with the figures a topic is about, and all of them without one', async () => {
    const wind = (await session(['/stats wind turbines'])).output
    expect(wind).toContain('• 140 — turbine foundations [1]\n• 2,300 — wind farm technicians [1]')
    expect(wind).not.toContain('8.4 billion')
    const all = (await session(['/stats'])).output
    expect(all).toContain("Amounts\n• 8.4 billion euros — value of Lanwick's container trade (2022) [1]")
    expect(all).toContain('• 140 — turbine foundations [5]')
  })

  it('says the source once and each sentence once, with its link, however many figures it holds', async () => {
    const all = (await session(['/stats'], undefined, 1000)).output
    const figures = all.match(/^• /gm) ?? []
    expect(figures).toHaveLength(11)
    expect(all.match(/Lanwick Port Authority, 14 March 2023, via Coastal Wire/g)).toHaveLength(1)
    expect(all).toContain(
      'From Lanwick Harbour Publishes Its Yearly Review\nLanwick Port Authority, 14 March 2023, via Coastal Wire\n[1] “By 2022',
    )
    // Six sentences hold the eleven figures: each is quoted once, its link once, under its number.
    expect(all.match(/^\[\d\] “/gm)).toHaveLength(6)
    expect(all.match(/#:~:text=/g)).toHaveLength(6)
    const sentence = /^\[1\] “(.*)”\n {4}(\S+)$/m.exec(all)
    expect(sentence?.[1]).toBe(SMALL_CORPUS_PASSAGES[2])
    expect(sentence?.[2]).toMatch(/^https:\/\/example\.org\/news\/lanwick-harbour-yearly-review#:~:text=By%202022/)
    expect(all).toContain("• 21.5 percent — value of Lanwick's container trade as a share of regional economy (2022) [1]")
  })

  it('wraps to the width it is given at spaces, under the indent, and leaves a link whole on its own line', async () => {
    const { output } = await session(['/ask how many turbine foundations', '/stats wind turbines'], undefined, 40)
    expect(output).toContain(
      ['“The harbour runs the largest offshore', 'wind quay on the coast, with 140 turbine', 'foundations and 2,300 wind farm'].join('\n'),
    )
    expect(output).toContain('— Lanwick Harbour Publishes Its Yearly\n  Review')
    expect(output).toContain('[1] “The harbour runs the largest\n    offshore wind quay on the coast,\n')
    const lines = output.split('\n')
    const links = lines.filter((line) => /^ *https:\/\//.test(line))
    expect(links).toHaveLength(2)
    for (const link of links) expect(link).toMatch(/^ {2,4}https:\/\/\S+#:~:text=The%20harbour\S+wind%20farm%20technicians\.$/)
    for (const line of lines.filter((line) => !links.includes(line))) expect(line.length).toBeLessThanOrEqual(40)
  })

  it('records every line it answers once, with the passages it quoted', async () => {
    const finished: FinishedRequest[] = []
    await runTerminalSession({
      input: linesStream(['how many turbine foundations', '/nope', 'about']),
      output: captureStream(),
      errors: captureStream(),
      context: { retriever },
      interactive: false,
      color: false,
      onFinished: (request) => finished.push(request),
    })
    expect(finished.map(({ request, outcome }) => [request.asked, outcome.kind])).toEqual([
      [{ text: 'how many turbine foundations' }, 'reply'],
      [{ text: '/nope' }, 'notice'],
      [{ text: 'about' }, 'reply'],
    ])
    expect(finished[0]?.passageIds[0]).toBe('harbour-review:5')
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
    // At the default width the figure may wrap onto the next line.
    expect(output).toMatch(/140 turbine\s+foundations/)
    expect(errors).toContain('index exploded')
  })
})
