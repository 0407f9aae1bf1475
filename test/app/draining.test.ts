import { expect, it } from 'vitest'
import { RESTARTING } from '../../commands/messages.js'
import { createLiveRetriever } from '../../src/app/live-retriever.js'
import { createLogger } from '../../src/app/log.js'
import { openRetriever } from '../../src/app/open-retriever.js'
import { runPlatforms } from '../../src/app/run-platforms.js'
import { slashCommand } from '../helpers/discord-payloads.js'
import { FakeDiscord } from '../helpers/fake-discord.js'
import { BOT_USER_ID, FakeSlack, signedHeaders } from '../helpers/fake-slack.js'
import { ASKER, eventEnvelope } from '../helpers/slack-payloads.js'
import { slowChart } from '../helpers/slow-chart.js'
import { startDiscordBotOn } from '../helpers/start-adapters.js'
import { captureStream } from '../helpers/streams.js'

// Shutdown: a balancer is told to stop sending traffic, and what was started is finished.
it('/healthz answers 503 "draining" once shutdown begins, while a request is still being answered', async () => {
  const fake = await FakeSlack.start()
  const logs = captureStream()
  const secret = 'a-signing-secret'
  const running = await runPlatforms(
    {
      corpusDir: 'corpus',
      slack: { botToken: 'xoxb-t', signingSecret: secret, apiUrl: fake.apiUrl, port: 0, host: '127.0.0.1' },
      logLevel: 'info',
      rateLimit: { requests: 100, windowSeconds: 30 },
      store: { dataDir: 'data', keepQuestions: true, retentionDays: 90 },
      recording: false,
    },
    createLiveRetriever(await openRetriever('corpus')),
    createLogger(logs),
  )
  const { port } = JSON.parse(
    logs
      .text()
      .split('\n')
      .find((line) => line.includes('slack app ready'))!,
  ).address as { port: number }
  const base = `http://127.0.0.1:${port}`
  let stopped: Promise<void> | undefined
  try {
    expect((await fetch(`${base}/healthz`)).status).toBe(200)
    // An answer held in flight by a slow Web API.
    fake.slow.set('chat.postMessage', 1_500)
    const body = JSON.stringify(
      eventEnvelope({
        type: 'app_mention',
        user: ASKER.id,
        text: `<@${BOT_USER_ID}> internet users`,
        ts: '1700000700.000100',
        channel: 'C1',
      }),
    )
    await fetch(`${base}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signedHeaders(secret, body) },
      body,
    })
    await fake.waitFor((call) => call.name === 'chat.postMessage')
    stopped = running.stop()
    const health = await fetch(`${base}/healthz`)
    expect(health.status).toBe(503)
    expect(await health.json()).toMatchObject({ status: 'draining' })
  } finally {
    await (stopped ?? running.stop())
    await fake.close()
  }
})

it('Discord: the "restarting" reply to a late interaction is sent before the bot stops', async () => {
  const fake = await FakeDiscord.start()
  const bot = await startDiscordBotOn(fake, { drawChart: slowChart(300) })
  try {
    const inFlight = slashCommand('stats', { topic: 'e-commerce' })
    fake.dispatch('INTERACTION_CREATE', inFlight)
    await fake.waitForRequest((request) => request.path.endsWith(`/${inFlight.token}/callback`))
    // The reply to the late interaction takes longer than the work already in flight.
    fake.callbackDelayMs = 1_000
    const stopped = bot.stop()
    const late = slashCommand('ask', { question: 'internet users' })
    fake.dispatch('INTERACTION_CREATE', late)
    const refused = await fake.waitForRequest((request) => request.path.endsWith(`/${late.token}/callback`))
    expect(refused.body.data).toMatchObject({ content: RESTARTING })
    await stopped
    expect(fake.answeredCallbacks).toContain(refused.path)
  } finally {
    await fake.close()
  }
})
