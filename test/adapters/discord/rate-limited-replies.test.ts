import { afterEach, describe, expect, it } from 'vitest'
import { APOLOGY } from '../../../commands/messages.js'
import type { DiscordBot } from '../../../src/adapters/discord/bot.js'
import { replyNotPosted } from '../../../src/adapters/discord/reply-rate-limit.js'
import { createLogger } from '../../../src/app/log.js'
import { slashCommand } from '../../helpers/discord-payloads.js'
import { APPLICATION_ID, FakeDiscord } from '../../helpers/fake-discord.js'
import { startDiscordBotOn } from '../../helpers/start-adapters.js'
import { captureStream } from '../../helpers/streams.js'
import { waitUntil } from '../../helpers/wait-until.js'

// discord.js would wait out any Retry-After, holding the reply for as long as Discord says; a reply waits 5 s at most.
describe('Discord chart replies under 429 (the real discord.js)', () => {
  let fake: FakeDiscord
  let bot: DiscordBot | undefined
  const logs = captureStream()
  afterEach(async () => {
    await bot?.stop()
    await fake.close()
    bot = undefined
  })
  const start = async () => {
    fake = await FakeDiscord.start()
    bot = await startDiscordBotOn(fake, { log: createLogger(logs), rateLimit: { requests: 1000 } })
  }
  const original = (token: string) => new RegExp(`^/api/v10/webhooks/${APPLICATION_ID}/${token}/messages/@original$`)
  const edits = (token: string) => fake.requests.filter((request) => request.method === 'PATCH' && original(token).test(request.path))
  const followUps = (token: string) =>
    fake.requests.filter((request) => request.method === 'POST' && request.path === `/api/v10/webhooks/${APPLICATION_ID}/${token}`)

  it("a chart edit told Retry-After 20 gives up within the cap, tells its asker, and another interaction's chart is posted meanwhile", async () => {
    await start()
    const busy = slashCommand('stats', { topic: 'e-commerce' })
    fake.rateLimitOnce('PATCH', original(busy.token), 20)
    const started = Date.now()
    fake.dispatch('INTERACTION_CREATE', busy)
    await waitUntil(() => edits(busy.token).length === 1, 5_000)
    const calm = slashCommand('stats', { topic: 'e-commerce' })
    fake.dispatch('INTERACTION_CREATE', calm)
    await waitUntil(() => edits(calm.token).length === 1, 3_000)
    expect(edits(calm.token)[0]!.files.map((file) => file.name)).toEqual(['chart.png'])

    await waitUntil(() => followUps(busy.token).length === 1, 5_000)
    expect(Date.now() - started).toBeLessThan(5_000)
    const told = followUps(busy.token)[0]!
    expect(told.body.embeds[0].description).toBe(replyNotPosted(20))
    expect(told.body.flags & 64).toBe(64)
    // One outcome: the word that it was not posted, without an apology after it, and no late retry of the edit.
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(followUps(busy.token)).toHaveLength(1)
    expect(fake.requests.some((request) => request.body?.embeds?.[0]?.description === APOLOGY)).toBe(false)
    expect(edits(busy.token)).toHaveLength(1)
    expect(logs.text()).toContain('discord reply not posted: rate limited')
  })

  it('a Retry-After of 1 s is waited out and the chart posted, with no word to the asker', async () => {
    await start()
    const asked = slashCommand('stats', { topic: 'e-commerce' })
    fake.rateLimitOnce('PATCH', original(asked.token), 1)
    fake.dispatch('INTERACTION_CREATE', asked)
    await waitUntil(() => edits(asked.token).length === 2, 5_000)
    expect(edits(asked.token)[1]!.files.map((file) => file.name)).toEqual(['chart.png'])
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(followUps(asked.token)).toEqual([])
  })
})
