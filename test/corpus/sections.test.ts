import { describe, expect, it } from 'vitest'
import type { Reply } from '../../commands/index.js'
import { renderDiscordReply } from '../../src/adapters/discord/render.js'
import { renderSlackReply } from '../../src/adapters/slack/blocks.js'
import { renderReply } from '../../src/adapters/terminal/render-reply.js'
import { runAsk } from '../../src/cli/run-ask.js'
import { runStats } from '../../src/cli/run-stats.js'
import { createRetriever } from '../../src/core/retriever.js'
import { parseDocument } from '../../src/corpus/parse-document.js'
import { statisticText } from '../../src/presentation/statistic-line.js'
import { makeDocument } from '../helpers/documents.js'
import { RIVERSIDE_REPORT as REPORT, riversideReport } from '../helpers/sectioned-documents.js'
import { captureStream, linesStream } from '../helpers/streams.js'

const report = riversideReport()
const retriever = createRetriever([report])

describe('headings in a corpus document', () => {
  it('give each passage the path of headings it stands under, and are not passages themselves', () => {
    expect(report.passages.map(({ id, section }) => [id, section])).toEqual([
      ['riverside:1', 'Preface'],
      ['riverside:2', 'I. Bridges and Lanes › 1. A growing network of lanes'],
      ['riverside:3', 'I. Bridges and Lanes › 2. Safer crossings'],
      ['riverside:4', 'II. Tramway Integration'],
      // A lower-case paragraph after a heading starts the section; it does not join the passage before.
      ['riverside:5', 'Conclusion'],
    ])
  })

  it('leave the passages of a document without headings in no section', () => {
    const plain = parseDocument('plain.md', REPORT.replace(/^#.*\n/gm, ''), 'plain')
    expect(plain.ok && plain.value.passages.every((passage) => passage.section === undefined)).toBe(true)
  })

  it('make a section findable by its title, when the words are only in the heading', () => {
    // "tramway" and "integration" appear only in the heading of chapter II.
    const result = retriever.ask('tramway integration')
    expect(result.answers[0]?.passageId).toBe('riverside:4')
    expect(result.answers[0]?.section).toBe('II. Tramway Integration')
  })
})

describe('an answer from a section', () => {
  const question = 'how many kilometres of protected lanes'
  const result = retriever.ask(question)
  const reply: Reply = { kind: 'answers', question, answers: result.answers }
  const section = 'I. Bridges and Lanes › 1. A growing network of lanes'

  it('carries its section', () => {
    expect(result.answers[0]?.section).toBe(section)
  })

  it('names the section in the terminal, the Discord embed and the Slack context block, the link still on the quote', () => {
    const answer = result.answers[0]!
    expect(renderReply(reply, { color: false, width: 300 })).toContain(
      `Riverside Transport Office, 2 May 2024 · § ${section}\n  ${answer.link}`,
    )
    const [embed] = renderDiscordReply(reply).embeds
    expect(embed?.footer?.text).toContain(`§ ${section}`)
    expect(embed?.url).toBe(answer.link)
    const context = JSON.stringify(renderSlackReply(reply).blocks.filter((block) => block.type === 'context'))
    expect(context).toContain(`§ ${section}`)
    expect(context).toContain(`<${answer.link}|The Riverside Cycling Report>`)
    // The link opens the page at the quoted sentence, not at its section's heading.
    expect(answer.link).toBe(
      'https://example.org/riverside-cycling#:~:text=By%202023%20the%20town%20had,protected%20lanes%20along%20both%20banks.',
    )
  })

  it('has "section" in ask --json: the path, or null in a document without headings', async () => {
    const stdout = captureStream()
    const io = { stdin: linesStream([]), stdout, stderr: captureStream(), color: false }
    await runAsk(['--json', question], async () => retriever, io)
    expect(JSON.parse(stdout.text()).answers[0].section).toBe(section)

    const plain = parseDocument('plain.md', REPORT.replace(/^#.*\n/gm, ''), 'plain')
    if (!plain.ok) throw new Error('the plain document does not parse')
    const plainOut = captureStream()
    await runAsk(['--json', question], async () => createRetriever([plain.value]), { ...io, stdout: plainOut })
    const answer = JSON.parse(plainOut.text()).answers[0]
    expect(answer).toHaveProperty('section', null)
  })
})

describe('figures from a document with sections', () => {
  const lanes = 'I. Bridges and Lanes › 1. A growing network of lanes'

  it('say which document and which section each comes from, in stats --json, the terminal and the chat line', async () => {
    const stdout = captureStream()
    const io = { stdout, stderr: captureStream(), color: false, width: 300 }
    await runStats(['--json', 'protected lanes'], async () => retriever, io)
    const [figure] = JSON.parse(stdout.text()).stats
    expect(figure).toMatchObject({ value: '84', section: lanes, source: { title: 'The Riverside Cycling Report' } })

    const text = captureStream()
    await runStats(['protected lanes'], async () => retriever, { ...io, stdout: text })
    expect(text.text()).toContain(`“By 2023 the town had built 84 kilometres of protected lanes along both banks.”\n    § ${lanes}\n`)

    const [statistic] = retriever.statistics('protected lanes').statistics
    expect(statisticText(statistic!)).toMatch(new RegExp(`· Riverside Transport Office, 2 May 2024 · § ${lanes}$`))
  })

  it('come from every document, each saying its own source and section, or none', async () => {
    const notes = makeDocument('ferry-notes', ['In 2023 the island ferry carried 2.4 million passengers across the river.'])
    const stdout = captureStream()
    await runStats(['--json'], async () => createRetriever([report, notes]), { stdout, stderr: captureStream(), color: false })
    const figures = JSON.parse(stdout.text()).stats.map(
      ({ value, source, section }: { value: string; source: { title: string }; section: string | null }) => [value, source.title, section],
    )
    expect(figures).toContainEqual(['84', 'The Riverside Cycling Report', lanes])
    expect(figures).toContainEqual(['2.4 million', 'Title of ferry-notes', null])
  })
})
