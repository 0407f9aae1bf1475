import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DiscordBot } from '../../../src/adapters/discord/bot.js'
import { slashCommand } from '../../helpers/discord-payloads.js'
import { FakeDiscord } from '../../helpers/fake-discord.js'
import { startDiscordBotOn } from '../../helpers/start-adapters.js'

// A URL a user typed must not become a link the bot posts, least of all publicly.
let fake: FakeDiscord
let bot: DiscordBot

beforeAll(async () => {
  fake = await FakeDiscord.start()
  bot = await startDiscordBotOn(fake, { rateLimit: { requests: 10_000 } })
})

afterAll(async () => {
  await bot.stop()
  await fake.close()
})

/** The addresses Discord would make clickable: any outside code formatting. */
const liveUrls = (markdown: string) => markdown.replace(/`[^`]*`/g, '').match(/[a-z]+:\/\/\S+/gi) ?? []

describe('Discord: what the user typed is shown inert', () => {
  it.each([
    ['a bare URL', 'https://evil.example/login'],
    ['a masked link', '[click](https://evil.example/login)'],
    ['a URL inside markdown', '**see https://evil.example/login now**'],
  ])('a /stats topic with %s, posted publicly, shows the address but links nothing', async (_what, topic) => {
    const interaction = slashCommand('stats', { topic, public: true })
    fake.dispatch('INTERACTION_CREATE', interaction)
    const { body } = await fake.waitForRequest((request) => request.path.endsWith(`/${interaction.token}/callback`))
    expect((body.data.flags ?? 0) & 64).toBe(0)
    const [embed] = body.data.embeds
    expect(embed.description).toContain('No figure in the paper is about')
    expect(embed.description).toContain('`https://evil.example/login')
    expect(liveUrls(embed.description)).toEqual([])
    expect(liveUrls(embed.title ?? '')).toEqual([])
  })
})
