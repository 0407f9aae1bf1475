import { randomBytes } from 'node:crypto'
import type { Redis } from 'ioredis'
import { afterEach, describe, expect, it } from 'vitest'
import { connectRedis } from '../../src/app/redis.js'
import { createSharedSeenKeys } from '../../src/app/shared-seen-keys.js'
import { recordingLog } from '../helpers/recording-log.js'
import { waitUntil } from '../helpers/wait-until.js'

const REDIS_URL = process.env.TEST_REDIS_URL
const NO_REDIS =
  'TEST_REDIS_URL is not set, so nothing was tried against a real redis-server (.ci/run starts one; eval "$(.ci/services start)" does it here)'

describe('seen keys shared through Redis', () => {
  const clients: Redis[] = []
  afterEach(() => {
    for (const client of clients.splice(0)) client.disconnect()
  })
  const client = (url: string, log = recordingLog()) => {
    const redis = connectRedis(url, log)
    clients.push(redis)
    return redis
  }
  // Every run its own keys: the Redis is shared with other runs, and keys outlive a test.
  const unique = (name: string) => `${name}-${randomBytes(6).toString('hex')}`

  it('lets one of two instances claim a key, once, even at the same moment, for its lifetime', async ({ skip }) => {
    if (!REDIS_URL) skip(NO_REDIS)
    const [a, b] = [client(REDIS_URL as string), client(REDIS_URL as string)]
    await Promise.all([waitUntil(() => a.status === 'ready'), waitUntil(() => b.status === 'ready')])
    const first = createSharedSeenKeys(a, recordingLog(), { ttlMs: 60_000 })
    const second = createSharedSeenKeys(b, recordingLog(), { ttlMs: 60_000 })
    const key = unique('slack:event:Ev')
    const claims = await Promise.all([first.claim(key), second.claim(key), first.claim(key), second.claim(key)])
    expect(claims.filter(Boolean)).toHaveLength(1)
    expect(await second.claim(unique('other'))).toBe(true)
    const ttl = await a.pttl(`seen:${key}`)
    expect(ttl).toBeGreaterThan(55_000)
    expect(ttl).toBeLessThanOrEqual(60_000)
    // Released (a request that was not genuine): any instance may claim it again.
    await first.release(key)
    expect(await second.claim(key)).toBe(true)
  })

  it('remembers in memory while Redis cannot be reached, and says so once', async () => {
    const log = recordingLog()
    // Port 9 on loopback: nothing listens there.
    const seen = createSharedSeenKeys(client('redis://127.0.0.1:9', recordingLog()), log)
    expect(await seen.claim('slack:event:Ev1')).toBe(true)
    expect(await seen.claim('slack:event:Ev1')).toBe(false)
    expect(await seen.claim('slack:event:Ev2')).toBe(true)
    await seen.release('slack:event:Ev1')
    expect(await seen.claim('slack:event:Ev1')).toBe(true)
    expect(log.lines).toEqual([
      {
        level: 'warn',
        message: 'seen keys: redis unreachable; answered events are remembered by each instance until it is back',
        fields: { error: expect.any(String) },
      },
    ])
  })
})
