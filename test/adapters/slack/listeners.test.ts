import type { webApi } from '@slack/bolt'
import { beforeAll, describe, expect, it } from 'vitest'
import { createRequestHandler } from '../../../commands/handle-request.js'
import { APOLOGY, NOT_THE_ASKER, NOTHING_TO_LOOK_UP } from '../../../commands/messages.js'
import { buttonSecret } from '../../../src/adapters/shared/signed-button.js'
import type { SlackContext } from '../../../src/adapters/slack/context.js'
import { answerButton, type ButtonArgs } from '../../../src/adapters/slack/listeners/actions.js'
import { answerSlashCommand, type SlashCommandArgs } from '../../../src/adapters/slack/listeners/commands.js'
import { answerDirectMessage, answerMention, publishHome } from '../../../src/adapters/slack/listeners/events.js'
import { findInPaper, type ShortcutArgs } from '../../../src/adapters/slack/listeners/shortcuts.js'
import { createRateLimiter, type RateLimitOptions } from '../../../src/app/rate-limit.js'
import { createMemorySeenKeys } from '../../../src/app/seen-keys.js'
import type { Retriever } from '../../../src/core/retriever.js'
import { failingOnExplode } from '../../helpers/documents.js'
import { openSmallCorpus } from '../../helpers/small-corpus.js'

// The listeners called directly, as Bolt would call them, with small fakes of its arguments
// (as Slack's Bolt starter template tests its listeners). The real clients are in http-mode.test.ts.
let retriever: Retriever
beforeAll(async () => {
  retriever = failingOnExplode(await openSmallCorpus())
})

type Call = { method: string; args: Record<string, unknown> }
// biome-ignore lint/suspicious/noExplicitAny: what a fake was called with is asserted on field by field
type Sent = any

function fakes(rateLimit: RateLimitOptions = { requests: 100 }) {
  const calls: Call[] = []
  const logs: string[] = []
  const log = {
    debug: () => undefined,
    info: (message: string) => void logs.push(message),
    warn: (message: string) => void logs.push(message),
    error: (message: string, error?: unknown) => void logs.push(`${message}: ${String(error)}`),
  }
  const record =
    (method: string, result: Record<string, unknown> = { ok: true }) =>
    async (args: Record<string, unknown>) => {
      calls.push({ method, args })
      return result
    }
  const client = {
    chat: { postMessage: record('chat.postMessage'), postEphemeral: record('chat.postEphemeral') },
    views: { publish: record('views.publish') },
    conversations: { open: record('conversations.open', { ok: true, channel: { id: 'D0042' } }) },
    files: { uploadV2: record('files.uploadV2') },
  } as unknown as webApi.WebClient
  const context: SlackContext = {
    handle: createRequestHandler({ context: { retriever }, log, limiter: createRateLimiter(rateLimit) }),
    retriever,
    buttonSecret: buttonSecret('a-secret'),
    log,
    drawChart: async () => Buffer.from('png'),
    seen: createMemorySeenKeys(),
    maxReplyWaitMs: 5_000,
  }
  const acks: Sent[] = []
  const responses: Sent[] = []
  const ack = async (body?: unknown) => void acks.push(body)
  const respond = async (body: unknown) => void responses.push(body)
  return {
    calls,
    logs,
    client,
    context,
    acks,
    responses,
    ack,
    respond,
    called: (method: string) => calls.filter((c) => c.method === method),
  }
}

const slashCommand = (text: string, command = '/ask') =>
  ({ command, text, user_id: 'U1', user_name: 'analyst', channel_id: 'C1' }) as SlashCommandArgs['command']
const mention = (text: string) => ({ type: 'app_mention', text, user: 'U1', channel: 'C1', ts: '1.1' }) as never

describe('Slack listeners, called directly', () => {
  it('a slash command is answered in its acknowledgement, with a signed Share button', async () => {
    const f = fakes()
    await answerSlashCommand(f.context)({
      command: slashCommand('ferry passengers'),
      ack: f.ack,
      respond: f.respond,
      client: f.client,
    } as never)
    expect(f.acks).toHaveLength(1)
    expect(f.acks[0].response_type).toBe('ephemeral')
    expect(JSON.stringify(f.acks[0].blocks)).toContain('3.2 million')
    const actions = f.acks[0].blocks.find((block: { type: string }) => block.type === 'actions')
    expect(actions.elements.map((button: { action_id: string }) => button.action_id)).toEqual(['share'])
  })

  it("a slash command's chart goes to the asker's direct messages after the acknowledgement", async () => {
    const f = fakes()
    await answerSlashCommand(f.context)({ command: slashCommand('', '/stats'), ack: f.ack, respond: f.respond, client: f.client } as never)
    expect(JSON.stringify(f.acks[0].blocks)).toContain('chart sent to you in a direct message')
    expect(f.called('conversations.open')[0]?.args).toEqual({ users: 'U1' })
    expect(f.called('files.uploadV2')[0]?.args).toMatchObject({ channel_id: 'D0042', filename: 'chart.png' })
  })

  it('a failing slash command is acknowledged with the apology, as text', async () => {
    const f = fakes()
    await answerSlashCommand(f.context)({
      command: slashCommand('please explode'),
      ack: f.ack,
      respond: f.respond,
      client: f.client,
    } as never)
    expect(f.acks).toEqual([{ response_type: 'ephemeral', text: APOLOGY }])
    expect(f.logs.some((line) => line.startsWith('slack command failed: Error: index exploded'))).toBe(true)
  })

  it('a mention is answered in a thread under it; over the limit, the asker alone is told to slow down', async () => {
    const f = fakes({ requests: 1 })
    const listener = answerMention(f.context)
    await listener({ event: mention('<@UBOT> stats wind turbines'), client: f.client } as never)
    await listener({ event: mention('<@UBOT> stats wind turbines'), client: f.client } as never)
    const [posted] = f.called('chat.postMessage')
    expect(posted?.args).toMatchObject({ channel: 'C1', thread_ts: '1.1', unfurl_links: false })
    expect(JSON.stringify(posted?.args.blocks)).toContain('140')
    expect(f.called('chat.postEphemeral')[0]?.args).toMatchObject({ channel: 'C1', user: 'U1', thread_ts: '1.1' })
    expect(String(f.called('chat.postEphemeral')[0]?.args.text)).toMatch(/^Slow down/)
  })

  it('a direct message is answered in the DM; edits and bot messages are not', async () => {
    const f = fakes()
    const listener = answerDirectMessage(f.context)
    const dm = { type: 'message', channel: 'D1', channel_type: 'im', user: 'U1', text: 'help', ts: '2.1' }
    await listener({ event: { ...dm, subtype: 'message_changed' }, client: f.client } as never)
    await listener({ event: { ...dm, bot_id: 'B1' }, client: f.client } as never)
    await listener({ event: dm, client: f.client } as never)
    expect(f.called('chat.postMessage')).toHaveLength(1)
    expect(JSON.stringify(f.called('chat.postMessage')[0]?.args.blocks)).toContain('• stats:')
  })

  it('Share is refused for someone else, and posts once for a double click', async () => {
    const f = fakes()
    await answerSlashCommand(f.context)({
      command: slashCommand('ferry passengers'),
      ack: f.ack,
      respond: f.respond,
      client: f.client,
    } as never)
    const share = f.acks[0].blocks.find((block: { type: string }) => block.type === 'actions').elements[0].value
    const click = (user: string) =>
      answerButton(
        'share',
        f.context,
      )({
        ack: async () => undefined,
        action: { action_id: 'share', value: share },
        body: { user: { id: user, name: user }, channel: { id: 'C1' }, container: { message_ts: '3.1' } },
        respond: f.respond,
        client: f.client,
      } as unknown as ButtonArgs)
    await click('U2')
    expect(f.responses[0]).toMatchObject({ response_type: 'ephemeral', text: NOT_THE_ASKER })
    await click('U1')
    await click('U1')
    expect(f.responses.filter((response) => response.response_type === 'in_channel')).toHaveLength(1)
    expect(f.logs).toContain('share already done')
  })

  it('"Find in white paper" on a message without text says so', async () => {
    const f = fakes()
    await findInPaper(f.context)({
      ack: async () => undefined,
      shortcut: { user: { id: 'U1', name: 'analyst' }, channel: { id: 'C1' }, message: { text: '<@U7>' } },
      respond: f.respond,
    } as unknown as ShortcutArgs)
    expect(f.responses[0]).toMatchObject({ response_type: 'ephemeral', text: NOTHING_TO_LOOK_UP })
  })

  it('App Home lists the documents and the commands', async () => {
    const f = fakes()
    await publishHome(f.context)({ event: { type: 'app_home_opened', user: 'U1' }, client: f.client } as never)
    const view = JSON.stringify(f.called('views.publish')[0]?.args)
    expect(view).toContain('Lanwick Harbour Publishes Its Yearly Review')
    expect(view).toContain('/about —')
  })
})
