import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SlackApp } from '../../../src/adapters/slack/app.js'
import { BOT_USER_ID, FakeSlack } from '../../helpers/fake-slack.js'
import { ASKER, buttonPayload, eventEnvelope, slashCommandPayload } from '../../helpers/slack-payloads.js'
import { startSlackAppOn } from '../../helpers/start-adapters.js'

// The real Bolt app in Socket Mode, against a fake Slack WebSocket on 127.0.0.1.
let fake: FakeSlack
let slack: SlackApp

beforeAll(async () => {
  fake = await FakeSlack.start()
  slack = await startSlackAppOn(fake, { appToken: 'xapp-test-token' })
})

afterAll(async () => {
  await slack.stop()
  // Bolt's stop resolves before its socket has closed; closing the fake first would leave it reconnecting.
  await fake.waitForSockets(0)
  await fake.close()
})

describe('Slack Socket Mode', () => {
  it('opens the connection with the app token and waits for hello', async () => {
    const opened = await fake.waitFor((call) => call.name === 'apps.connections.open')
    expect(opened.authorization).toBe('Bearer xapp-test-token')
    expect(fake.socketCount).toBe(1)
  })

  it('acknowledges a slash command envelope with the private answer as its payload', async () => {
    const ack = await fake.sendEnvelope(
      'slash_commands',
      slashCommandPayload('/ask', 'internet penetration rate', fake.responseUrl('socket-1')),
      true,
    )
    expect(ack.payload.response_type).toBe('ephemeral')
    expect(JSON.stringify(ack.payload.blocks)).toContain('74.4 percent')
  })

  it('acknowledges an event envelope, then answers the mention in its thread', async () => {
    const ack = await fake.sendEnvelope(
      'events_api',
      eventEnvelope({
        type: 'app_mention',
        user: ASKER.id,
        text: `<@${BOT_USER_ID}> 5g subscribers`,
        ts: '1700000009.000100',
        channel: 'C0000000001',
      }),
    )
    expect(ack.envelope_id).toMatch(/^envelope-/)
    const posted = await fake.waitFor((call) => call.name === 'chat.postMessage' && call.args.thread_ts === '1700000009.000100')
    expect(JSON.stringify(posted.args.blocks)).toContain('455 million')
  })

  it('acknowledges an interactive envelope and answers a stale button on its response_url', async () => {
    const ack = await fake.sendEnvelope('interactive', buttonPayload('more', 'gone', fake.responseUrl('socket-more')))
    expect(ack.envelope_id).toMatch(/^envelope-/)
    const reply = await fake.waitFor((call) => call.name === 'socket-more')
    expect(reply.args.response_type).toBe('ephemeral')
  })
})
