import { beforeAll, describe, expect, it } from 'vitest'
import { runAsk } from '../../src/cli/run-ask.js'
import type { Retriever } from '../../src/core/retriever.js'
import { openSmallCorpus, SMALL_CORPUS_SOURCE_LINE, SMALL_CORPUS_URL as URL } from '../helpers/small-corpus.js'
import { captureStream, linesStream } from '../helpers/streams.js'

let retriever: Retriever
beforeAll(async () => {
  retriever = await openSmallCorpus()
})

async function ask(argv: string[], stdinLines: string[] = []) {
  const stdout = captureStream()
  const stderr = captureStream()
  const code = await runAsk(argv, async () => retriever, { stdin: linesStream(stdinLines), stdout, stderr, color: false })
  return { code, stdout: stdout.text(), stderr: stderr.text() }
}

describe('npm run ask', () => {
  it('prints the quote, the source and the link for a person to read', async () => {
    const { code, stdout } = await ask(['How many turbine foundations does the harbour have?'])
    expect(code).toBe(0)
    expect(stdout).toContain('“The harbour runs the largest offshore wind quay')
    // At the default width the figure may wrap onto the next line.
    expect(stdout).toMatch(/140 turbine\s+foundations/)
    expect(stdout).toContain(SMALL_CORPUS_SOURCE_LINE)
    expect(stdout).toContain(`${URL}#:~:text=The%20harbour%20runs`)
  })

  it('says plainly when the paper does not answer, and what it covers', async () => {
    const { code, stdout } = await ask(['who won the champions league final'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^The paper doesn't say/)
    expect(stdout).toContain('ferry passengers and online booking')
  })

  it('with --json prints one object in the documented shape', async () => {
    const { stdout } = await ask(['--json', 'what share of the regional economy is the container trade'])
    const lines = stdout.trim().split('\n')
    expect(lines).toHaveLength(1)
    const result = JSON.parse(lines[0]!)
    expect(result.query).toBe('what share of the regional economy is the container trade')
    expect(result.answers[0]).toEqual({
      quote: expect.stringContaining('21.5 percent of the regional economy'),
      passageId: 'harbour-review:3',
      score: expect.any(Number),
      link: expect.stringMatching(/^https:\/\/example\.org\/.*#:~:text=By%202022/),
      source: {
        title: 'Lanwick Harbour Publishes Its Yearly Review',
        url: URL,
        publisher: 'Lanwick Port Authority',
        published: '2023-03-14',
        via: 'Coastal Wire',
      },
      // The small corpus has no headings.
      section: null,
    })
  })

  it('with --json and no answer prints answers: []', async () => {
    const { stdout } = await ask(['--json', 'easy bread recipe'])
    expect(JSON.parse(stdout)).toEqual({ query: 'easy bread recipe', answers: [] })
  })

  it('with --json answers a question about the document itself with its source', async () => {
    const { stdout } = await ask(['--json', 'who published this article?'])
    expect(JSON.parse(stdout)).toEqual({
      query: 'who published this article?',
      answers: [],
      documents: [{ id: expect.any(String), source: expect.objectContaining({ publisher: 'Lanwick Port Authority', url: URL }) }],
    })
  })

  it('with --json and no question answers each line of standard input, in order', async () => {
    const questions = ['ferry passengers in lanwick', 'weather in paris', '', 'cruise tourism turnover']
    const { code, stdout } = await ask(['--json'], questions)
    expect(code).toBe(0)
    const results = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(results.map((result) => result.query)).toEqual(questions)
    expect(results[0].answers[0].quote).toContain('3.2 million ferry passengers')
    expect(results[1].answers).toEqual([])
    expect(results[2]).toMatchObject({ answers: [], message: expect.stringMatching(/^Ask a question/) })
    expect(results[3].answers[0].quote).toContain('1.6 billion euros')
  })

  it('explains its usage when there is no question, with exit code 2', async () => {
    const { code, stderr } = await ask([])
    expect(code).toBe(2)
    expect(stderr).toContain('npm run ask -- "What does the white paper say about 5G?"')
    expect((await ask(['--colour'])).code).toBe(2)
  })
})
