import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APOLOGY } from '../../commands/messages.js'
import { createLogger } from '../../src/app/log.js'
import { type RunningPlatforms, runPlatforms } from '../../src/app/run-platforms.js'
import { type AnswerWorker, startAnswerWorker } from '../../src/app/start-answer-worker.js'
import { slashCommand } from '../helpers/discord-payloads.js'
import { FakeDiscord } from '../helpers/fake-discord.js'
import { BOT_USER_ID, FakeSlack, signedHeaders } from '../helpers/fake-slack.js'
import { ASKER, eventEnvelope } from '../helpers/slack-payloads.js'
import { captureStream } from '../helpers/streams.js'
import { waitUntil } from '../helpers/wait-until.js'

// The answer worker dies under a question (the test-only fault hook); both platforms run as `npm start` runs them.
describe('a crashed answer worker, as users on Slack and Discord see it (the real Bolt and discord.js)', () => {
  const secret = 'a-signing-secret'
  const logs = captureStream()
  let slackFake: FakeSlack
  let discordFake: FakeDiscord
  let worker: AnswerWorker
  let running: RunningPlatforms
  let base: string

  beforeAll(async () => {
    slackFake = await FakeSlack.start()
    discordFake = await FakeDiscord.start()
    // A slow first restart, so /healthz can be seen while no worker is up; questions wait for it long enough.
    worker = await startAnswerWorker('corpus', createLogger(logs), {
      faultInjection: true,
      restartDelayMs: 1_500,
      waitForRestartMs: 10_000,
    })
    running = await runPlatforms(
      {
        corpusDir: 'corpus',
        discord: { token: 'test-token', apiUrl: discordFake.apiUrl, shards: 1 },
        slack: { botToken: 'xoxb-t', signingSecret: secret, apiUrl: slackFake.apiUrl, port: 0, host: '127.0.0.1' },
        logLevel: 'info',
        rateLimit: { requests: 100, windowSeconds: 30 },
        store: { dataDir: 'data', keepQuestions: true, retentionDays: 90 },
        recording: false,
      },
      worker,
      createLogger(logs),
    )
    const ready = logs
      .text()
      .split('\n')
      .find((line) => line.includes('slack app ready'))!
    base = `http://127.0.0.1:${(JSON.parse(ready).address as { port: number }).port}`
  })
  afterAll(async () => {
    await running.stop()
    await worker.close()
    await discordFake.close()
    await slackFake.close()
  })

  const mention = async (ts: string, question: string) => {
    const body = JSON.stringify(
      eventEnvelope({ type: 'app_mention', user: ASKER.id, text: `<@${BOT_USER_ID}> ${question}`, ts, channel: 'CCRASH00001' }),
    )
    const response = await fetch(`${base}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signedHeaders(secret, body) },
      body,
    })
    expect(response.status).toBe(200)
  }
  const inThread = (ts: string) => slackFake.calls.filter((call) => call.args.thread_ts === ts)

  it('Slack: the asker gets one apology, /healthz says "restarting" until a worker is up, and the next question is answered', async () => {
    worker.injectFault('exit')
    await mention('1700000800.000100', 'how many internet users does china have')
    const apology = await slackFake.waitFor((call) => call.name === 'chat.postEphemeral' && call.args.thread_ts === '1700000800.000100')
    expect(apology.args).toMatchObject({ user: ASKER.id, text: APOLOGY })

    const down = await fetch(`${base}/healthz`)
    expect(down.status).toBe(503)
    expect(await down.json()).toMatchObject({ status: 'restarting', answerWorkerRestarts: 0 })

    await mention('1700000801.000100', 'how many internet users does china have')
    const answer = await slackFake.waitFor(
      (call) => call.name === 'chat.postMessage' && call.args.thread_ts === '1700000801.000100',
      15_000,
    )
    expect(JSON.stringify(answer.args.blocks)).toContain('1.05 billion')
    const up = await fetch(`${base}/healthz`)
    expect(up.status).toBe(200)
    expect(await up.json()).toMatchObject({ status: 'ok', answerWorkerRestarts: 1 })
    // One outcome each: the crashed question got its apology alone, the next its answer alone.
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(inThread('1700000800.000100').map((call) => call.name)).toEqual(['chat.postEphemeral'])
    expect(inThread('1700000801.000100').map((call) => call.name)).toEqual(['chat.postMessage'])
  })

  it('Discord: the asker gets one private apology, and the next question is answered', async () => {
    await waitUntil(() => worker.answering, 15_000)
    worker.injectFault('throw')
    const crashed = slashCommand('ask', { question: 'how many 5g towers does china have' })
    discordFake.dispatch('INTERACTION_CREATE', crashed)
    const apology = await discordFake.waitForRequest((request) => request.path.endsWith(`/${crashed.token}/callback`))
    expect(apology.body.data.embeds[0].description).toBe(APOLOGY)
    expect(apology.body.data.flags & 64).toBe(64)
    await waitUntil(() => worker.restarts === 2, 15_000)

    const next = slashCommand('ask', { question: 'how many 5g towers does china have' })
    discordFake.dispatch('INTERACTION_CREATE', next)
    const answer = await discordFake.waitForRequest((request) => request.path.endsWith(`/${next.token}/callback`), 10_000)
    expect(answer.body.data.embeds[0].description).toContain('1.85 million')
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(discordFake.requests.filter((request) => request.path.includes(crashed.token))).toHaveLength(1)
  })
})
