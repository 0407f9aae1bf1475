import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { ask } from '../../commands/ask.js'
import { renderDiscordReply } from '../../src/adapters/discord/render.js'
import { renderSlackReply } from '../../src/adapters/slack/blocks.js'
import type { Retriever } from '../../src/core/retriever.js'
import { HOSTILE_QUESTIONS } from '../helpers/hostile-questions.js'
import { openSmallCorpus } from '../helpers/small-corpus.js'

// hostile-input.test.ts sends a fixed list of hostile questions through the real clients; this
// renders any mix of their pieces, and of words the corpus answers, as each platform would.
let retriever: Retriever
beforeAll(async () => {
  retriever = await openSmallCorpus()
})

const pieces = [
  ...HOSTILE_QUESTIONS.map(([, question]) => question.slice(0, 200)),
  '@everyone',
  '<@123456789012345678>',
  '<!channel>',
  '<https://evil.example|docs>',
  '[docs](https://evil.example)',
  'https://evil.example/phish',
  '**',
  '`',
  '\u202e',
  '\ud800',
  ' ',
  'ferry passengers',
  'turbine foundations',
  'how many',
  'container trade',
]
const questions = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 8 })
  .map((parts) => parts.join(' '))
const EVIL_LINK = /\]\(https:\/\/evil|<https:\/\/evil|href/

describe('any question', () => {
  it('gets a Discord reply that pings no one and links nowhere the asker chose', () => {
    fc.assert(
      fc.property(questions, (question) => {
        const message = renderDiscordReply(ask.execute({ question }, { retriever }))
        expect(message.allowedMentions).toEqual({ parse: [] })
        expect(message.embeds.length).toBeGreaterThan(0)
        for (const embed of message.embeds) {
          expect(embed.description ?? '').not.toMatch(EVIL_LINK)
          expect(embed.url ?? '').not.toContain('evil')
        }
      }),
      { numRuns: 300 },
    )
  })

  it('gets Slack blocks whose text is verbatim and holds no mention or link the asker wrote', () => {
    fc.assert(
      fc.property(questions, (question) => {
        const message = renderSlackReply(ask.execute({ question }, { retriever }))
        const sent = JSON.stringify(message)
        expect(sent).not.toMatch(/<[!@]|<https:\/\/evil/)
        const textObjects = JSON.stringify(message.blocks).match(/"type":"mrkdwn","text":"(?:[^"\\]|\\.)*","verbatim":(true|false)/g) ?? []
        for (const object of textObjects) expect(object).toMatch(/"verbatim":true$/)
      }),
      { numRuns: 300 },
    )
  })
})
