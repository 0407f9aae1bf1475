/**
 * What has already been answered: an event id, a request signature, a Share
 * click. Platforms re-send what they think was lost, and people double-click;
 * each should be answered once. In memory by default; shared between
 * instances through Redis when REDIS_URL is set (shared-seen-keys.ts).
 */
export interface SeenKeys {
  /** True the first time `key` is claimed within its lifetime; false for a repeat. */
  claim(key: string): Promise<boolean>
  /** Forgets `key`, so it may be claimed again (a request that turned out not to be genuine). */
  release(key: string): Promise<void>
}

export interface MemorySeenKeysOptions {
  /**
   * How long a key is remembered. Ten minutes covers Slack's retries (at once,
   * after 1 and after 5 minutes) and its 5-minute signature window either way.
   * @default 600000
   */
  ttlMs?: number
  /** How many keys are kept at most; the oldest are forgotten first. @default 200000 */
  maxKeys?: number
}

/** How long a seen key is remembered, wherever it is kept. */
export const DEFAULT_SEEN_KEY_TTL_MS = 600_000

const defaultMemorySeenKeysOptions: Required<MemorySeenKeysOptions> = { ttlMs: DEFAULT_SEEN_KEY_TTL_MS, maxKeys: 200_000 }

/** Seen keys in this process's memory, each forgotten after `ttlMs`. */
export function createMemorySeenKeys(options: MemorySeenKeysOptions = {}): SeenKeys {
  const { ttlMs, maxKeys } = { ...defaultMemorySeenKeysOptions, ...options }
  // Every key lives equally long, so insertion order is expiry order: the oldest are first.
  const expiries = new Map<string, number>()
  const forgetExpired = (now: number) => {
    for (const [key, expires] of expiries) {
      if (expires > now && expiries.size < maxKeys) break
      expiries.delete(key)
    }
  }
  return {
    async claim(key) {
      const now = Date.now()
      forgetExpired(now)
      if (expiries.has(key)) return false
      expiries.set(key, now + ttlMs)
      return true
    },
    async release(key) {
      expiries.delete(key)
    },
  }
}
