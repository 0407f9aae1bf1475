import { Redis } from 'ioredis'
import type { Logger } from './log.js'

export interface RedisOptions {
  /**
   * How long a connection attempt may take.
   * @default 2000
   */
  connectTimeoutMs?: number
  /**
   * Least time between two log lines about Redis being unreachable.
   * @default 60000
   */
  errorLogIntervalMs?: number
}

/**
 * A Redis client for state every instance shares (rate limits). It never
 * waits for Redis: with no connection a command fails at once, and whoever
 * called falls back to what this instance knows. It reconnects on its own.
 */
export function connectRedis(url: string, log: Logger, { connectTimeoutMs = 2000, errorLogIntervalMs = 60_000 }: RedisOptions = {}): Redis {
  const redis = new Redis(url, {
    // Commands are not held while disconnected: a question is not kept waiting on Redis.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: connectTimeoutMs,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5000),
    lazyConnect: false,
  })
  let lastLogged = Number.NEGATIVE_INFINITY
  let down = false
  redis.on('error', (error: Error & { code?: string }) => {
    down = true
    if (Date.now() - lastLogged < errorLogIntervalMs) return
    lastLogged = Date.now()
    // The message only: a Redis URL's password is in the client's options, never in its errors' messages.
    log.warn('redis: unreachable; rate limits are counted by each instance until it is back', { error: error.code ?? error.message })
  })
  redis.on('ready', () => {
    if (down) log.info('redis: connected again; rate limits are shared again')
    down = false
  })
  return redis
}
