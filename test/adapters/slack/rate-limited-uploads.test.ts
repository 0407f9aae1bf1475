import { afterEach, describe, expect, it } from 'vitest'
import { APOLOGY } from '../../../commands/messages.js'
import type { SlackApp } from '../../../src/adapters/slack/app.js'
import { chartNotPosted } from '../../../src/adapters/slack/charts.js'
import { createLogger } from '../../../src/app/log.js'
import { BOT_USER_ID, FakeSlack } from '../../helpers/fake-slack.js'
import { ASKER, eventEnvelope, slashCommandPayload } from '../../helpers/slack-payloads.js'
import { startSlackAppOn } from '../../helpers/start-adapters.js'
import { captureStream } from '../../helpers/streams.js'
import { waitUntil } from '../../helpers/wait-until.js'

// Chart uploads and App Home are replies too: a 429 on them is waited out only within the per-call cap (5 s).
describe('Slack chart uploads and App Home under 429 (Socket Mode, the real Bolt)', () => {
  let fake: FakeSlack
  let slack: SlackApp | undefined
  const logs = captureStream()
  const start = async () => {
    fake = await FakeSlack.start()
    slack = await startSlackAppOn(fake, { appToken: 'xapp-t', log: createLogger(logs), rateLimit: { requests: 1000 } })
  }
  afterEach(async () => {
    await slack?.stop()
    await fake.waitForSockets(0)
    await fake.close()
    slack = undefined
  })
  const mention = (channel: string, ts: string, question: string) =>
    fake.sendEnvelope(
      'events_api',
      eventEnvelope({ type: 'app_mention', user: ASKER.id, text: `<@${BOT_USER_ID}> ${question}`, ts, channel }),
    )
  const completed = (channel: string) =>
    fake.calls.filter((call) => call.name === 'files.completeUploadExternal' && call.args.channel_id === channel)
  const toAsker = (channel: string) => fake.calls.filter((call) => call.name === 'chat.postEphemeral' && call.args.channel === channel)

  it("a chart upload told Retry-After 20 gives up at once, tells its asker, and another channel's chart is posted meanwhile", async () => {
    await start()
    fake.rateLimitOnce('files.getUploadURLExternal', 20)
    const started = Date.now()
    await mention('CBUSY000010', '1700000900.000100', 'stats growth')
    const told = await fake.waitFor((call) => call.name === 'chat.postEphemeral' && call.args.channel === 'CBUSY000010', 5_000)
    expect(told.args).toMatchObject({ user: ASKER.id, text: chartNotPosted(20), thread_ts: '1700000900.000100' })
    await mention('CCALM000010', '1700000901.000100', 'stats growth')
    await waitUntil(() => completed('CCALM000010').length === 1, 3_000)
    expect(Date.now() - started).toBeLessThan(5_000)
    // The answer was posted: the asker hears about the chart alone, once, and no apology follows it.
    await waitUntil(() => logs.text().includes('slack chart not posted: rate limited'))
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(toAsker('CBUSY000010').map((call) => call.args.text)).toEqual([chartNotPosted(20)])
    expect(fake.calls.some((call) => call.args.text === APOLOGY)).toBe(false)
    expect(completed('CBUSY000010')).toEqual([])
  })

  it('a short Retry-After on completing the upload is waited out and the chart posted, with no word to the asker', async () => {
    await start()
    fake.rateLimitOnce('files.completeUploadExternal', 1, 'CBUSY000011')
    await mention('CBUSY000011', '1700000910.000100', 'stats growth')
    await waitUntil(() => completed('CBUSY000011').length === 2, 5_000)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(toAsker('CBUSY000011')).toEqual([])
  })

  it("/stats: the chart for the asker's direct messages, rate-limited, is given up and the asker told through the response_url", async () => {
    await start()
    fake.rateLimitOnce('conversations.open', 20)
    const ack = await fake.sendEnvelope('slash_commands', slashCommandPayload('/stats', 'e-commerce', fake.responseUrl('stats-429')), true)
    expect(JSON.stringify(ack.payload.blocks)).toContain('1.92 trillion yuan')
    const told = await fake.waitFor((call) => call.kind === 'response' && call.name === 'stats-429', 5_000)
    expect(told.args).toMatchObject({ response_type: 'ephemeral', text: chartNotPosted(20) })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(fake.calls.filter((call) => call.kind === 'response')).toHaveLength(1)
  })

  it('App Home told Retry-After 20 gives up within the cap and is logged, while a mention elsewhere is answered', async () => {
    await start()
    fake.rateLimitOnce('views.publish', 20)
    const started = Date.now()
    await fake.sendEnvelope('events_api', eventEnvelope({ type: 'app_home_opened', user: ASKER.id, channel: 'D0000000042', tab: 'home' }))
    await mention('CCALM000012', '1700000920.000100', 'internet users')
    const answer = await fake.waitFor((call) => call.name === 'chat.postMessage' && call.args.channel === 'CCALM000012', 3_000)
    expect(JSON.stringify(answer.args.blocks)).toContain('1.05 billion')
    await waitUntil(() => logs.text().includes('slack home not published: rate limited'), 5_000)
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(fake.calls.filter((call) => call.name === 'views.publish')).toHaveLength(1)
  })

  it('App Home told Retry-After 1 waits it out and is published', async () => {
    await start()
    fake.rateLimitOnce('views.publish', 1)
    await fake.sendEnvelope('events_api', eventEnvelope({ type: 'app_home_opened', user: ASKER.id, channel: 'D0000000042', tab: 'home' }))
    await waitUntil(() => fake.calls.filter((call) => call.name === 'views.publish').length === 2, 4_000)
    expect(logs.text()).not.toContain('slack home failed')
  })
})
