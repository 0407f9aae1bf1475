import { describe, expect, it } from 'vitest'
import { createLogger } from '../../src/app/log.js'
import { buttonClick, slashCommand } from '../helpers/discord-payloads.js'
import { APPLICATION_ID, FakeDiscord } from '../helpers/fake-discord.js'
import { BOT_USER_ID, FakeSlack, signedHeaders } from '../helpers/fake-slack.js'
import { ASKER, buttonPayload, eventEnvelope, slashCommandForm } from '../helpers/slack-payloads.js'
import { eventsUrlOf, SLACK_SIGNING_SECRET, startDiscordBotOn, startSlackAppOn } from '../helpers/start-adapters.js'
import { captureStream } from '../helpers/streams.js'
import { waitUntil } from '../helpers/wait-until.js'

// Slack resends what it thinks was lost, an attacker may replay a request, and people double-click:
// each question is answered once, on the real Bolt and discord.js clients against the fakes.
const now = () => Math.floor(Date.now() / 1000)
const linesOf = (logs: { text(): string }, text: string) =>
  logs
    .text()
    .split('\n')
    .filter((line) => line.includes(text)).length

describe('answer once: Slack HTTP mode', () => {
  async function withApp(test: (context: { fake: FakeSlack; url: string; logs: ReturnType<typeof captureStream> }) => Promise<void>) {
    const fake = await FakeSlack.start()
    const logs = captureStream()
    const slack = await startSlackAppOn(fake, { log: createLogger(logs), rateLimit: { requests: 10_000 } })
    try {
      await test({ fake, url: eventsUrlOf(slack), logs })
    } finally {
      await slack.stop()
      await fake.close()
    }
  }
  const post = async (url: string, body: string, contentType: string, headers: Record<string, string>) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body })
    return { status: response.status, text: await response.text() }
  }

  it('posts one answer to an app_mention that Slack sends again twice', async () => {
    await withApp(async ({ fake, url, logs }) => {
      const body = JSON.stringify(
        eventEnvelope({
          type: 'app_mention',
          user: ASKER.id,
          text: `<@${BOT_USER_ID}> internet users`,
          ts: '1700000500.000100',
          channel: 'C0000000001',
        }),
      )
      expect((await post(url, body, 'application/json', signedHeaders(SLACK_SIGNING_SECRET, body))).status).toBe(200)
      // Slack's retries are signed afresh, so only the event id says they are the same event.
      for (const retry of [1, 2]) {
        const headers = {
          ...signedHeaders(SLACK_SIGNING_SECRET, body, now() + retry),
          'x-slack-retry-num': String(retry),
          'x-slack-retry-reason': 'http_timeout',
        }
        expect((await post(url, body, 'application/json', headers)).status).toBe(200)
      }
      await fake.waitFor((call) => call.name === 'chat.postMessage' && call.args.thread_ts === '1700000500.000100')
      await waitUntil(() => linesOf(logs, 'slack event already answered') === 2)
      expect(fake.calls.filter((call) => call.name === 'chat.postMessage')).toHaveLength(1)
    })
  })

  it('does not answer a signed slash command replayed 2 s later, and a forgery cannot block the genuine request', async () => {
    await withApp(async ({ fake, url }) => {
      const form = 'application/x-www-form-urlencoded'
      const body = slashCommandForm('/ask', 'internet users', fake.responseUrl('replayed'))
      const headers = signedHeaders(SLACK_SIGNING_SECRET, body)
      // A forgery sent first with the genuine request's signature is refused and not remembered.
      expect((await post(url, slashCommandForm('/ask', 'forged', fake.responseUrl('forged')), form, headers)).status).toBe(401)
      const first = await post(url, body, form, headers)
      expect(first.status).toBe(200)
      expect(first.text).toContain('1.05 billion')
      await new Promise((resolve) => setTimeout(resolve, 2_000))
      const replay = await post(url, body, form, headers)
      expect(replay.status).toBe(200)
      expect(replay.text).toBe('')
    })
  })

  it('posts a shared answer once when Share is clicked twice', async () => {
    await withApp(async ({ fake, url, logs }) => {
      const form = 'application/x-www-form-urlencoded'
      const command = slashCommandForm('/ask', 'digital economy', fake.responseUrl('asked'))
      const { text } = await post(url, command, form, signedHeaders(SLACK_SIGNING_SECRET, command))
      const share = (JSON.parse(text) as { blocks: Array<{ elements?: Array<{ action_id?: string; value?: string }> }> }).blocks
        .flatMap((block) => block.elements ?? [])
        .find((element) => element.action_id === 'share')!.value!
      for (const click of ['click-1', 'click-2']) {
        const payload = new URLSearchParams({ payload: JSON.stringify(buttonPayload('share', share, fake.responseUrl(click))) }).toString()
        expect((await post(url, payload, form, signedHeaders(SLACK_SIGNING_SECRET, payload))).status).toBe(200)
      }
      await fake.waitFor((call) => call.kind === 'response' && call.args.response_type === 'in_channel')
      await waitUntil(() => linesOf(logs, 'share already done') === 1)
      expect(fake.calls.filter((call) => call.kind === 'response' && call.args.response_type === 'in_channel')).toHaveLength(1)
    })
  })
})

describe('answer once: Slack Socket Mode', () => {
  it('posts one answer to a direct message that Slack sends again once', async () => {
    const fake = await FakeSlack.start()
    const logs = captureStream()
    const slack = await startSlackAppOn(fake, { appToken: 'xapp-t', log: createLogger(logs) })
    try {
      const envelope = eventEnvelope({
        type: 'message',
        channel: 'D0000000042',
        channel_type: 'im',
        user: ASKER.id,
        text: 'cross border e-commerce turnover',
        ts: '1700000600.000100',
      })
      await fake.sendEnvelope('events_api', envelope)
      await fake.sendEnvelope('events_api', envelope, false, 1)
      await fake.waitFor((call) => call.name === 'chat.postMessage' && call.args.channel === 'D0000000042')
      await waitUntil(() => linesOf(logs, 'slack event already answered') === 1)
      expect(fake.calls.filter((call) => call.name === 'chat.postMessage')).toHaveLength(1)
    } finally {
      await slack.stop()
      await fake.waitForSockets(0)
      await fake.close()
    }
  })
})

describe('answer once: Discord', () => {
  it('posts a shared answer once when Share is clicked twice', async () => {
    const fake = await FakeDiscord.start()
    const bot = await startDiscordBotOn(fake)
    try {
      const callback = (interaction: { id: string; token: string }) =>
        fake.waitForRequest((request) => request.path === `/api/v10/interactions/${interaction.id}/${interaction.token}/callback`)
      const asked = slashCommand('ask', { question: 'digital economy' })
      fake.dispatch('INTERACTION_CREATE', asked)
      const { body } = await callback(asked)
      const share = (body.data.components as Array<{ components: Array<{ custom_id: string; label: string }> }>)
        .flatMap((row) => row.components)
        .find((button) => button.label === 'Share to channel')!.custom_id
      const click = buttonClick(share)
      const again = { ...buttonClick(share), message: click.message }
      fake.dispatch('INTERACTION_CREATE', click)
      fake.dispatch('INTERACTION_CREATE', again)
      expect((await callback(click)).body.type).toBe(7)
      // The second click is acknowledged without changing anything.
      expect((await callback(again)).body.type).toBe(6)
      const followUps = () =>
        fake.requests.filter(
          (request) =>
            request.method === 'POST' &&
            (request.path === `/api/v10/webhooks/${APPLICATION_ID}/${click.token}` ||
              request.path === `/api/v10/webhooks/${APPLICATION_ID}/${again.token}`),
        )
      await waitUntil(() => followUps().length > 0)
      expect(followUps()).toHaveLength(1)
    } finally {
      await bot.stop()
      await fake.close()
    }
  })
})
