import { createHmac, randomBytes } from 'node:crypto'
import type { Queryable } from './database.js'

/** Turns a platform's user id into the only form the store keeps. */
export type HashUser = (platform: string, userId: string) => string

/**
 * Users whose hash is kept in memory at most, the oldest forgotten first: about 4 MB of heap
 * (measured once). People ask again and again, and an HMAC is a few microseconds of the thread
 * that answers them, on every request (a profile of `npm run bench:load` with LOAD_CPU_PROF;
 * docs/evaluation.md, "The store under load").
 */
const REMEMBERED_USERS = 20_000

/**
 * A keyed hash (HMAC-SHA256), so the same user counts as one across requests
 * and instances, while a list of known ids cannot simply be hashed and
 * matched against the store without the key.
 */
export function createUserHasher(key: string): HashUser {
  const remembered = new Map<string, string>()
  return (platform, userId) => {
    const user = `${platform}:${userId}`
    let hash = remembered.get(user)
    if (hash === undefined) {
      hash = createHmac('sha256', key).update(user).digest('hex').slice(0, 32)
      if (remembered.size >= REMEMBERED_USERS) remembered.delete(remembered.keys().next().value as string)
      remembered.set(user, hash)
    }
    return hash
  }
}

/**
 * The hashing key: USER_HASH_SECRET when set; otherwise one drawn at random
 * the first time and kept in the store, so every instance sharing it (and
 * every restart) hashes alike.
 */
export async function userHashKey(db: Queryable, configured: string | undefined): Promise<string> {
  if (configured) return configured
  await db.query("INSERT INTO store_keys (name, value) VALUES ('user_hash_key', $1) ON CONFLICT (name) DO NOTHING", [
    randomBytes(32).toString('hex'),
  ])
  const [row] = await db.query<{ value: string }>("SELECT value FROM store_keys WHERE name = 'user_hash_key'")
  if (!row) throw new Error('request store: the user hash key was not saved')
  return row.value
}
