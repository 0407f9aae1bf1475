import { randomBytes } from 'node:crypto'
import type { Redis } from 'ioredis'
import { describe, expect, it } from 'vitest'
import type { SlackApp } from '../../src/adapters/slack/app.js'
import { createLogger } from '../../src/app/log.js'
import { connectRedis } from '../../src/app/redis.js'
import { createSharedSeenKeys } from '../../src/app/shared-seen-keys.js'
import { BOT_USER_ID, FakeSlack, signedHeaders } from '../helpers/fake-slack.js'
import { ASKER, eventEnvelope, slashCommandForm } from '../helpers/slack-payloads.js'
import { eventsUrlOf, SLACK_SIGNING_SECRET, startSlackAppOn } from '../helpers/start-adapters.js'
import { captureStream } from '../helpers/streams.js'
import { waitUntil } from '../helpers/wait-until.js'

// Two Slack HTTP instances behind a balancer, sharing one real redis-server: a retry or a replay that reaches
// the other instance is still answered once. The real Bolt app, against a fake Slack on 127.0.0.1.
const REDIS_URL = process.env.TEST_REDIS_URL
const NO_REDIS =
  'TEST_REDIS_URL is not set, so nothing was tried against a real redis-server (.ci/run starts one; eval "$(.ci/services start)" does it here)'
const now = () => Math.floor(Date.now() / 1000)
const post = async (url: string, body: string, contentType: string, headers: Record<string, string>) => {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body })
  return { status: response.status, text: await response.text() }
}

async function withTwoInstances(test: (context: { fake: FakeSlack; urls: [string, string]; logs: string[] }) => Promise<void>) {
  const fake = await FakeSlack.start()
  const clients: Redis[] = []
  const apps: SlackApp[] = []
  const streams = [captureStream(), captureStream()]
  try {
    for (const stream of streams) {
      const log = createLogger(stream)
      const redis = connectRedis(REDIS_URL as string, log)
      clients.push(redis)
      await waitUntil(() => redis.status === 'ready')
      apps.push(await startSlackAppOn(fake, { log, seen: createSharedSeenKeys(redis, log), rateLimit: { requests: 10_000 } }))
    }
    await test({ fake, urls: [eventsUrlOf(apps[0]!), eventsUrlOf(apps[1]!)], logs: streams.map((stream) => stream.text()) })
  } finally {
    for (const app of apps) await app.stop()
    for (const redis of clients) redis.disconnect()
    await fake.close()
  }
}

describe('answer once across instances sharing Redis', () => {
  it('posts one answer to an app_mention whose retries reach the other instance', async ({ skip }) => {
    if (!REDIS_URL) skip(NO_REDIS)
    await withTwoInstances(async ({ fake, urls: [first, second] }) => {
      // An event id of its own: the Redis outlives this run, and remembers ids for ten minutes.
      const envelope = {
        ...eventEnvelope({
          type: 'app_mention',
          user: ASKER.id,
          text: `<@${BOT_USER_ID}> internet users`,
          ts: '1700000700.000100',
          channel: 'C0000000001',
        }),
        event_id: `Ev${randomBytes(6).toString('hex')}`,
      }
      const body = JSON.stringify(envelope)
      expect((await post(first, body, 'application/json', signedHeaders(SLACK_SIGNING_SECRET, body))).status).toBe(200)
      for (const [retry, url] of [first, second, second].entries()) {
        const headers = {
          ...signedHeaders(SLACK_SIGNING_SECRET, body, now() + retry + 1),
          'x-slack-retry-num': String(retry + 1),
          'x-slack-retry-reason': 'http_timeout',
        }
        expect((await post(url, body, 'application/json', headers)).status).toBe(200)
      }
      await fake.waitFor((call) => call.name === 'chat.postMessage' && call.args.thread_ts === '1700000700.000100')
      // Both instances had their chance to answer a copy: give a wrong second answer time to arrive.
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(fake.calls.filter((call) => call.name === 'chat.postMessage')).toHaveLength(1)
    })
  })

  it('does not answer a signed slash command replayed to the other instance', async ({ skip }) => {
    if (!REDIS_URL) skip(NO_REDIS)
    await withTwoInstances(async ({ fake, urls: [first, second] }) => {
      const form = 'application/x-www-form-urlencoded'
      // The signature is new to the shared Redis: it covers this second's timestamp and the fake's own port.
      const body = slashCommandForm('/ask', 'internet users', fake.responseUrl('replayed'))
      const headers = signedHeaders(SLACK_SIGNING_SECRET, body)
      const answered = await post(first, body, form, headers)
      expect(answered.status).toBe(200)
      expect(answered.text).toContain('1.05 billion')
      const replay = await post(second, body, form, headers)
      expect(replay.status).toBe(200)
      expect(replay.text).toBe('')
    })
  })
})
