import { describe, expect, it } from 'vitest'
import type { Reply } from '../../commands/index.js'
import { renderDiscordReply } from '../../src/adapters/discord/render.js'
import { renderSlackReply } from '../../src/adapters/slack/blocks.js'
import { renderReply } from '../../src/adapters/terminal/render-reply.js'
import { runAsk } from '../../src/cli/run-ask.js'
import { createRetriever } from '../../src/core/retriever.js'
import { makeDocument } from '../helpers/documents.js'
import { captureStream, linesStream } from '../helpers/streams.js'

// Two reports giving one figure, each in its own words.
const gazette = makeDocument('gazette', ['The harbour handled 2.4 million containers in 2021, a record for the port.'])
const wire = {
  ...makeDocument('wire', ['Port data show the harbour handled 2.4mn containers in 2021, its busiest year.']),
  source: { title: 'Harbour wire', url: 'https://example.org/wire', publisher: 'Wire Service', published: '2022-12-01' },
}
const retriever = createRetriever([gazette, wire])
const question = 'how many containers did the harbour handle in 2021'
const result = retriever.ask(question)
const reply: Reply = { kind: 'answers', question, answers: result.answers }

describe('an answer another document also gives', () => {
  it('is one answer that carries the other source', () => {
    expect(result.answers).toHaveLength(1)
    expect(result.answers[0]?.alsoIn).toHaveLength(1)
  })

  it('shows the other source, its sentence and its link in the terminal', () => {
    const text = renderReply(reply, { color: false, width: 200 })
    const other = result.answers[0]!.alsoIn![0]!
    expect(text).toContain(`Also in ${other.source.title}`)
    expect(text).toContain(`“${other.quote}”`)
    expect(text).toContain(other.link)
  })

  it('shows the other source linked to its sentence on Discord and Slack', () => {
    const other = result.answers[0]!.alsoIn![0]!
    const [embed] = renderDiscordReply(reply).embeds
    expect(embed?.fields?.[0]?.name).toBe(`Also in ${other.source.title}`)
    expect(embed?.fields?.[0]?.value).toContain(`](${other.link})`)
    const slack = JSON.stringify(renderSlackReply(reply).blocks)
    expect(slack).toContain(`Also in <${other.link}|`)
  })

  it('is in ask --json as alsoIn, with quote, passage, link and source', async () => {
    const stdout = captureStream()
    const io = { stdin: linesStream([]), stdout, stderr: captureStream(), color: false }
    expect(await runAsk(['--json', question], async () => retriever, io)).toBe(0)
    const [answer] = JSON.parse(stdout.text()).answers
    expect(answer.alsoIn).toEqual([
      expect.objectContaining({
        quote: expect.stringContaining('2.4'),
        passageId: expect.any(String),
        link: expect.stringContaining('#:~:text='),
        source: expect.objectContaining({ title: expect.any(String) }),
      }),
    ])
  })
})
