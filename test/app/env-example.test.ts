import { readFile } from 'node:fs/promises'
import { parse } from 'dotenv'
import { describe, expect, it } from 'vitest'
import { loadSettings } from '../../src/app/settings.js'

describe('.env.example', () => {
  it('lists every setting with a comment, and as shipped starts the terminal', async () => {
    const text = await readFile('.env.example', 'utf8')
    const settings = parse(text)
    expect(Object.keys(settings).sort()).toEqual(
      [
        'CORPUS_DIR',
        'LOG_LEVEL',
        'RATE_LIMIT_REQUESTS',
        'RATE_LIMIT_WINDOW_SECONDS',
        'DISCORD_TOKEN',
        'DISCORD_APPLICATION_ID',
        'DISCORD_GUILD_ID',
        'DISCORD_API_URL',
        'DISCORD_SHARDS',
        'DISCORD_SHARD_IDS',
        'SLACK_BOT_TOKEN',
        'SLACK_SIGNING_SECRET',
        'SLACK_APP_TOKEN',
        'SLACK_API_URL',
        'SLACK_CLIENT_ID',
        'SLACK_CLIENT_SECRET',
        'SLACK_STATE_SECRET',
        'PORT',
        'HOST',
        'REDIS_URL',
        'DATA_DIR',
        'DATABASE_URL',
        'STORE_QUESTIONS',
        'RETENTION_DAYS',
        'USER_HASH_SECRET',
        'STORE_REQUESTS',
        'ADMIN_USER_IDS',
      ].sort(),
    )
    for (const name of Object.keys(settings)) expect(text, name).toMatch(new RegExp(`#[^\\n]*\\n${name}=`))
    // Set, it would serve /healthz beside the terminal; empty, it would turn off the container image's.
    expect(text).toMatch(/\n# HEALTH_PORT=3001\n/)
    const loaded = loadSettings(settings)
    expect(loaded.discord).toBeUndefined()
    expect(loaded.slack).toBeUndefined()
  })
})
