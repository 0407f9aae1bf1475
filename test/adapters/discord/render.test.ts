import type { APIEmbed } from 'discord.js'
import { describe, expect, it } from 'vitest'
import { type Reply, summarizeDocument } from '../../../commands/index.js'
import { discordCommandData, FIND_IN_PAPER } from '../../../src/adapters/discord/command-data.js'
import { EMBED_LIMITS, truncateAtWord } from '../../../src/adapters/discord/limits.js'
import { highlightedQuote } from '../../../src/adapters/discord/markdown.js'
import { withoutMentions } from '../../../src/adapters/discord/mentions.js'
import { renderDiscordReply } from '../../../src/adapters/discord/render.js'
import type { Answer } from '../../../src/core/retriever.js'
import { makeAnswer } from '../../helpers/documents.js'
import { longPaper } from '../../helpers/sectioned-documents.js'

const answer = (quote: string, highlights: Answer['highlights'] = []) => makeAnswer(quote, highlights)

describe('truncateAtWord', () => {
  it('leaves short text alone and cuts long text at a word with an ellipsis', () => {
    expect(truncateAtWord('short text', 20)).toBe('short text')
    const cut = truncateAtWord('one two three four five six seven', 16)
    expect(cut).toBe('one two three…')
    expect(cut.length).toBeLessThanOrEqual(16)
  })

  it('closes a bold run the cut leaves open', () => {
    expect(truncateAtWord('plain **bold words that go on and on**', 24)).toBe('plain **bold words**…')
  })
})

describe('highlightedQuote', () => {
  it('bolds the matched words and escapes Discord markdown in the quote', () => {
    const quote = 'Sales rose *12* percent_year on `year`'
    expect(highlightedQuote(quote, [{ start: 0, end: 5 }])).toBe('**Sales** rose \\*12\\* percent\\_year on \\`year\\`')
  })
})

describe('withoutMentions', () => {
  it('removes user, role, channel and everyone mentions from a question', () => {
    expect(withoutMentions('@everyone how many <@123> towers <@!45> <@&678> in <#90> @here')).toBe('how many towers in')
  })
})

describe('renderDiscordReply', () => {
  const answers: Reply = {
    kind: 'answers',
    question: 'what about 5G?',
    answers: [answer('First quote.'), answer('Second quote.'), answer('Third.')],
  }

  it('shows the best answer with the question restated, the source linked, and share/more buttons', () => {
    const message = renderDiscordReply(answers, { buttons: { share: 'share:s1', more: 'more:m1' } })
    expect(message.allowedMentions).toEqual({ parse: [] })
    expect(message.embeds).toHaveLength(1)
    expect(message.embeds[0]).toMatchObject({
      author: { name: 'Asked: what about 5G?' },
      title: 'A title',
      url: 'https://example.org/a#:~:text=x',
      description: '“First quote.”',
      footer: { text: 'Example, 7 November 2022, via Xinhua · answer 1 of 3 · passage doc:1' },
    })
    expect(message.components[0]?.components.map((button) => 'custom_id' in button && button.custom_id)).toEqual(['share:s1', 'more:m1'])
  })

  it('shows the other answers for "More results", shareable, without another "More"', () => {
    const message = renderDiscordReply(answers, { answers: 'rest', buttons: { share: 'share:s2', more: 'more:m2' } })
    expect(message.embeds.map((embed) => embed.description)).toEqual(['“Second quote.”', '“Third.”'])
    expect(message.components[0]?.components.map((button) => 'custom_id' in button && button.custom_id)).toEqual(['share:s2'])
  })

  it('keeps every embed within Discord limits, cutting at words', () => {
    const long = `${'word '.repeat(2000)}end.`
    const question = 'q '.repeat(400)
    const message = renderDiscordReply({ kind: 'answers', question, answers: [answer(long)] })
    const [embed] = message.embeds
    expect(embed!.description!.length).toBeLessThanOrEqual(EMBED_LIMITS.description)
    expect(embed!.description).toMatch(/word…$/)
    expect(embed!.author!.name.length).toBeLessThanOrEqual(EMBED_LIMITS.author)
  })

  it('keeps several embeds within 6,000 characters in all', () => {
    const long = `${'word '.repeat(900)}end.`
    const message = renderDiscordReply(
      { kind: 'answers', question: 'q', answers: [answer(long), answer(long), answer(long), answer(long)] },
      { answers: 'rest' },
    )
    const total = message.embeds.reduce(
      (sum, embed) =>
        sum +
        (embed.description?.length ?? 0) +
        (embed.title?.length ?? 0) +
        (embed.author?.name.length ?? 0) +
        (embed.footer?.text.length ?? 0),
      0,
    )
    expect(total).toBeLessThanOrEqual(EMBED_LIMITS.total)
  })

  it('has no buttons without their ids, and marks a shared reply with who shared it', () => {
    const message = renderDiscordReply(answers, { sharedBy: 'analyst' })
    expect(message.components).toEqual([])
    expect(message.embeds[0]?.footer?.text).toMatch(/\nShared by analyst$/)
  })
})

describe('renderDiscordReply: /sources', () => {
  const embedLength = (embed: APIEmbed) =>
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)

  it('keeps 30 long papers within one embed: 25 fields, 6,000 characters, each saying how many chapters it left out', () => {
    const documents = Array.from({ length: 30 }, (_, i) => summarizeDocument(longPaper(40, `paper-${i + 1}`)))
    const [embed, ...more] = renderDiscordReply({ kind: 'sources', documents }).embeds
    expect(more).toEqual([])
    expect(embed!.description).toBe('Every answer quotes one of these, word for word. Shown: 25 of 30.')
    expect(embed!.fields).toHaveLength(EMBED_LIMITS.fields)
    expect(embedLength(embed!)).toBeLessThanOrEqual(EMBED_LIMITS.total)
    for (const field of embed!.fields!) {
      expect(field.value).toMatch(/^Coastal Office, 9 January 2023 · 120 sections · 240 passages\nhttps:\/\/example\.org\/paper-\d+\n/)
      const listed = field.value.split('\n').filter((line) => line.startsWith('• ')).length
      expect(field.value.split('\n').at(-1)).toBe(`…and ${40 - listed} more sections`)
    }
  })
})

describe('discordCommandData', () => {
  it('makes slash commands from the neutral commands, with autocomplete, public, and the context menu', () => {
    const data = discordCommandData()
    const names = data.map((command) => command.name)
    expect(names).toEqual(['ask', 'stats', 'sources', 'about', 'report', 'help', FIND_IN_PAPER])
    const askCommand = data[0] as { options: Array<{ name: string; autocomplete?: boolean; required?: boolean; max_length?: number }> }
    expect(askCommand.options).toEqual([
      expect.objectContaining({ name: 'question', autocomplete: true, required: true, max_length: 1000 }),
      expect.objectContaining({ name: 'public', required: false }),
    ])
    for (const command of data) if ('description' in command) expect(command.description!.length).toBeLessThanOrEqual(100)
  })
})
