import { describe, expect, it } from 'vitest'
import { CUSTOM_ID_LIMIT, discordButtonIds, readDiscordButton } from '../../../src/adapters/discord/buttons.js'

const SECRET = 'a-button-secret'
const USER = '400000000000000001'
const NOW = 1_800_000_000
const asked = (text: string) => ({ command: 'ask', text, user: USER, view: 'first' as const, shareable: true })

describe('Discord button ids', () => {
  it('carry a short question in the id itself, readable with no message and no memory', () => {
    const { share, more } = discordButtonIds({ ...asked('digital economy share of GDP'), askedLine: undefined }, SECRET, NOW)
    for (const id of [share, more]) expect(id!.length).toBeLessThanOrEqual(CUSTOM_ID_LIMIT)
    expect(readDiscordButton(share!, undefined, SECRET, NOW + 60)).toEqual({
      action: 'share',
      madeFrom: { command: 'ask', text: 'digital economy share of GDP', user: USER, view: 'first' },
    })
    expect(readDiscordButton(more!, undefined, SECRET, NOW + 60)?.madeFrom?.view).toBe('rest')
  })

  it('keep a long question in the message they sit on, signed, within 100 characters', () => {
    const question = `what does the white paper say about ${'cross-border data flows and '.repeat(5)}security?`
    const line = `Asked: ${question}`
    const { share } = discordButtonIds({ ...asked(question), askedLine: line }, SECRET, NOW)
    expect(share!.length).toBeLessThanOrEqual(CUSTOM_ID_LIMIT)
    expect(share).not.toContain('cross-border')
    expect(readDiscordButton(share!, line, SECRET, NOW)?.madeFrom?.text).toBe(question)
    // The message's question changed (or another message's): the signature no longer holds.
    expect(readDiscordButton(share!, `Asked: ${question.replace('security', 'secrecy')}`, SECRET, NOW)?.madeFrom).toBeUndefined()
  })

  it('are not offered for a long question the message does not show whole', () => {
    const question = 'q '.repeat(400)
    expect(discordButtonIds({ ...asked(question), askedLine: `Asked: ${question.slice(0, 200)}…` }, SECRET, NOW)).toEqual({})
  })

  it('are refused once expired, altered, signed with another secret, or for another action', () => {
    const { share } = discordButtonIds({ ...asked('internet users'), askedLine: undefined }, SECRET, NOW)
    expect(readDiscordButton(share!, undefined, SECRET, NOW + 15 * 60 + 1)?.madeFrom).toBeUndefined()
    expect(readDiscordButton(share!.replace('internet users', 'internet userz'), undefined, SECRET, NOW)?.madeFrom).toBeUndefined()
    expect(readDiscordButton(share!, undefined, 'another-secret', NOW)?.madeFrom).toBeUndefined()
    expect(readDiscordButton(share!.replace(/^share:/, 'more:'), undefined, SECRET, NOW)).toEqual({ action: 'more', madeFrom: undefined })
    expect(
      readDiscordButton(share!.replace(BigInt(USER).toString(36), BigInt('400000000000000009').toString(36)), undefined, SECRET, NOW)
        ?.madeFrom,
    ).toBeUndefined()
  })

  it('leave ids that are not Share or More to other handlers', () => {
    for (const id of ['', 'share', 'delete:everything', 'vote:up'])
      expect(readDiscordButton(id, undefined, SECRET, NOW), id).toBeUndefined()
  })
})
