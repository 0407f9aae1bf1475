import { afterEach, describe, expect, it } from 'vitest'
import { APOLOGY } from '../../../commands/messages.js'
import type { SlackApp, SlackAppOptions } from '../../../src/adapters/slack/app.js'
import { answerNotPosted } from '../../../src/adapters/slack/conversation.js'
import { createLogger } from '../../../src/app/log.js'
import { BOT_USER_ID, FakeSlack, type SlackCall } from '../../helpers/fake-slack.js'
import { ASKER, eventEnvelope } from '../../helpers/slack-payloads.js'
import { startSlackAppOn } from '../../helpers/start-adapters.js'
import { captureStream } from '../../helpers/streams.js'
import { waitUntil } from '../../helpers/wait-until.js'

// Slack's limits on chat.postMessage are per channel: one busy channel must not hold the others.
describe('Slack replies under rate limits and slow posts (Socket Mode, the real Bolt)', () => {
  let fake: FakeSlack
  let slack: SlackApp | undefined
  const logs = captureStream()
  const start = async (extra: Partial<SlackAppOptions> = {}) => {
    fake = await FakeSlack.start()
    slack = await startSlackAppOn(fake, { appToken: 'xapp-t', log: createLogger(logs), rateLimit: { requests: 1000 }, ...extra })
  }
  afterEach(async () => {
    await slack?.stop()
    await fake.waitForSockets(0)
    await fake.close()
    slack = undefined
  })
  const mention = (channel: string, ts: string, question = 'internet users') =>
    fake.sendEnvelope(
      'events_api',
      eventEnvelope({ type: 'app_mention', user: ASKER.id, text: `<@${BOT_USER_ID}> ${question}`, ts, channel }),
    )
  const posts = (channel: string) => fake.calls.filter((call) => call.name === 'chat.postMessage' && call.args.channel === channel)
  const toAsker = (channel: string) => fake.calls.filter((call) => call.name === 'chat.postEphemeral' && call.args.channel === channel)

  it('a 429 with Retry-After 20 in one channel leaves other channels answered at once, and tells its asker', async () => {
    await start()
    fake.rateLimitOnce('chat.postMessage', 20, 'CBUSY000001')
    const started = Date.now()
    await mention('CBUSY000001', '1700000300.000100')
    await fake.waitFor((call) => call.name === 'chat.postMessage' && call.args.channel === 'CBUSY000001')
    await mention('CCALM000001', '1700000301.000100')
    const calm = await fake.waitFor((call) => call.name === 'chat.postMessage' && call.args.channel === 'CCALM000001', 3000)
    expect(JSON.stringify(calm.args.blocks)).toContain('1.05 billion')
    expect(Date.now() - started).toBeLessThan(3000)
    // The rate-limited answer is not dropped silently: its asker hears why, once, and no apology follows.
    const told: SlackCall = await fake.waitFor((call) => call.name === 'chat.postEphemeral' && call.args.channel === 'CBUSY000001', 3000)
    expect(told.args).toMatchObject({ user: ASKER.id, text: answerNotPosted(20), thread_ts: '1700000300.000100' })
    await waitUntil(() => logs.text().includes('slack reply not posted: rate limited'))
    expect(toAsker('CBUSY000001')).toHaveLength(1)
    expect(posts('CBUSY000001')).toHaveLength(1)
  })

  it('a short Retry-After is waited out and the answer posted, with no word to the asker', async () => {
    await start()
    fake.rateLimitOnce('chat.postMessage', 1, 'CBUSY000002')
    await mention('CBUSY000002', '1700000400.000100')
    await waitUntil(() => posts('CBUSY000002').length === 2, 4000)
    expect(JSON.stringify(posts('CBUSY000002')[1]!.args.blocks)).toContain('1.05 billion')
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(toAsker('CBUSY000002')).toEqual([])
  })

  it('past its own wait cap, a reply gives up even for a Retry-After of 2 s', async () => {
    await start({ maxReplyWaitMs: 1000 })
    fake.rateLimitOnce('chat.postMessage', 2, 'CBUSY000003')
    await mention('CBUSY000003', '1700000500.000100')
    const told = await fake.waitFor((call) => call.name === 'chat.postEphemeral' && call.args.channel === 'CBUSY000003', 1500)
    expect(told.args.text).toBe(answerNotPosted(2))
  })

  it('a post that times out is neither retried nor followed by an apology: Slack may have posted it', async () => {
    await start({ apiTimeoutMs: 300, apiRetries: 2 })
    fake.slow.set('chat.postMessage', 1000)
    await mention('CSLOW000001', '1700000600.000100', '5g towers')
    await waitUntil(() => logs.text().includes('slack reply may not have been posted'), 3000)
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(posts('CSLOW000001')).toHaveLength(1)
    expect(toAsker('CSLOW000001').filter((call) => call.args.text === APOLOGY)).toEqual([])
  })
})
