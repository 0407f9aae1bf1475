import { rm } from 'node:fs/promises'
import { isDeepStrictEqual } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMINS_ONLY, EXPIRED, THANKS_NOTED, WHAT_WAS_WRONG } from '../../commands/messages.js'
import type { DiscordBot } from '../../src/adapters/discord/bot.js'
import type { SlackApp } from '../../src/adapters/slack/app.js'
import { createLogger } from '../../src/app/log.js'
import { openRetriever } from '../../src/app/open-retriever.js'
import { type Recording, recordingTo } from '../../src/app/recording.js'
import type { Retriever } from '../../src/core/retriever.js'
import { type OpenStore, openStore } from '../../src/store/open-store.js'
import { readUsageReport } from '../../src/store/usage-report.js'
import { createUserHasher } from '../../src/store/user-hash.js'
import * as discordPayloads from '../helpers/discord-payloads.js'
import { FakeDiscord, type RecordedRequest } from '../helpers/fake-discord.js'
import { FakeSlack, signedHeaders } from '../helpers/fake-slack.js'
import * as slackPayloads from '../helpers/slack-payloads.js'
import { eventsUrlOf, SLACK_SIGNING_SECRET, startDiscordBotOn, startSlackAppOn } from '../helpers/start-adapters.js'
import { emptyPgliteFolder } from '../helpers/store-backends.js'
import { captureStream } from '../helpers/streams.js'
import { waitUntil } from '../helpers/wait-until.js'

// Recording, 👍/👎 and /report through the real discord.js client and the real Bolt app, against the local
// fakes, into a real (embedded) request store: what a user does ends up as rows, and only as hashes of who.
const HASH_SECRET = 'a-user-hash-secret-for-tests'
const hash = createUserHasher(HASH_SECRET)
const DISCORD_ADMIN = { ...discordPayloads.ASKER, id: '400000000000000099', username: 'lead' }
const SLACK_ADMIN = { id: 'U0000000099', name: 'lead' }
const EPHEMERAL = 64

let dataDir: string
let store: OpenStore
let recording: Recording
let retriever: Retriever
/** The passage Discord's answer quoted, as its footer names it. */
let quoted = ''
const logs = captureStream()

beforeAll(async () => {
  dataDir = await emptyPgliteFolder()
  store = await openStore({ dataDir, keepQuestions: true, retentionDays: 90, userHashSecret: HASH_SECRET }, createLogger(logs))
  recording = recordingTo(store)
  retriever = await openRetriever('corpus')
})

afterAll(async () => {
  await store.close()
  await rm(dataDir, { recursive: true, force: true })
})

type Row = Record<string, unknown>
const rows = (sql: string, params: unknown[] = []) => store.db.query<Row>(sql, params)
/** Waits until the recorder has written what the platforms handed it. */
async function settled(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve))
  await store.recorder.flush()
}
/** The rows once they are as expected: the platforms record after replying, so a moment after the reply arrives. */
async function eventually(sql: string, params: unknown[], expected: Row[]): Promise<Row[]> {
  const deadline = Date.now() + 5000
  let found: Row[] = []
  while (Date.now() < deadline) {
    await settled()
    found = await rows(sql, params)
    if (isDeepStrictEqual(found, expected)) break
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  return found
}
async function expectRows(sql: string, params: unknown[], expected: Row[]): Promise<void> {
  expect(await eventually(sql, params, expected)).toEqual(expected)
}
/** The rows once there are `count` of them, or what there is after 5 s; and nothing more written a moment later. */
async function counted(sql: string, count: number): Promise<Row[]> {
  const deadline = Date.now() + 5000
  while ((await rows(sql)).length < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25))
  await new Promise((resolve) => setTimeout(resolve, 100))
  await settled()
  return rows(sql)
}

describe('Discord, recorded', () => {
  let fake: FakeDiscord
  let bot: DiscordBot
  const start = () =>
    startDiscordBotOn(fake, { retriever, log: createLogger(logs), ...recording, admins: [DISCORD_ADMIN.id], rateLimit: { requests: 1000 } })

  beforeAll(async () => {
    fake = await FakeDiscord.start()
    bot = await start()
  })
  afterAll(async () => {
    await bot.stop()
    await fake.close()
  })

  const dispatch = async (interaction: { id: string; token: string }): Promise<RecordedRequest> => {
    fake.dispatch('INTERACTION_CREATE', interaction)
    return fake.waitForRequest((request) => request.path === `/api/v10/interactions/${interaction.id}/${interaction.token}/callback`)
  }
  const buttonsOf = (body: RecordedRequest['body']) =>
    (body.data.components ?? []).flatMap((row: { components: Array<{ custom_id: string; emoji?: { name: string } }> }) => row.components)
  let up = ''
  let down = ''
  let requestId = ''

  it('records a question as exactly one row, with the user as a keyed hash and never the raw id', async () => {
    const { body } = await dispatch(discordPayloads.slashCommand('ask', { question: 'how many 5g towers does china have' }))
    quoted = /passage (\S+)$/.exec(body.data.embeds[0].footer.text)?.[1] ?? 'no passage shown'
    const votes = buttonsOf(body).filter((button: { emoji?: { name: string } }) => button.emoji)
    expect(votes.map((button: { emoji: { name: string } }) => button.emoji.name)).toEqual(['👍', '👎'])
    for (const button of votes) expect(button.custom_id.length).toBeLessThanOrEqual(100)
    ;[up, down] = votes.map((button: { custom_id: string }) => button.custom_id)
    const recorded = await counted("SELECT * FROM requests WHERE platform = 'discord'", 1)
    expect(recorded).toHaveLength(1)
    const [row] = recorded as [Row]
    requestId = String(row.id)
    expect(up).toContain(requestId)
    expect(row).toMatchObject({
      workspace: '200',
      user_hash: hash('discord', discordPayloads.ASKER.id),
      command: 'ask',
      question: 'how many 5g towers does china have',
      outcome: 'answered',
    })
    expect(JSON.stringify(row)).not.toContain(discordPayloads.ASKER.id)
    const [first] = row.passages as Array<{ id: string; score: number }>
    expect(first).toEqual({ id: quoted, score: expect.any(Number) })
    expect(row.latency_ms).toEqual(expect.any(Number))
  })

  it('thanks a 👍 privately and records it once; a 👎 replaces it and opens the "what was wrong" form', async () => {
    const thanks = await dispatch(discordPayloads.buttonClick(up))
    expect(thanks.body).toMatchObject({ type: 4, data: { content: THANKS_NOTED, flags: EPHEMERAL } })
    await dispatch(discordPayloads.buttonClick(up))
    await expectRows('SELECT vote FROM feedback WHERE request_id = $1', [requestId], [{ vote: 'up' }])

    const form = await dispatch(discordPayloads.buttonClick(down))
    expect(form.body.type).toBe(9)
    expect(form.body.data).toMatchObject({ custom_id: down, title: WHAT_WAS_WRONG.title })
    expect(form.body.data.components[0]).toMatchObject({ type: 18, component: { type: 4, required: false } })
    await expectRows('SELECT vote, comment FROM feedback WHERE request_id = $1', [requestId], [{ vote: 'down', comment: null }])

    const field = form.body.data.components[0].component.custom_id
    const sent = await dispatch(discordPayloads.modalSubmit(down, { [field]: '  It quotes the towers, I asked about subscribers  ' }))
    expect(sent.body).toMatchObject({ type: 4, data: { content: THANKS_NOTED, flags: EPHEMERAL } })
    await expectRows(
      'SELECT vote, comment, user_hash FROM feedback WHERE request_id = $1',
      [requestId],
      [{ vote: 'down', comment: 'It quotes the towers, I asked about subscribers', user_hash: hash('discord', discordPayloads.ASKER.id) }],
    )
  })

  it('takes a press after a restart, from the signed custom id alone; a forged one records nothing', async () => {
    await bot.stop()
    bot = await start()
    const other = { ...discordPayloads.ASKER, id: '400000000000000002', username: 'colleague' }
    expect((await dispatch(discordPayloads.buttonClick(up, other))).body.data.content).toBe(THANKS_NOTED)
    const forged = up.replace(
      requestId,
      requestId.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')),
    )
    expect((await dispatch(discordPayloads.buttonClick(forged, other))).body.data.content).toBe(EXPIRED)
    await expectRows('SELECT vote FROM feedback WHERE request_id = $1 ORDER BY vote', [requestId], [{ vote: 'down' }, { vote: 'up' }])
  })

  it('/report: a summary for an admin, a one-line notice for anyone else, never a user id', async () => {
    const refused = await dispatch(discordPayloads.slashCommand('report'))
    expect(refused.body.data.flags & EPHEMERAL).toBe(EPHEMERAL)
    expect(refused.body.data.embeds[0].description).toBe(ADMINS_ONLY)
    const shown = await dispatch(discordPayloads.slashCommand('report', {}, DISCORD_ADMIN))
    expect(shown.body.data.flags & EPHEMERAL).toBe(EPHEMERAL)
    const text = shown.body.data.embeds[0].description as string
    expect(text).toMatch(/Last 30 days: 1 questions asked, 1 answered \(100%\)/)
    expect(text).toContain('Feedback: 1 👍, 1 👎.')
    expect(text).toContain(`${quoted}: 1 👎`)
    for (const id of [discordPayloads.ASKER.id, DISCORD_ADMIN.id, hash('discord', discordPayloads.ASKER.id)]) expect(text).not.toContain(id)
  })
})

describe('Slack, recorded', () => {
  let fake: FakeSlack
  let slack: SlackApp
  beforeAll(async () => {
    fake = await FakeSlack.start()
    slack = await startSlackAppOn(fake, { retriever, log: createLogger(logs), ...recording, admins: [SLACK_ADMIN.id] })
  })
  afterAll(async () => {
    await slack.stop()
    await fake.close()
  })

  const form = 'application/x-www-form-urlencoded'
  // biome-ignore lint/suspicious/noExplicitAny: a reply is JSON of any shape, asserted on field by field
  const post = async (body: string): Promise<any> => {
    const response = await fetch(eventsUrlOf(slack), {
      method: 'POST',
      headers: { 'content-type': form, ...signedHeaders(SLACK_SIGNING_SECRET, body) },
      body,
    })
    const text = await response.text()
    return text.startsWith('{') ? JSON.parse(text) : text
  }
  const interactive = (payload: unknown) => post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString())
  const valuesOf = (blocks: Array<{ type: string; elements?: Array<{ action_id?: string; value?: string }> }>) =>
    Object.fromEntries(blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements!.map((e) => [e.action_id, e.value])))
  let requestId = ''
  let values: Record<string, string> = {}

  it('records a question as exactly one row, with the user as a keyed hash and never the raw id', async () => {
    const reply = await post(slackPayloads.slashCommandForm('/ask', 'internet penetration rate', fake.responseUrl('ask')))
    values = valuesOf(reply.blocks)
    // (That question has one answer, so no More.)
    expect(Object.keys(values)).toEqual(['share', 'feedback_up', 'feedback_down'])
    const recorded = await counted("SELECT * FROM requests WHERE platform = 'slack'", 1)
    expect(recorded).toHaveLength(1)
    const [row] = recorded as [Row]
    requestId = String(row.id)
    expect(row).toMatchObject({
      workspace: 'T0000000001',
      user_hash: hash('slack', slackPayloads.ASKER.id),
      command: 'ask',
      question: 'internet penetration rate',
      outcome: 'answered',
    })
    expect(JSON.stringify(row)).not.toContain(slackPayloads.ASKER.id)
    expect((row.passages as unknown[]).length).toBeGreaterThan(0)
  })

  it('👎 is thanked privately, recorded, and opens a modal whose "what was wrong" is recorded with it', async () => {
    await interactive(slackPayloads.buttonPayload('feedback_down', values.feedback_down!, fake.responseUrl('down')))
    const thanks = await fake.waitFor((call) => call.kind === 'response' && call.name === 'down')
    expect(thanks.args).toMatchObject({ response_type: 'ephemeral', replace_original: false, text: THANKS_NOTED })
    const opened = await fake.waitFor((call) => call.name === 'views.open')
    expect(opened.args.trigger_id).toMatch(/^trigger-/)
    expect(opened.args.view).toMatchObject({ type: 'modal', callback_id: 'feedback_note', private_metadata: values.feedback_down })
    const input = opened.args.view.blocks[0]
    expect(input).toMatchObject({ type: 'input', optional: true, element: { type: 'plain_text_input' } })
    await expectRows('SELECT vote, comment FROM feedback WHERE request_id = $1', [requestId], [{ vote: 'down', comment: null }])

    const submission = slackPayloads.viewSubmissionPayload('feedback_note', opened.args.view.private_metadata, {
      [input.block_id]: 'Not the latest figure',
    })
    expect(await interactive(submission)).toBe('')
    await expectRows(
      'SELECT vote, comment FROM feedback WHERE request_id = $1',
      [requestId],
      [{ vote: 'down', comment: 'Not the latest figure' }],
    )
  })

  it('a 👍 afterwards changes the vote: still one per user per answer', async () => {
    await interactive(slackPayloads.buttonPayload('feedback_up', values.feedback_up!, fake.responseUrl('up')))
    await fake.waitFor((call) => call.kind === 'response' && call.name === 'up')
    await expectRows(
      'SELECT vote, user_hash FROM feedback WHERE request_id = $1',
      [requestId],
      [{ vote: 'up', user_hash: hash('slack', slackPayloads.ASKER.id) }],
    )
    const tampered = values.feedback_up!.replace('.up.', '.down.')
    await interactive(slackPayloads.buttonPayload('feedback_down', tampered, fake.responseUrl('tampered')))
    expect((await fake.waitFor((call) => call.kind === 'response' && call.name === 'tampered')).args.text).toBe(EXPIRED)
    await expectRows('SELECT vote FROM feedback WHERE request_id = $1', [requestId], [{ vote: 'up' }])
  })

  it('/report: only for ADMIN_USER_IDS; `npm run report` counts the same feedback', async () => {
    const refused = await post(slackPayloads.slashCommandForm('/report', '', fake.responseUrl('r1')))
    expect(JSON.stringify(refused)).toContain(ADMINS_ONLY)
    const shown = await post(slackPayloads.slashCommandForm('/report', '', fake.responseUrl('r2'), SLACK_ADMIN))
    expect(shown.response_type).toBe('ephemeral')
    const text = JSON.stringify(shown)
    expect(text).toMatch(/Last 30 days: 2 questions asked, 2 answered/)
    expect(text).not.toContain(slackPayloads.ASKER.id)
    expect(text).not.toContain(SLACK_ADMIN.id)

    await settled()
    const now = Date.now()
    const report = await readUsageReport(store.db, { from: new Date(now - 86_400_000), to: new Date(now + 60_000) })
    // Discord's answer: one 👎 with a note and one 👍; Slack's: changed to 👍. The report requests are not questions.
    expect(report).toMatchObject({ asked: 2, answered: 2, feedback: { up: 2, down: 1 } })
    expect(report.mostDisliked).toEqual([
      {
        passageId: quoted,
        down: 1,
        up: 1,
        question: 'how many 5g towers does china have',
        comments: ['It quotes the towers, I asked about subscribers'],
      },
    ])
    await waitUntil(() => logs.text().includes('admin command refused'))
  })
})
