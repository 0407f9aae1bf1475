import { describe, expect, it } from 'vitest'
import { about } from '../../commands/about.js'
import { commands } from '../../commands/index.js'
import packageJson from '../../package.json' with { type: 'json' }
import { openSmallCorpus, SMALL_CORPUS_SOURCE_LINE, SMALL_CORPUS_URL } from '../helpers/small-corpus.js'

describe('about', () => {
  it('says what the bot is, which version answers, and every document it quotes with its source and link', async () => {
    const reply = about.execute({}, { retriever: await openSmallCorpus() })
    expect(reply.kind).toBe('notice')
    if (reply.kind !== 'notice') return
    const [name, description] = reply.message.split('\n')
    expect(name).toBe(`Cyberspace white paper bot, version ${packageJson.version}.`)
    expect(description).toBe(packageJson.description)
    expect(reply.message).toContain(`• Lanwick Harbour Publishes Its Yearly Review — ${SMALL_CORPUS_SOURCE_LINE}\n  ${SMALL_CORPUS_URL}`)
    // Users find out here that what they ask is kept, and how.
    expect(reply.message).toMatch(/keeps each question .* under a hashed user id, never your name or id/)
  })

  it('is listed with the commands, before help, and takes no text or public option', () => {
    expect(commands.map((command) => command.name)).toEqual(['ask', 'stats', 'sources', 'about', 'report', 'help'])
    expect(about.capabilities).toEqual({})
  })
})
