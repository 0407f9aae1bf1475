import { beforeAll, describe, expect, it } from 'vitest'
import { openRetriever } from '../../src/app/open-retriever.js'
import type { Retriever } from '../../src/core/retriever.js'
import { runAsk } from '../../src/cli/run-ask.js'
import { captureStream, linesStream } from '../helpers/streams.js'

let retriever: Retriever
beforeAll(async () => {
  retriever = await openRetriever('corpus')
})

async function ask(argv: string[], stdinLines: string[] = []) {
  const stdout = captureStream()
  const stderr = captureStream()
  const code = await runAsk(argv, async () => retriever, { stdin: linesStream(stdinLines), stdout, stderr, color: false })
  return { code, stdout: stdout.text(), stderr: stderr.text() }
}

const URL = 'https://bricscompetition.org/news/china-issues-white-paper-on-sommunity-with-shared-future-in-cyberspace'

describe('npm run ask', () => {
  it('prints the quote, the source and the link for a person to read', async () => {
    const { code, stdout } = await ask(['How many 5G cell towers does China have?'])
    expect(code).toBe(0)
    expect(stdout).toContain('“The country hosts the world\'s largest 5G network')
    expect(stdout).toContain('1.85 million 5G cell towers')
    expect(stdout).toContain('BRICS Competition Law and Policy Centre, 7 November 2022, via Xinhua')
    expect(stdout).toContain(`${URL}#:~:text=The%20country%20hosts`)
  })

  it('says plainly when the paper does not answer, and what it covers', async () => {
    const { code, stdout } = await ask(['who won the champions league final'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^The paper doesn't say/)
    expect(stdout).toContain('5G networks and subscribers')
  })

  it('with --json prints one object in the documented shape', async () => {
    const { stdout } = await ask(['--json', 'what share of GDP is the digital economy'])
    const lines = stdout.trim().split('\n')
    expect(lines).toHaveLength(1)
    const result = JSON.parse(lines[0]!)
    expect(result.query).toBe('what share of GDP is the digital economy')
    expect(result.answers[0]).toEqual({
      quote: expect.stringContaining('39.8 percent of its GDP'),
      passageId: 'cyberspace-white-paper:9',
      score: expect.any(Number),
      link: expect.stringMatching(/^https:\/\/bricscompetition\.org\/.*#:~:text=By%202021/),
      source: {
        title: 'China Issues White Paper on “Сommunity with Shared Future in Cyberspace”',
        url: URL,
        publisher: 'BRICS Competition Law and Policy Centre',
        published: '2022-11-07',
        via: 'Xinhua',
      },
    })
  })

  it('with --json and no answer prints answers: []', async () => {
    const { stdout } = await ask(['--json', 'easy bread recipe'])
    expect(JSON.parse(stdout)).toEqual({ query: 'easy bread recipe', answers: [] })
  })

  it('with --json and no question answers each line of standard input, in order', async () => {
    const questions = ['internet users in china', 'weather in paris', '', 'cross border e commerce turnover']
    const { code, stdout } = await ask(['--json'], questions)
    expect(code).toBe(0)
    const results = stdout.trim().split('\n').map((line) => JSON.parse(line))
    expect(results.map((result) => result.query)).toEqual(questions)
    expect(results[0].answers[0].quote).toContain('1.05 billion internet users')
    expect(results[1].answers).toEqual([])
    expect(results[2]).toMatchObject({ answers: [], message: expect.stringMatching(/^Ask a question/) })
    expect(results[3].answers[0].quote).toContain('1.92 trillion yuan')
  })

  it('explains its usage when there is no question, with exit code 2', async () => {
    const { code, stderr } = await ask([])
    expect(code).toBe(2)
    expect(stderr).toContain('npm run ask -- "What does the white paper say about 5G?"')
    expect((await ask(['--colour'])).code).toBe(2)
  })
})
