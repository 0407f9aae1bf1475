import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APOLOGY, EXPIRED } from '../../../commands/messages.js'
import packageJson from '../../../package.json' with { type: 'json' }
import type { SlackApp } from '../../../src/adapters/slack/app.js'
import { createLogger } from '../../../src/app/log.js'
import { openRetriever } from '../../../src/app/open-retriever.js'
import { failingOnExplode } from '../../helpers/documents.js'
import { BOT_USER_ID, FakeSlack, signedHeaders } from '../../helpers/fake-slack.js'
import { ASKER, buttonPayload, eventEnvelope, messageShortcutPayload, slashCommandForm } from '../../helpers/slack-payloads.js'
import { eventsUrlOf, SLACK_SIGNING_SECRET, startSlackAppOn } from '../../helpers/start-adapters.js'
import { captureStream } from '../../helpers/streams.js'

const CHART_WAIT_MS = 15_000

// The real Bolt app in HTTP mode, against a fake Slack on 127.0.0.1.
const SECRET = SLACK_SIGNING_SECRET
let fake: FakeSlack
let slack: SlackApp
let eventsUrl: string
const logs = captureStream()

beforeAll(async () => {
  fake = await FakeSlack.start()
  const retriever = failingOnExplode(await openRetriever('corpus'))
  slack = await startSlackAppOn(fake, {
    retriever,
    log: createLogger(logs),
    // These tests ask many questions as one user: the limit has its own test.
    rateLimit: { requests: 10_000 },
  })
  eventsUrl = eventsUrlOf(slack)
})

afterAll(async () => {
  await slack.stop()
  await fake.close()
})

// biome-ignore lint/suspicious/noExplicitAny: a reply is JSON of any shape, asserted on field by field
type Sent = { status: number; json: any }

async function post(body: string, contentType: string, headers = signedHeaders(SECRET, body)): Promise<Sent> {
  const response = await fetch(eventsUrl, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body })
  const text = await response.text()
  return { status: response.status, json: text.startsWith('{') ? JSON.parse(text) : text }
}
const form = 'application/x-www-form-urlencoded'
const slash = (command: string, text: string, id = `r${Math.random()}`) => post(slashCommandForm(command, text, fake.responseUrl(id)), form)
const interactive = (payload: unknown) => post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), form)
const event = (payload: unknown) => post(JSON.stringify(payload), 'application/json')
const texts = (blocks: Array<{ text?: { text: string }; elements?: Array<{ text?: string; value?: string; action_id?: string }> }>) =>
  blocks.flatMap((block) => [block.text?.text ?? '', ...(block.elements ?? []).map((element) => element.text ?? '')]).join('\n')
const buttons = (blocks: Array<{ type: string; elements?: Array<{ action_id?: string; value?: string }> }>) =>
  Object.fromEntries(
    blocks.filter((block) => block.type === 'actions').flatMap((block) => block.elements!.map((e) => [e.action_id, e.value])),
  )

describe('Slack HTTP mode: request verification', () => {
  it('rejects a forged signature and a stale timestamp with 401, and answers nothing', async () => {
    const body = slashCommandForm('/ask', 'internet users', fake.responseUrl('forged'))
    const forged = await post(body, form, {
      'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)),
      'x-slack-signature': 'v0=deadbeef',
    })
    expect(forged.status).toBe(401)
    const stale = await post(body, form, signedHeaders(SECRET, body, Math.floor(Date.now() / 1000) - 10 * 60))
    expect(stale.status).toBe(401)
    const unsigned = await post(body, form, {})
    expect(unsigned.status).toBe(401)
    expect(fake.calls.filter((call) => call.name === 'forged')).toEqual([])
  })
})

describe('Slack HTTP mode: malformed and hostile requests', () => {
  const now = () => Math.floor(Date.now() / 1000)
  const countLogs = (text: string) =>
    logs
      .text()
      .split('\n')
      .filter((line) => line.includes(text)).length

  it('refuses a timestamp from the future, logging it once', async () => {
    const body = slashCommandForm('/ask', 'internet users', fake.responseUrl('future'))
    const before = countLogs('the request timestamp is too old or in the future')
    expect((await post(body, form, signedHeaders(SECRET, body, now() + 3600))).status).toBe(401)
    expect(countLogs('the request timestamp is too old or in the future')).toBe(before + 1)
  })

  it('refuses a body over 1 MB before reading it, signed or not', async () => {
    const body = slashCommandForm('/ask', 'x'.repeat(1_100_000), fake.responseUrl('big'))
    expect((await post(body, form)).status).toBe(413)
    expect((await post(body, form, {})).status).toBe(413)
  })

  it.each([
    ['broken JSON', '{"type": "event_callback", ', 'application/json'],
    ['an interactive payload that is not JSON', 'payload=%7Bnot%20json', form],
    ['an empty body', '', 'application/json'],
    ['an unknown content type', 'hello', 'text/plain'],
  ])('answers %s with 400, and keeps serving', async (_what, body, type) => {
    expect((await post(body, type)).status).toBe(400)
    expect(texts((await slash('/ask', 'internet users')).json.blocks)).toContain('1.05 billion')
  })
})

describe('Slack HTTP mode: /ask', () => {
  it('answers privately in the acknowledgement: quote in bold, linked source, question restated, escaped', async () => {
    const { status, json } = await slash('/ask', 'how many 5g towers does china have <!channel> <@U999> & <b>')
    expect(status).toBe(200)
    expect(json.response_type).toBe('ephemeral')
    const all = texts(json.blocks)
    expect(all).toContain('Asked: how many 5g towers does china have &amp; &lt;b&gt;')
    expect(all).not.toMatch(/<!channel>|<@U999>/)
    expect(all).toContain('1.85 million *5G cell towers*')
    expect(all).toMatch(/<https:\/\/bricscompetition\.org\/news\/[^|]*#:~:text=The%20country%20hosts[^|]*\|China Issues White Paper/)
    expect(all).toContain('BRICS Competition Law and Policy Centre, 7 November 2022, via Xinhua')
    expect(Object.keys(buttons(json.blocks))).toEqual(['share'])
  })

  it('says when the paper does not answer, and what it covers', async () => {
    const { json } = await slash('/ask', 'who won the champions league final')
    expect(texts(json.blocks)).toContain("The paper doesn't say")
    expect(texts(json.blocks)).toContain('• 5G networks and subscribers')
  })

  it('"More results" answers privately; "Share to channel" posts for everyone and removes the private copy', async () => {
    const { json } = await slash('/ask', 'digital economy')
    const { share, more } = buttons(json.blocks) as { share: string; more: string }
    expect(more).toBeDefined()

    expect((await interactive(buttonPayload('more', more, fake.responseUrl('more-1')))).status).toBe(200)
    const moreReply = await fake.waitFor((call) => call.kind === 'response' && call.name === 'more-1')
    expect(moreReply.args).toMatchObject({ response_type: 'ephemeral', replace_original: false })
    expect(texts(moreReply.args.blocks)).toContain('answer 2 of')

    await interactive(buttonPayload('share', share, fake.responseUrl('share-1')))
    await fake.waitFor((call) => call.kind === 'response' && call.name === 'share-1' && call.args.delete_original === true)
    const posted = await fake.waitFor(
      (call) => call.kind === 'response' && call.name === 'share-1' && call.args.response_type === 'in_channel',
    )
    expect(texts(posted.args.blocks)).toContain(
      texts(json.blocks)
        .split('\n')
        .find((line) => line.startsWith('>')),
    )
    expect(texts(posted.args.blocks)).toContain(`Shared by ${ASKER.name}`)
    expect(texts(posted.args.blocks)).not.toContain('<@')
  })

  it('answers a button on another instance with the same signing secret, as behind a load balancer', async () => {
    const { json } = await slash('/ask', 'global village')
    const { share } = buttons(json.blocks) as { share: string }
    const other = await startSlackAppOn(fake)
    try {
      const body = new URLSearchParams({ payload: JSON.stringify(buttonPayload('share', share, fake.responseUrl('other-1'))) }).toString()
      const url = eventsUrlOf(other)
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': form, ...signedHeaders(SECRET, body) }, body })
      expect(response.status).toBe(200)
      const posted = await fake.waitFor((call) => call.name === 'other-1' && call.args.response_type === 'in_channel')
      expect(texts(posted.args.blocks)).toContain('global village')
    } finally {
      await other.stop()
    }
  })

  it('answers a stale or forged button privately and posts nothing', async () => {
    await interactive(buttonPayload('share', 'bm8ta2V5.c2lnbmF0dXJl', fake.responseUrl('stale-1')))
    const reply = await fake.waitFor((call) => call.name === 'stale-1')
    expect(reply.args).toMatchObject({ response_type: 'ephemeral', text: EXPIRED })
    await interactive(buttonPayload('share', '<!channel> spam', fake.responseUrl('forged-1')))
    expect((await fake.waitFor((call) => call.name === 'forged-1')).args.text).toBe(EXPIRED)
    expect(fake.calls.filter((call) => ['stale-1', 'forged-1'].includes(call.name) && call.args.response_type === 'in_channel')).toEqual([])
  })

  it('apologises privately when a request fails, logs it, and goes on serving', async () => {
    const failed = await slash('/ask', 'please explode')
    expect(failed.json).toEqual({ response_type: 'ephemeral', text: APOLOGY })
    expect(logs.text()).toContain('index exploded')
    expect(texts((await slash('/ask', 'internet users')).json.blocks)).toContain('1.05 billion')
  })
})

describe('Slack HTTP mode: /stats', () => {
  it("lists the figures privately and uploads the chart to the asker's direct messages", async () => {
    const { json } = await slash('/stats', 'e-commerce')
    expect(json.response_type).toBe('ephemeral')
    expect(texts(json.blocks)).toContain('• *1.92 trillion yuan* — turnover in China')
    expect(texts(json.blocks)).toContain('chart sent to you in a direct message')
    // The first chart of a process loads the renderer: under a full test run that alone can take seconds.
    await fake.waitFor((call) => call.name === 'conversations.open' && call.args.users === ASKER.id, CHART_WAIT_MS)
    const upload = await fake.waitFor((call) => call.kind === 'upload', CHART_WAIT_MS)
    expect(PNG.sync.read(upload.bytes!).width).toBe(1200)
    const completed = await fake.waitFor((call) => call.name === 'files.completeUploadExternal', CHART_WAIT_MS)
    expect(completed.args.channel_id).toBe(`D${ASKER.id}`)
    expect(completed.args.files[0]).toMatchObject({ id: upload.name, title: 'Amounts in yuan — “e-commerce”' })
  })
})

describe('Slack HTTP mode: mentions, direct messages, the shortcut and App Home', () => {
  it('answers a mention in a thread under it', async () => {
    expect(
      (
        await event(
          eventEnvelope({
            type: 'app_mention',
            user: ASKER.id,
            text: `<@${BOT_USER_ID}> how many internet users <!here>`,
            ts: '1700000001.000100',
            channel: 'C0000000001',
          }),
        )
      ).status,
    ).toBe(200)
    const posted = await fake.waitFor((call) => call.name === 'chat.postMessage' && call.args.thread_ts === '1700000001.000100')
    expect(posted.args.channel).toBe('C0000000001')
    expect(texts(posted.args.blocks)).toContain('1.05 billion')
    expect(texts(posted.args.blocks)).toContain('Asked: how many internet users')
    expect(posted.authorization).toBe('Bearer xoxb-test-token')
  })

  it('runs stats from a mention, uploading the chart into the thread', async () => {
    await event(
      eventEnvelope({
        type: 'app_mention',
        user: ASKER.id,
        text: `<@${BOT_USER_ID}> stats growth`,
        ts: '1700000002.000100',
        channel: 'C0000000001',
      }),
    )
    const posted = await fake.waitFor((call) => call.name === 'chat.postMessage' && call.args.thread_ts === '1700000002.000100')
    expect(texts(posted.args.blocks)).toContain('*12 percent*')
    const completed = await fake.waitFor(
      (call) => call.name === 'files.completeUploadExternal' && call.args.thread_ts === '1700000002.000100',
    )
    expect(completed.args.channel_id).toBe('C0000000001')
  })

  it('answers a direct message in the DM', async () => {
    await event(
      eventEnvelope({
        type: 'message',
        channel: 'D0000000042',
        channel_type: 'im',
        user: ASKER.id,
        text: 'cross border e-commerce turnover',
        ts: '1700000003.000100',
      }),
    )
    const posted = await fake.waitFor((call) => call.name === 'chat.postMessage' && call.args.channel === 'D0000000042')
    expect(texts(posted.args.blocks)).toContain('1.92 trillion yuan')
  })

  it('"Find in white paper" answers privately about the message\'s text', async () => {
    await interactive(
      messageShortcutPayload('Did the paper say anything about 5G base stations? <!everyone>', fake.responseUrl('shortcut-1')),
    )
    const reply = await fake.waitFor((call) => call.name === 'shortcut-1')
    expect(reply.args.response_type).toBe('ephemeral')
    expect(texts(reply.args.blocks)).toContain('1.85 million *5G cell towers*')
  })

  it('/about and "@bot about" say what the bot is, its sources and its version', async () => {
    const { json } = await slash('/about', '')
    expect(json.response_type).toBe('ephemeral')
    const about = texts(json.blocks)
    expect(about).toContain(`Cyberspace white paper bot, version ${packageJson.version}.`)
    expect(about).toContain('BRICS Competition Law and Policy Centre, 7 November 2022, via Xinhua')
    expect(buttons(json.blocks)).toEqual({})
    await event(
      eventEnvelope({
        type: 'app_mention',
        user: ASKER.id,
        text: `<@${BOT_USER_ID}> about`,
        ts: '1700000004.000100',
        channel: 'C0000000001',
      }),
    )
    const posted = await fake.waitFor((call) => call.name === 'chat.postMessage' && call.args.thread_ts === '1700000004.000100')
    expect(texts(posted.args.blocks)).toContain(`version ${packageJson.version}`)
  })

  it('publishes the App Home: the documents, their links and how to ask', async () => {
    await event(eventEnvelope({ type: 'app_home_opened', user: ASKER.id, channel: 'D0000000042', tab: 'home' }))
    const published = await fake.waitFor((call) => call.name === 'views.publish')
    expect(published.args.user_id).toBe(ASKER.id)
    const home = texts(published.args.view.blocks)
    expect(home).toContain('https://bricscompetition.org/news/')
    expect(home).toContain('/ask —')
  })
})
