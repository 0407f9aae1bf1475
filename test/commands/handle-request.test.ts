import { beforeAll, describe, expect, it } from 'vitest'
import { createRequestHandler, type FinishedRequest, type RequestLimiter, type Responder } from '../../commands/handle-request.js'
import { ADMINS_ONLY, APOLOGY, EXPIRED, NOT_THE_ASKER, NOTHING_TO_LOOK_UP } from '../../commands/messages.js'
import type { MadeFrom, NeutralRequest, Outcome } from '../../commands/request.js'
import type { Retriever } from '../../src/core/retriever.js'
import { failingOnExplode } from '../helpers/documents.js'
import { openSmallCorpus } from '../helpers/small-corpus.js'

// The one request path, through small fakes of what an adapter gives it: a log, a limiter and a responder.
let retriever: Retriever
beforeAll(async () => {
  retriever = failingOnExplode(await openSmallCorpus())
})

type LogLine = { level: 'info' | 'error'; message: string; fields: Record<string, unknown>; error?: unknown }

function harness(
  options: { limiter?: RequestLimiter; failSend?: (outcome: Outcome) => boolean; failAfterwards?: boolean; admins?: string[] } = {},
) {
  const logs: LogLine[] = []
  const sent: Outcome[] = []
  const finished: FinishedRequest[] = []
  const handle = createRequestHandler({
    context: { retriever },
    log: {
      info: (message, fields = {}) => logs.push({ level: 'info', message, fields }),
      error: (message, error, fields = {}) => logs.push({ level: 'error', message, fields, error }),
    },
    ...(options.limiter ? { limiter: options.limiter } : {}),
    ...(options.admins ? { admins: options.admins } : {}),
    onFinished: (request) => finished.push(request),
  })
  const responder: Responder = {
    async send(outcome) {
      if (options.failSend?.(outcome)) throw new Error('the platform is down')
      sent.push(outcome)
    },
    async afterwards() {
      if (options.failAfterwards) throw new Error('the upload failed')
    },
  }
  const ask = (request: Partial<NeutralRequest> & Pick<NeutralRequest, 'asked'>) =>
    handle({ platform: 'slack', origin: 'command', user: 'U1', userName: 'analyst', public: false, ...request }, responder)
  return { ask, logs, sent, finished, answered: () => logs.filter((line) => line.message === 'answered') }
}

const replyOf = (outcome: Outcome | undefined) => {
  if (outcome?.kind !== 'reply') throw new Error(`expected a reply, got ${JSON.stringify(outcome)}`)
  return outcome
}

describe('the request handler', () => {
  it('maps the text after a command to its first option, replies privately with Share, and logs one line', async () => {
    const { ask, sent, answered } = harness()
    await ask({ asked: { command: 'ask', text: 'how many turbine foundations' } })
    const outcome = replyOf(sent[0])
    expect(outcome.reply.kind).toBe('answers')
    expect(outcome).toMatchObject({ visibility: 'private', view: 'first', shareable: true })
    expect(outcome.again).toEqual({ command: 'ask', text: 'how many turbine foundations', user: 'U1', view: 'first' })
    const [line] = answered()
    expect(line?.fields).toEqual({ platform: 'slack', command: 'ask', latencyMs: expect.any(Number), found: true, user: 'U1' })
    // The fields in the order log collectors read them, the latency to a tenth of a millisecond.
    expect(Object.keys(line!.fields)).toEqual(['platform', 'command', 'latencyMs', 'found', 'user'])
    expect(Number.isInteger((line!.fields.latencyMs as number) * 10)).toBe(true)
  })

  it('routes free text the same way everywhere, and names where it came from in the log', async () => {
    const { ask, sent, answered } = harness()
    await ask({ origin: 'mention', public: true, asked: { text: 'stats wind turbines' } })
    const outcome = replyOf(sent[0])
    expect(outcome.reply).toMatchObject({ kind: 'statistics', topic: 'wind turbines', title: 'Figures about “wind turbines”' })
    // Posted where everyone sees it: no Share, but the buttons can still redo it.
    expect(outcome).toMatchObject({ visibility: 'public', shareable: false, again: { command: 'stats', text: 'wind turbines' } })
    await ask({ origin: 'direct-message', public: true, asked: { text: 'who won the cup final' } })
    expect(answered().map((line) => [line.fields.command, line.fields.found])).toEqual([
      ['mention:stats', true],
      ['dm:ask', false],
    ])
  })

  it('takes only the options a command declares, and posts publicly when asked to', async () => {
    const { ask, sent } = harness()
    // A topic that is not text is no topic: every figure, and the chart of those that share a unit.
    await ask({ public: true, asked: { command: 'stats', options: { topic: true, public: true, other: 'x' } } })
    const outcome = replyOf(sent[0])
    expect(outcome).toMatchObject({ visibility: 'public', shareable: false, again: { text: '' }, reply: { topic: null } })
    expect(outcome.chart?.bars).toHaveLength(3)
  })

  it('looks up a message by its text, cut to the longest question; a message without text gets a notice', async () => {
    const { ask, sent, answered } = harness()
    await ask({ origin: 'message-action', asked: { lookUp: `how many turbine foundations ${'and more words '.repeat(200)}` } })
    const outcome = replyOf(sent[0])
    expect(outcome.reply.kind).toBe('answers')
    expect(outcome.again!.text.length).toBeLessThanOrEqual(1000)
    expect(outcome.again!.text).not.toMatch(/…$/)
    await ask({ origin: 'message-action', asked: { lookUp: '  ' } })
    expect(sent[1]).toEqual({ kind: 'notice', message: NOTHING_TO_LOOK_UP, visibility: 'private' })
    expect(answered().map((line) => line.fields.command)).toEqual(['lookup:ask', 'lookup:ask'])
  })

  it('answers an unknown command with a notice', async () => {
    const { ask, sent } = harness()
    await ask({ asked: { command: 'delete-everything', options: {} } })
    expect(sent).toEqual([{ kind: 'notice', message: expect.stringContaining("I don't know /delete-everything"), visibility: 'private' }])
  })

  describe('buttons', () => {
    const made: MadeFrom = { command: 'ask', text: 'ferry passengers', user: 'U1', view: 'first' }

    it('"More" redoes the command for the rest of the answers, privately, with Share', async () => {
      const { ask, sent, answered } = harness()
      await ask({ origin: 'button', asked: { button: 'more', madeFrom: made } })
      expect(replyOf(sent[0])).toMatchObject({ view: 'rest', visibility: 'private', shareable: true, again: { view: 'rest' } })
      expect(answered()[0]?.fields.command).toBe('more')
    })

    it('"Share" posts for everyone, marked with who shared it, without buttons; only for the asker', async () => {
      const { ask, sent } = harness()
      await ask({ origin: 'button', asked: { button: 'share', madeFrom: made } })
      const outcome = replyOf(sent[0])
      expect(outcome).toMatchObject({ visibility: 'public', sharedBy: 'analyst', shareable: false })
      expect(outcome.again).toBeUndefined()
      await ask({ origin: 'button', user: 'U2', asked: { button: 'share', madeFrom: made } })
      expect(sent[1]).toEqual({ kind: 'notice', message: NOT_THE_ASKER, visibility: 'private' })
    })

    it('a stale or forged button, or one for a command no longer there, has expired', async () => {
      const { ask, sent } = harness()
      await ask({ origin: 'button', asked: { button: 'share', madeFrom: undefined } })
      await ask({ origin: 'button', asked: { button: 'more', madeFrom: { ...made, command: 'removed' } } })
      expect(sent.map((outcome) => outcome.kind === 'notice' && outcome.message)).toEqual([EXPIRED, EXPIRED])
    })
  })

  describe('the rate limit', () => {
    const refusing: RequestLimiter = { take: async () => ({ allowed: false, retryAfterSeconds: 1 }) }

    it('tells a user over the limit to slow down, keyed by platform and user, without running the command', async () => {
      const keys: string[] = []
      const { ask, sent, logs } = harness({
        limiter: {
          take: async (key) => {
            keys.push(key)
            return { allowed: false, retryAfterSeconds: 1 }
          },
        },
      })
      await ask({ asked: { command: 'ask', text: 'please explode' } })
      expect(sent).toEqual([{ kind: 'slow-down', message: expect.stringMatching(/^Slow down — .* 1 second\.$/), visibility: 'private' }])
      expect(keys).toEqual(['slack:U1'])
      expect(logs.map((line) => line.message)).toEqual(['rate limited'])
    })

    it('does not count buttons, which redo what was already asked', async () => {
      const { ask, sent } = harness({ limiter: refusing })
      await ask({ origin: 'button', asked: { button: 'more', madeFrom: { command: 'ask', text: 'ferries', user: 'U1', view: 'first' } } })
      expect(sent[0]?.kind).toBe('reply')
    })
  })

  describe('the error boundary', () => {
    it('logs a failing command and apologises privately', async () => {
      const { ask, sent, logs, finished } = harness()
      await ask({ origin: 'mention', public: true, asked: { text: 'please explode' } })
      expect(sent).toEqual([{ kind: 'apology', message: APOLOGY, visibility: 'private' }])
      const [failure] = logs.filter((line) => line.level === 'error')
      expect(failure).toMatchObject({ message: 'slack message failed', fields: { origin: 'mention', user: 'U1' } })
      expect(String(failure?.error)).toContain('index exploded')
      expect(finished.map(({ outcome }) => outcome.kind)).toEqual(['apology'])
    })

    it('apologises when sending the reply fails, and logs it when the apology cannot be sent either', async () => {
      const once = harness({ failSend: (outcome) => outcome.kind === 'reply' })
      await once.ask({ asked: { command: 'ask', text: 'ferry passengers' } })
      expect(once.sent.map((outcome) => outcome.kind)).toEqual(['apology'])
      expect(once.finished.map(({ outcome }) => outcome.kind)).toEqual(['apology'])
      expect(once.answered()).toEqual([])
      const always = harness({ failSend: () => true })
      await always.ask({ origin: 'button', asked: { button: 'more', madeFrom: undefined } })
      expect(always.logs.filter((line) => line.level === 'error').map((line) => line.message)).toEqual([
        'slack button failed',
        'could not apologise',
      ])
    })

    it('apologises when what follows the reply fails, having recorded the reply once', async () => {
      const { ask, sent, finished, answered } = harness({ failAfterwards: true })
      await ask({ asked: { command: 'stats', text: 'container trade' } })
      expect(sent.map((outcome) => outcome.kind)).toEqual(['reply', 'apology'])
      expect(answered()).toHaveLength(1)
      expect(finished).toHaveLength(1)
    })
  })

  it('tells whatever records requests, once each, what was quoted and how long it took', async () => {
    const { ask, finished } = harness()
    await ask({ asked: { command: 'ask', text: 'how many turbine foundations' } })
    expect(finished).toHaveLength(1)
    expect(finished[0]).toMatchObject({ outcome: { kind: 'reply' }, request: { platform: 'slack', user: 'U1' } })
    expect(finished[0]?.passageIds[0]).toBe('harbour-review:5')
    expect(finished[0]?.latencyMs).toBeGreaterThanOrEqual(0)
  })

  it('gives an answer the id its 👍/👎 carry, the same id the record gets, and a new one for every request', async () => {
    const { ask, sent, finished } = harness()
    await ask({ asked: { command: 'ask', text: 'how many turbine foundations' } })
    await ask({ asked: { command: 'ask', text: 'who won the champions league final' } })
    await ask({ asked: { command: 'help', text: '' } })
    const [answer, refusal, help] = sent.map(replyOf)
    expect(answer?.feedbackId).toBe(finished[0]?.id)
    expect(refusal?.feedbackId).toBe(finished[1]?.id)
    expect(answer?.feedbackId).not.toBe(refusal?.feedbackId)
    // Help is not an answer to judge.
    expect(help?.feedbackId).toBeUndefined()
    expect(finished.map(({ command, text }) => [command, text])).toEqual([
      ['ask', 'how many turbine foundations'],
      ['ask', 'who won the champions league final'],
      ['help', ''],
    ])
  })

  it('runs an admin-only command for ADMIN_USER_IDS and the terminal; anyone else gets a private notice', async () => {
    const readUsage = async () => {
      throw new Error('only an admin should get this far')
    }
    const logs: string[] = []
    const handle = createRequestHandler({
      context: { retriever, readUsage },
      log: { info: (message) => logs.push(message), error: (message) => logs.push(message) },
      admins: ['U9'],
    })
    const sent: Outcome[] = []
    const responder: Responder = { send: async (outcome) => void sent.push(outcome) }
    await handle({ platform: 'slack', origin: 'command', user: 'U1', public: false, asked: { command: 'report', text: '' } }, responder)
    expect(sent[0]).toEqual({ kind: 'notice', message: ADMINS_ONLY, visibility: 'private' })
    await handle({ platform: 'slack', origin: 'command', user: 'U9', public: false, asked: { command: 'report', text: '' } }, responder)
    await handle({ platform: 'terminal', origin: 'line', public: true, asked: { text: '/report' } }, responder)
    // Both got as far as reading the store, which here fails: the apology, and the failure logged.
    expect(sent.slice(1).map((outcome) => outcome.kind)).toEqual(['apology', 'apology'])
    expect(logs.filter((line) => line !== 'answered')).toEqual(['admin command refused', 'slack command failed', 'terminal line failed'])
  })
})
