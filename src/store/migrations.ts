import { type Database, StoreError } from './database.js'

/**
 * The schema, one numbered step at a time. A step is never edited once
 * released: a change is a new step, so every database, embedded or shared,
 * goes through the same ones in the same order.
 */
export const MIGRATIONS: ReadonlyArray<{ version: number; sql: string }> = [
  {
    version: 1,
    sql: `
      -- One row per request a user made: what was asked, what came back, how fast.
      CREATE TABLE requests (
        id text PRIMARY KEY,
        at timestamptz NOT NULL,
        platform text NOT NULL,
        -- The Slack workspace or Discord server; null in direct messages and the terminal.
        workspace text,
        -- A keyed hash of the platform's user id, never the id; null once the row is past retention.
        user_hash text,
        command text NOT NULL,
        -- Null when STORE_QUESTIONS=false.
        question text,
        outcome text NOT NULL CHECK (outcome IN ('answered', 'refused', 'invalid', 'limited', 'failed')),
        -- The passages quoted, best first: [{"id": "doc:3", "score": 0.82}].
        passages jsonb NOT NULL DEFAULT '[]',
        latency_ms integer NOT NULL
      );
      CREATE INDEX requests_by_time ON requests (at);

      -- One vote per user per answer; a second press changes it.
      CREATE TABLE feedback (
        request_id text NOT NULL,
        user_hash text NOT NULL,
        vote text NOT NULL CHECK (vote IN ('up', 'down')),
        -- The optional "what was wrong", for a down vote.
        comment text,
        at timestamptz NOT NULL,
        PRIMARY KEY (request_id, user_hash)
      );
      CREATE INDEX feedback_by_time ON feedback (at);

      -- Values every instance must agree on, such as the default key for hashing user ids.
      CREATE TABLE store_keys (
        name text PRIMARY KEY,
        value text NOT NULL
      );
    `,
  },
  {
    version: 2,
    sql: `
      -- Slack for many workspaces (SLACK_CLIENT_ID…): one row per workspace, or per organisation for an
      -- org-wide install, written by the OAuth redirect and deleted on uninstall or revoked tokens.
      CREATE TABLE slack_installations (
        -- "team:T…", or "enterprise:E…" for an org-wide install.
        id text PRIMARY KEY,
        team_id text,
        enterprise_id text,
        -- What @slack/oauth hands over (tokens, scopes, bot and user ids), read back as it was given.
        installation jsonb NOT NULL,
        installed_at timestamptz NOT NULL
      );
    `,
  },
]

// Any number will do, as long as nothing else takes the same Postgres advisory lock.
const MIGRATION_LOCK = 180_018

/**
 * Brings the database's schema up to date, in one transaction, holding a lock
 * so that instances starting together apply each step once. A schema newer
 * than this program knows is left alone: an older instance would misread it.
 */
export async function migrate(db: Database, migrations = MIGRATIONS): Promise<{ from: number; to: number }> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    await tx.query('CREATE TABLE IF NOT EXISTS store_schema (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())')
    const [row] = await tx.query<{ version: number | null }>('SELECT max(version) AS version FROM store_schema')
    const from = row?.version ?? 0
    const latest = Math.max(0, ...migrations.map((migration) => migration.version))
    if (from > latest) {
      throw new StoreError(
        'STORE_SCHEMA_TOO_NEW',
        `The request store in ${db.location} has schema version ${from}, newer than this program knows (${latest}): run the newer version of the bot, or point DATA_DIR or DATABASE_URL at another store`,
      )
    }
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (migration.version <= from) continue
      await tx.exec(migration.sql)
      await tx.query('INSERT INTO store_schema (version) VALUES ($1)', [migration.version])
    }
    return { from, to: Math.max(from, latest) }
  })
}
