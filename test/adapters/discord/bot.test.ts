import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APOLOGY, EXPIRED } from '../../../commands/messages.js'
import packageJson from '../../../package.json' with { type: 'json' }
import type { DiscordBot } from '../../../src/adapters/discord/bot.js'
import { createLogger } from '../../../src/app/log.js'
import { openRetriever } from '../../../src/app/open-retriever.js'
import { ASKER, autocomplete, buttonClick, messageCommand, slashCommand } from '../../helpers/discord-payloads.js'
import { failingOnExplode } from '../../helpers/documents.js'
import { APPLICATION_ID, FakeDiscord, type RecordedRequest } from '../../helpers/fake-discord.js'
import { startDiscordBotOn } from '../../helpers/start-adapters.js'
import { captureStream } from '../../helpers/streams.js'
import { waitUntil } from '../../helpers/wait-until.js'

// The real discord.js client, against a fake Discord on 127.0.0.1.
let fake: FakeDiscord
let bot: DiscordBot
const logs = captureStream()
const EPHEMERAL = 64

beforeAll(async () => {
  fake = await FakeDiscord.start()
  // One question makes the core throw, to show the error boundary.
  const retriever = failingOnExplode(await openRetriever('corpus'))
  bot = await startDiscordBotOn(fake, {
    retriever,
    log: createLogger(logs),
    // These tests ask many questions as one user: the limit has its own test.
    rateLimit: { requests: 10_000 },
  })
})

afterAll(async () => {
  if (process.env.DUMP_LOGS) console.log(logs.text())
  await bot.stop()
  await fake.close()
})

type Interaction = { id: string; token: string }
const callbackOf = (interaction: Interaction) =>
  fake.waitForRequest((request) => request.path === `/api/v10/interactions/${interaction.id}/${interaction.token}/callback`)
const webhook = (interaction: Interaction) => `/api/v10/webhooks/${APPLICATION_ID}/${interaction.token}`

async function dispatch<T extends Interaction>(interaction: T): Promise<RecordedRequest> {
  fake.dispatch('INTERACTION_CREATE', interaction)
  return callbackOf(interaction)
}

const customIds = (data: { components?: Array<{ components: Array<{ custom_id: string; label: string }> }> }) =>
  (data.components ?? []).flatMap((row) => row.components.map((button) => [button.label, button.custom_id]))

describe('Discord: /ask', () => {
  it('answers privately with the quote, its linked source, the question restated, and no mentions', async () => {
    const interaction = slashCommand('ask', { question: 'how many 5g towers does China have @everyone <@123> <@&456>' })
    const { body } = await dispatch(interaction)
    expect(body.type).toBe(4)
    expect(body.data.flags & EPHEMERAL).toBe(EPHEMERAL)
    expect(body.data.allowed_mentions).toEqual({ parse: [] })
    const [embed] = body.data.embeds
    expect(embed.description).toContain('1.85 million **5G cell towers**')
    expect(embed.description).toMatch(/^“The country hosts the world's largest \*\*5G\*\* network/)
    expect(embed.url).toMatch(/^https:\/\/bricscompetition\.org\/news\/.*#:~:text=The%20country%20hosts/)
    expect(embed.title).toBe('China Issues White Paper on “Сommunity with Shared Future in Cyberspace”')
    expect(embed.author.name).toBe('Asked: how many 5g towers does China have')
    expect(embed.footer.text).toContain('BRICS Competition Law and Policy Centre, 7 November 2022, via Xinhua')
    expect(customIds(body.data).map(([label]) => label)).toEqual(['Share to channel'])
  })

  it('posts publicly at once with public:true, without a share button', async () => {
    const { body } = await dispatch(slashCommand('ask', { question: 'internet penetration rate', public: true }))
    expect((body.data.flags ?? 0) & EPHEMERAL).toBe(0)
    expect(body.data.embeds[0].description).toContain('74.4 percent')
    expect(customIds(body.data).map(([label]) => label)).not.toContain('Share to channel')
  })

  it('says when the paper has no answer, and what it covers', async () => {
    const { body } = await dispatch(slashCommand('ask', { question: 'who won the champions league final' }))
    expect(body.data.embeds[0].description).toContain("The paper doesn't say")
    expect(body.data.embeds[0].description).toContain('• 5G networks and subscribers')
    expect(body.data.components).toEqual([])
  })

  it('"More results" shows the next answers privately; "Share to channel" posts them for everyone', async () => {
    const { body } = await dispatch(slashCommand('ask', { question: 'digital economy' }))
    const buttons = Object.fromEntries(customIds(body.data))
    expect(Object.keys(buttons)).toEqual(['Share to channel', 'More results'])

    const more = buttonClick(buttons['More results']!)
    const moreReply = await dispatch(more)
    expect(moreReply.body.type).toBe(4)
    expect(moreReply.body.data.flags & EPHEMERAL).toBe(EPHEMERAL)
    expect(moreReply.body.data.embeds.length).toBeGreaterThanOrEqual(1)
    expect(moreReply.body.data.embeds[0].footer.text).toContain('answer 2 of')

    const share = buttonClick(buttons['Share to channel']!)
    const update = await dispatch(share)
    expect(update.body).toEqual({ type: 7, data: expect.objectContaining({ components: [] }) })
    const posted = await fake.waitForRequest((request) => request.method === 'POST' && request.path === webhook(share))
    expect((posted.body.flags ?? 0) & EPHEMERAL).toBe(0)
    expect(posted.body.allowed_mentions).toEqual({ parse: [] })
    expect(posted.body.embeds[0].description).toBe(body.data.embeds[0].description)
    expect(posted.body.embeds[0].footer.text).toContain(`Shared by ${ASKER.username}`)
  })

  it('answers a stale or forged button with a clear private message, posting nothing', async () => {
    for (const customId of ['share:not-a-key:first', 'more:gone', 'delete:everything']) {
      const { body } = await dispatch(buttonClick(customId))
      expect(body.data.flags & EPHEMERAL).toBe(EPHEMERAL)
      expect(body.data.embeds[0].description).toBe(EXPIRED)
    }
  })

  it('lets only the asker share a private answer', async () => {
    const { body } = await dispatch(slashCommand('ask', { question: 'global village' }))
    const share = Object.fromEntries(customIds(body.data))['Share to channel']!
    const stranger = { ...ASKER, id: '400000000000000009', username: 'someone' }
    const reply = await dispatch(buttonClick(share, stranger))
    expect(reply.body.data.embeds[0].description).toBe('Only the person who asked can share this answer.')
  })
})

describe('Discord: /stats', () => {
  it('defers, then edits in the figures with the chart attached', async () => {
    const interaction = slashCommand('stats', { topic: 'e-commerce' })
    const deferred = await dispatch(interaction)
    expect(deferred.body).toEqual({ type: 5, data: { flags: EPHEMERAL } })
    const edit = await fake.waitForRequest(
      (request) => request.method === 'PATCH' && request.path === `${webhook(interaction)}/messages/@original`,
    )
    expect(edit.body.allowed_mentions).toEqual({ parse: [] })
    const [embed] = edit.body.embeds
    expect(embed.title).toBe('Figures about “e-commerce”')
    expect(embed.description).toContain('• **1.92 trillion yuan** — turnover in China')
    expect(embed.image).toEqual({ url: 'attachment://chart.png' })
    expect(edit.files.map((file) => file.name)).toEqual(['chart.png'])
    expect(PNG.sync.read(edit.files[0]!.data).width).toBe(1200)
  })

  it('replies at once, without a chart, when no two figures share a unit', async () => {
    const { body } = await dispatch(slashCommand('stats', { topic: '5G', public: true }))
    expect(body.type).toBe(4)
    expect(body.data.embeds[0].description).toContain('• **1.85 million** — 5G cell towers')
    expect(body.data.embeds[0].image).toBeUndefined()
  })
})

describe('Discord: the gateway connection', () => {
  it('identifies once and keeps the connection alive with heartbeats', async () => {
    expect(fake.identified).toBe(1)
    await waitUntil(
      () => fake.heartbeats > 0,
      5_000,
      () => 'no heartbeat in 5 s',
    )
    expect(fake.heartbeats).toBeGreaterThan(0)
    // The fake's acknowledgement reaches the client a moment after the heartbeat
    // reaches the fake: the client has a ping once the round trip is complete.
    await waitUntil(
      () => bot.client.ws.ping >= 0,
      5_000,
      () => 'no heartbeat acknowledged in 5 s',
    )
  })
})

describe('Discord: autocomplete, context menu, other commands', () => {
  it('completes a question with what was typed and the sentences it finds', async () => {
    const { body } = await dispatch(autocomplete('ask', { question: '5g tow' }, 'question'))
    expect(body.type).toBe(8)
    const choices = body.data.choices as Array<{ name: string; value: string }>
    expect(choices[0]).toEqual({ name: '5g tow', value: '5g tow' })
    expect(choices.length).toBeLessThanOrEqual(25)
    expect(choices.some((choice) => choice.name.includes('1.85 million'))).toBe(true)
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100)
      expect(choice.value.length).toBeLessThanOrEqual(100)
    }
  })

  it('completes a stats topic with the figures it would list', async () => {
    const { body } = await dispatch(autocomplete('stats', { topic: 'internet' }, 'topic'))
    expect(body.data.choices[0]).toEqual({ name: '1.05 billion — internet users in China (June 2022)', value: 'internet users in China' })
  })

  it('"Find in white paper" looks up the text of a message', async () => {
    const { body } = await dispatch(messageCommand('Find in white paper', 'Did they say anything about 5G base stations? @here'))
    expect(body.data.flags & EPHEMERAL).toBe(EPHEMERAL)
    expect(body.data.embeds[0].description).toContain('1.85 million **5G cell towers**')
    expect(body.data.embeds[0].author.name).toBe('Asked: Did they say anything about 5G base stations?')
    expect(body.data.allowed_mentions).toEqual({ parse: [] })
  })

  it('lists the sources and explains the commands', async () => {
    const sources = await dispatch(slashCommand('sources'))
    expect(sources.body.data.embeds[0].fields[0].value).toContain('https://bricscompetition.org/news/')
    const help = await dispatch(slashCommand('help'))
    expect(help.body.data.embeds[0].description).toContain('• stats:')
  })

  it('/about says what the bot is, its sources and its version, privately and without buttons', async () => {
    const { body } = await dispatch(slashCommand('about'))
    expect(body.type).toBe(4)
    expect(body.data.flags & EPHEMERAL).toBe(EPHEMERAL)
    const [embed] = body.data.embeds
    expect(embed.description).toContain(`Cyberspace white paper bot, version ${packageJson.version}.`)
    expect(embed.description).toContain('BRICS Competition Law and Policy Centre, 7 November 2022, via Xinhua')
    expect(embed.description).toContain('https://bricscompetition.org/news/')
    expect(body.data.components).toEqual([])
  })

  it('answers a command sent without its options privately, saying what to do', async () => {
    const { body } = await dispatch(slashCommand('ask'))
    expect(body.data.flags & EPHEMERAL).toBe(EPHEMERAL)
    expect(body.data.embeds[0].description).toMatch(/^Ask a question in words — for example about/)
  })

  it('answers an unknown command privately', async () => {
    const { body } = await dispatch(slashCommand('delete-everything'))
    expect(body.data.flags & EPHEMERAL).toBe(EPHEMERAL)
    expect(body.data.embeds[0].description).toContain("I don't know /delete-everything")
  })

  it('apologises for an interaction that fails, logs it, and goes on serving', async () => {
    const failing = await dispatch(slashCommand('ask', { question: 'please explode' }))
    expect(failing.body.data.flags & EPHEMERAL).toBe(EPHEMERAL)
    expect(failing.body.data.embeds[0].description).toBe(APOLOGY)
    expect(logs.text()).toContain('index exploded')
    const next = await dispatch(slashCommand('ask', { question: 'internet users' }))
    expect(next.body.data.embeds[0].description).toContain('1.05 billion')
  })
})
