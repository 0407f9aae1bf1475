import { describe, expect, it } from 'vitest'
import type { Reply } from '../../../commands/index.js'
import { parseButtonValue } from '../../../src/adapters/slack/listeners/actions.js'
import { BLOCK_LIMITS, renderSlackReply } from '../../../src/adapters/slack/blocks.js'
import { escapeSlack, highlightedQuote, link, withoutSlackMentions } from '../../../src/adapters/slack/mrkdwn.js'
import { replyToText } from '../../../src/adapters/slack/route-text.js'
import { openRetriever } from '../../../src/app/open-retriever.js'
import type { Answer } from '../../../src/core/retriever.js'

const source = { title: 'A | title', url: 'https://example.org/a', publisher: 'Example', published: '2022-11-07' }
const answer = (quote: string, highlights: Answer['highlights'] = []): Answer => ({
  quote,
  highlights,
  passageId: 'doc:1',
  documentId: 'doc',
  score: 1,
  link: 'https://example.org/a#:~:text=x',
  source,
})
const sectionTexts = (blocks: Array<{ type: string; text?: { text: string } }>) =>
  blocks.filter((block) => block.type === 'section').map((block) => block.text!.text)

describe('Slack text', () => {
  it('escapes &, < and > so nothing typed becomes a mention or a link', () => {
    expect(escapeSlack('a & <!channel> <@U1> <https://evil|x>')).toBe('a &amp; &lt;!channel&gt; &lt;@U1&gt; &lt;https://evil|x&gt;')
  })

  it('bolds matched words in a quote, escaped', () => {
    expect(highlightedQuote('Tom & Jerry <3 towers', [{ start: 15, end: 21 }])).toBe('Tom &amp; Jerry &lt;3 *towers*')
  })

  it('makes our links safe whatever the label says', () => {
    expect(link('https://example.org/a#:~:text=x', 'A | <b> title')).toBe('<https://example.org/a#:~:text=x|A ¦ &lt;b&gt; title>')
  })

  it('removes mentions from a question', () => {
    expect(withoutSlackMentions('<@UBOT> how many <!here> towers <#C1|general> <!subteam^S1>')).toBe('how many towers')
  })
})

describe('renderSlackReply', () => {
  const answers: Reply = { kind: 'answers', question: 'what about <!everyone>?', answers: [answer('First.'), answer('Second.')] }

  it('shows the question restated, the quote and its linked source, with share and more buttons', () => {
    const message = renderSlackReply(answers, { key: 'k1', shareable: true })
    expect(message.text).toBe('“First.”')
    expect(JSON.stringify(message.blocks)).toContain('Asked: what about &lt;!everyone&gt;?')
    expect(sectionTexts(message.blocks as never)).toEqual(['>First.'])
    const actions = message.blocks.find((block) => block.type === 'actions') as { elements: Array<{ action_id: string; value: string }> }
    expect(actions.elements.map(({ action_id, value }) => [action_id, value])).toEqual([
      ['share', 'k1:first'],
      ['more', 'k1'],
    ])
  })

  it('keeps section text within 3,000 characters, cut at a word, bold closed', () => {
    const long = answer(`${'word '.repeat(1000)}end.`, [{ start: 0, end: 4000 }])
    const [text] = sectionTexts(renderSlackReply({ kind: 'answers', question: 'q', answers: [long] }).blocks as never)
    expect(text!.length).toBeLessThanOrEqual(BLOCK_LIMITS.sectionText)
    expect(text).toMatch(/word\*…$/)
  })

  it('keeps to 50 blocks', () => {
    const documents = Array.from({ length: 80 }, (_, i) => ({ id: `d${i}`, source, passages: 1 }))
    expect(renderSlackReply({ kind: 'sources', documents }).blocks.length).toBeLessThanOrEqual(BLOCK_LIMITS.blocks)
  })

  it('shows who shared, as text that notifies no one', () => {
    const message = renderSlackReply(answers, { sharedBy: '<!channel> analyst' })
    expect(JSON.stringify(message.blocks)).toContain('Shared by &lt;!channel&gt; analyst')
  })
})

describe('Slack routing', () => {
  it('reads the bot\'s button values and rejects anything else', () => {
    expect(parseButtonValue('abc_1-2:first')).toEqual({ key: 'abc_1-2', answers: 'first' })
    expect(parseButtonValue('abc:rest')).toEqual({ key: 'abc', answers: 'rest' })
    expect(parseButtonValue('abc')).toEqual({ key: 'abc', answers: 'first' })
    for (const value of [undefined, '', ':first', 'abc:all', 'a:first:x', '<!channel>']) expect(parseButtonValue(value)).toBeUndefined()
  })

  it('routes a mention or DM to stats, sources, help or a question', async () => {
    const retriever = await openRetriever('corpus')
    expect(replyToText('<@UBOT> stats 5G', retriever)).toMatchObject({ kind: 'statistics', topic: '5G' })
    expect(replyToText('/stats', retriever)).toMatchObject({ kind: 'statistics', topic: null })
    expect(replyToText('sources', retriever)).toMatchObject({ kind: 'sources' })
    expect(replyToText('help', retriever).kind).toBe('notice')
    expect(replyToText('<@UBOT> how many internet users', retriever)).toMatchObject({ kind: 'answers', question: 'how many internet users' })
    expect(replyToText('ask global village', retriever)).toMatchObject({ kind: 'answers', question: 'global village' })
    expect(['answers', 'no-answer']).toContain(replyToText('help me find the 5G figures', retriever).kind)
  })
})
