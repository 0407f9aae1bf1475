import { beforeAll, describe, expect, it } from 'vitest'
import { runTerminalSession } from '../../../src/adapters/terminal/session.js'
import { openRetriever } from '../../../src/app/open-retriever.js'
import type { Retriever } from '../../../src/core/retriever.js'
import { captureStream, linesStream } from '../../helpers/streams.js'

let retriever: Retriever
beforeAll(async () => {
  retriever = await openRetriever('corpus')
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
    const { output } = await session(['how many 5g towers', '', 'what is the digital economy worth'])
    const towers = output.indexOf('ask> how many 5g towers\n“The country hosts')
    const worth = output.indexOf('ask> what is the digital economy worth\n“By 2021, the value of China\'s digital economy had reached 45.5 trillion')
    expect(towers).toBeGreaterThanOrEqual(0)
    expect(worth).toBeGreaterThan(towers)
    // The blank line is not a question.
    expect(output.match(/^ask> /gm)).toHaveLength(2)
  })

  it('runs /ask and /help, names an unknown command, and stops at /quit', async () => {
    const { output } = await session(['/ask internet penetration', '/help', '/stat', '/quit', 'never answered 5g'], undefined, 200)
    expect(output).toContain('74.4 percent')
    // Help lists the commands as they are typed here, /quit included.
    expect(output).toContain('• /ask: Ask a question about the white paper')
    expect(output).toContain('• /stats: ')
    expect(output).toContain('• /quit: Leave the session')
    expect(output).not.toMatch(/^• ask:/m)
    expect(output).toContain('There is no /stat command. Try /ask, /stats, /sources, /help, or just type a question.')
    expect(output).not.toContain('455 million')
  })

  it('answers /stats with the figures a topic is about, and all of them without one', async () => {
    const fiveG = (await session(['/stats 5G'])).output
    expect(fiveG).toContain('• 1.85 million — 5G cell towers [1]\n• 455 million — 5G cell phone subscribers [1]')
    expect(fiveG).not.toContain('45.5 trillion')
    const all = (await session(['/stats'])).output
    expect(all).toContain('Amounts\n• 45.5 trillion yuan — value of China\'s digital economy (2021) [1]')
    expect(all).toContain('• 1.85 million — 5G cell towers [6]')
  })

  it('says the source once and each sentence once, with its link, however many figures it holds', async () => {
    const all = (await session(['/stats'], undefined, 1000)).output
    const figures = all.match(/^• /gm) ?? []
    expect(figures).toHaveLength(11)
    expect(all.match(/BRICS Competition Law and Policy Centre, 7 November 2022, via Xinhua/g)).toHaveLength(1)
    expect(all).toContain('From China Issues White Paper on “Сommunity with Shared Future in Cyberspace”\nBRICS Competition Law and Policy Centre, 7 November 2022, via Xinhua\n[1] “By 2021')
    // Six sentences hold the eleven figures: each is quoted once, its link once, under its number.
    expect(all.match(/^\[\d\] “/gm)).toHaveLength(6)
    expect(all.match(/#:~:text=/g)).toHaveLength(6)
    const sentence = /^\[1\] “(.*)”\n {4}(\S+)$/m.exec(all)
    expect(sentence?.[1]).toBe("By 2021, the value of China's digital economy had reached 45.5 trillion yuan, accounting for 39.8 percent of its GDP, said the white paper.")
    expect(sentence?.[2]).toMatch(/^https:\/\/bricscompetition\.org\/.*#:~:text=By%202021/)
    expect(all).toContain('• 39.8 percent — value of China\'s digital economy as a share of GDP (2021) [1]')
  })

  it('wraps to the width it is given at spaces, under the indent, and leaves a link whole on its own line', async () => {
    const { output } = await session(['/ask how many 5g towers', '/stats 5G'], undefined, 40)
    expect(output).toContain(
      ['“The country hosts the world\'s largest', '5G network and becomes one of the global', 'leaders in 5G standards and technology,'].join('\n'),
    )
    expect(output).toContain('— China Issues White Paper on “Сommunity\n  with Shared Future in Cyberspace”')
    expect(output).toContain('[1] “The country hosts the world\'s\n    largest 5G network and becomes one\n')
    const lines = output.split('\n')
    const links = lines.filter((line) => /^ *https:\/\//.test(line))
    expect(links).toHaveLength(2)
    for (const link of links) expect(link).toMatch(/^ {2,4}https:\/\/\S+#:~:text=The%20country\S+million%205G%20cell%20phone%20subscribers\.$/)
    for (const line of lines.filter((line) => !links.includes(line))) expect(line.length).toBeLessThanOrEqual(40)
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
