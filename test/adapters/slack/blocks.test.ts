import { describe, expect, it } from 'vitest'
import { type Reply, summarizeDocument } from '../../../commands/index.js'
import { buttonSecret, readButton, signButton } from '../../../src/adapters/shared/signed-button.js'
import { BLOCK_LIMITS, homeView, renderSlackReply } from '../../../src/adapters/slack/blocks.js'
import { escapeSlack, highlightedQuote, link, withoutSlackMentions } from '../../../src/adapters/slack/mrkdwn.js'
import type { Answer } from '../../../src/core/retriever.js'
import { makeAnswer } from '../../helpers/documents.js'
import { longPaper } from '../../helpers/sectioned-documents.js'

const answer = (quote: string, highlights: Answer['highlights'] = []) => makeAnswer(quote, highlights, 'A | title')
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
    const message = renderSlackReply(answers, { buttons: { share: 's1', more: 'm1' } })
    expect(message.text).toBe('“First.”')
    expect(JSON.stringify(message.blocks)).toContain('Asked: what about &lt;!everyone&gt;?')
    expect(sectionTexts(message.blocks as never)).toEqual(['>First.'])
    const actions = message.blocks.find((block) => block.type === 'actions') as { elements: Array<{ action_id: string; value: string }> }
    expect(actions.elements.map(({ action_id, value }) => [action_id, value])).toEqual([
      ['share', 's1'],
      ['more', 'm1'],
    ])
  })

  it('keeps section text within 3,000 characters, cut at a word, bold closed', () => {
    const long = answer(`${'word '.repeat(1000)}end.`, [{ start: 0, end: 4000 }])
    const [text] = sectionTexts(renderSlackReply({ kind: 'answers', question: 'q', answers: [long] }).blocks as never)
    expect(text!.length).toBeLessThanOrEqual(BLOCK_LIMITS.sectionText)
    expect(text).toMatch(/word\*…$/)
  })

  it('keeps /sources to 50 blocks with room for buttons, saying how many documents were left out', () => {
    const documents = Array.from({ length: 80 }, (_, i) => summarizeDocument(longPaper(40, `paper-${i + 1}`)))
    const { blocks } = renderSlackReply({ kind: 'sources', documents }, { sharedBy: 'analyst' })
    expect(blocks.length).toBeLessThanOrEqual(BLOCK_LIMITS.blocks)
    const texts = sectionTexts(blocks as never)
    const shown = texts.filter((text) => text.startsWith('<https://example.org/paper-'))
    expect(shown.length).toBeGreaterThan(40)
    expect(texts.at(-1)).toBe(`…and ${80 - shown.length} more documents.`)
    expect(JSON.stringify(blocks.at(-1))).toContain('Shared by analyst')
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(BLOCK_LIMITS.sectionText)
  })

  it('keeps "How to ask" on an App Home that lists more documents than a message has room for', () => {
    const documents = Array.from({ length: 80 }, (_, i) => longPaper(2, `paper-${i + 1}`))
    const { blocks } = homeView(documents, ['/ask a question'])
    expect(blocks.length).toBeLessThanOrEqual(BLOCK_LIMITS.homeBlocks)
    expect(sectionTexts(blocks as never).at(-2)).toMatch(/^…and \d+ more documents\.$/)
    expect(sectionTexts(blocks as never).at(-1)).toContain('How to ask')
  })

  it("leaves out a button whose value is over Slack's 2,000 characters", () => {
    const message = renderSlackReply(answers, { buttons: { share: 'x'.repeat(2001), more: 'm1' } })
    expect(JSON.stringify(message.blocks)).not.toContain('"share"')
    expect(JSON.stringify(message.blocks)).toContain('"more"')
  })

  it('shows who shared, as text that notifies no one', () => {
    const message = renderSlackReply(answers, { sharedBy: '<!channel> analyst' })
    expect(JSON.stringify(message.blocks)).toContain('Shared by &lt;!channel&gt; analyst')
  })
})

describe('signed buttons', () => {
  const secret = buttonSecret('signing-secret')
  const state = { command: 'ask', input: 'internet users', view: 'first' as const, user: 'U1', expires: 2_000_000_000 }

  it("round-trips the state, within Slack's button value limit", () => {
    const value = signButton(state, secret)
    expect(value.length).toBeLessThan(2000)
    expect(readButton(value, secret, 1_700_000_000)).toEqual(state)
  })

  it('refuses a forged, tampered, expired or foreign value', () => {
    const value = signButton(state, secret)
    const [body, signature] = value.split('.')
    const tampered = `${Buffer.from(JSON.stringify(['ask', '<!channel> buy now', 'first', 'U1', 2_000_000_000])).toString('base64url')}.${signature}`
    for (const forged of [undefined, '', 'abc', `${body}.`, `${body}.x${signature}`, tampered, `${value}.extra`]) {
      expect(readButton(forged, secret, 1_700_000_000), String(forged)).toBeUndefined()
    }
    expect(readButton(value, secret, 2_000_000_001)).toBeUndefined()
    expect(readButton(value, buttonSecret('another app'), 1_700_000_000)).toBeUndefined()
  })
})
