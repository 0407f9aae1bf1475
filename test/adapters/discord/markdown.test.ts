import { escapeMarkdown } from 'discord.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { plain } from '../../../src/adapters/discord/markdown.js'

// plain() skips discord.js's escapes for text with nothing they act on: it must still escape exactly as they do.
describe('plain: Discord markdown escaped as discord.js escapes it', () => {
  const characters = fc.constantFrom(...'ab 1.\n<>:/()[]#-*_~|`\\'.split(''), 'https://x.test', '<a:e:1>', '](x)')
  it('matches escapeMarkdown on any text made of markdown, links and plain words', () => {
    fc.assert(
      fc.property(fc.array(characters, { maxLength: 30 }), (parts) => {
        const text = parts.join('')
        expect(plain(text)).toBe(escapeMarkdown(text, { maskedLink: true }))
      }),
      { numRuns: 2_000 },
    )
  })

  it('leaves a quote with no markdown in it as it is, and escapes one with', () => {
    expect(plain('1.85 million 5G cell towers (the most in the world).')).toBe('1.85 million 5G cell towers (the most in the world).')
    expect(plain('see [click](https://evil.example) *now*')).toBe('see \\[click](https://evil.example) \\*now\\*')
  })
})
