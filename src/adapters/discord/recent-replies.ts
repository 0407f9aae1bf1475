import { randomBytes } from 'node:crypto'

export interface RecentRepliesOptions {
  /**
   * How many replies buttons can refer to; the oldest are forgotten first.
   * @default 1000
   */
  capacity?: number
  /**
   * How long a reply's buttons work, in milliseconds. Discord's interaction
   * tokens last 15 minutes, so a later click could not be answered anyway.
   * @default 900000
   */
  ttlMs?: number
}

/** What a reply was made from, so its buttons can make it again. */
export interface RememberedReply {
  /** The command's name ("ask", "stats"). */
  command: string
  /** The text its first option was given. */
  text: string
  /** Who asked: only they may share a private reply. */
  userId: string
  /** The chart drawn for it, so sharing does not draw it again. */
  chart?: Buffer
}

interface Entry extends RememberedReply {
  expires: number
}

/**
 * The replies the Discord bot's buttons point to. A button carries only a
 * random key, never text: a forged or stale button finds nothing and can post
 * nothing; a good one has its command run again, as on Slack. (A custom id holds 100 characters, too few for a question, so the
 * state stays here; a shard always gets its own guilds' clicks, so memory is
 * enough. Slack's buttons carry signed state instead.)
 */
export class RecentReplies {
  private readonly entries = new Map<string, Entry>()
  private readonly capacity: number
  private readonly ttlMs: number

  constructor({ capacity = 1000, ttlMs = 15 * 60_000 }: RecentRepliesOptions = {}) {
    this.capacity = capacity
    this.ttlMs = ttlMs
  }

  remember(remembered: RememberedReply, now = Date.now()): string {
    const key = randomBytes(9).toString('base64url')
    this.entries.set(key, { ...remembered, expires: now + this.ttlMs })
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value
      if (oldest === undefined) break
      this.entries.delete(oldest)
    }
    return key
  }

  recall(key: string, now = Date.now()): RememberedReply | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (entry.expires < now) {
      this.entries.delete(key)
      return undefined
    }
    return entry
  }
}
