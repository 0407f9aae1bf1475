import { setTimeout } from 'node:timers/promises'
import pg from 'pg'

// Insufficient privilege: the session FORCE would end is not ours.
const NOT_OURS_TO_END = '42501'

/**
 * Drops a test database on the server at `serverUrl`. FORCE ends any session
 * of ours left on it, but not an autovacuum worker the server started there,
 * which a role without superuser may not end: that one finishes on its own, so
 * the drop is tried again for a few seconds.
 */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        return
      } catch (error) {
        if ((error as { code?: string }).code !== NOT_OURS_TO_END || attempt === 50) throw error
        await setTimeout(100)
      }
    }
  } finally {
    await client.end()
  }
}
