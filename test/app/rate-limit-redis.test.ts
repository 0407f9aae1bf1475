import { randomBytes } from 'node:crypto'
import type { Redis } from 'ioredis'
import { afterEach, describe, expect, it } from 'vitest'
import { createRateLimiter } from '../../src/app/rate-limit.js'
import { connectRedis } from '../../src/app/redis.js'
import { recordingLog } from '../helpers/recording-log.js'
import { waitUntil } from '../helpers/wait-until.js'

const REDIS_URL = process.env.TEST_REDIS_URL
const NO_REDIS =
  'TEST_REDIS_URL is not set, so nothing was tried against a real redis-server (.ci/run starts one; eval "$(.ci/services start)" does it here)'

describe('rate limits shared through Redis', () => {
  const clients: Redis[] = []
  afterEach(() => {
    for (const client of clients.splice(0)) client.disconnect()
  })
  const client = (url: string, log = recordingLog()) => {
    const redis = connectRedis(url, log)
    clients.push(redis)
    return redis
  }

  it('holds a user to one limit across instances', async ({ skip }) => {
    if (!REDIS_URL) skip(NO_REDIS)
    const url = REDIS_URL as string
    // Two instances: each its own client and limiter, one Redis.
    const [a, b] = [client(url), client(url)]
    await Promise.all([waitUntil(() => a.status === 'ready'), waitUntil(() => b.status === 'ready')])
    const first = createRateLimiter({ requests: 3, windowSeconds: 30, redis: a })
    const second = createRateLimiter({ requests: 3, windowSeconds: 30, redis: b })
    const user = `user-${randomBytes(4).toString('hex')}`
    expect(await first.take(user)).toEqual({ allowed: true })
    expect(await second.take(user)).toEqual({ allowed: true })
    expect(await first.take(user)).toEqual({ allowed: true })
    const refused = await second.take(user)
    expect(refused.allowed).toBe(false)
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeGreaterThan(25)
    expect(await second.take(`${user}-other`)).toEqual({ allowed: true })
    // The count is in Redis, expiring with the window.
    const ttl = await a.pttl(`rate-limit:questions:${user}`)
    expect(ttl).toBeGreaterThan(25_000)
    expect(ttl).toBeLessThanOrEqual(30_000)
  })

  it('goes on limiting in memory while Redis cannot be reached, and says so once', async () => {
    const log = recordingLog()
    // Port 9 on loopback: nothing listens there.
    const redis = client('redis://127.0.0.1:9', log)
    const limiter = createRateLimiter({ requests: 2, windowSeconds: 30, redis })
    expect(await limiter.take('u1')).toEqual({ allowed: true })
    expect(await limiter.take('u1')).toEqual({ allowed: true })
    expect((await limiter.take('u1')).allowed).toBe(false)
    await waitUntil(() => log.lines.length > 0)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(log.lines).toEqual([
      {
        level: 'warn',
        message: 'redis: unreachable; rate limits are counted by each instance until it is back',
        fields: { error: 'ECONNREFUSED' },
      },
    ])
  })
})
