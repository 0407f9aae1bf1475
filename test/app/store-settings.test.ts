import { describe, expect, it } from 'vitest'
import { loadSettings, SettingsError } from '../../src/app/settings.js'

describe('loadSettings: the request store and Redis', () => {
  it('keeps questions for 90 days in ./data unless told otherwise', () => {
    expect(loadSettings({ DATA_DIR: ' ', DATABASE_URL: '', STORE_QUESTIONS: '', RETENTION_DAYS: '', REDIS_URL: '' })).toMatchObject({
      store: { dataDir: 'data', keepQuestions: true, retentionDays: 90 },
    })
    expect(loadSettings({}).redisUrl).toBeUndefined()
  })

  it('records requests unless STORE_REQUESTS=false, and reads the admins from ADMIN_USER_IDS', () => {
    expect(loadSettings({}).recording).toBe(true)
    expect(loadSettings({ STORE_REQUESTS: 'false' }).recording).toBe(false)
    expect(loadSettings({ ADMIN_USER_IDS: '' }).adminUserIds).toBeUndefined()
    expect(loadSettings({ ADMIN_USER_IDS: 'U0000000099, 400000000000000099 W0123456789,U0000000099' }).adminUserIds).toEqual([
      'U0000000099',
      '400000000000000099',
      'W0123456789',
    ])
  })

  it('reads every store setting', () => {
    const settings = loadSettings({
      DATA_DIR: '/var/lib/bot',
      DATABASE_URL: 'postgres://bot:pw@db.internal:5432/bot',
      STORE_QUESTIONS: 'false',
      RETENTION_DAYS: '30',
      USER_HASH_SECRET: 'a-long-enough-secret',
      REDIS_URL: 'redis://cache.internal:6379',
    })
    expect(settings.store).toEqual({
      dataDir: '/var/lib/bot',
      databaseUrl: 'postgres://bot:pw@db.internal:5432/bot',
      keepQuestions: false,
      retentionDays: 30,
      userHashSecret: 'a-long-enough-secret',
    })
    expect(settings.redisUrl).toBe('redis://cache.internal:6379')
    expect(loadSettings({ DATABASE_URL: 'postgresql://h/db' }).store.databaseUrl).toBe('postgresql://h/db')
  })

  it.each([
    [{ DATABASE_URL: 'mysql://root:pw@h/db' }, 'DATABASE_URL must be a URL such as postgres://user:password@host:5432/database'],
    [{ STORE_QUESTIONS: 'no' }, 'STORE_QUESTIONS must be true or false'],
    [{ RETENTION_DAYS: '0' }, 'RETENTION_DAYS must be at least 1'],
    [{ RETENTION_DAYS: 'ninety' }, 'RETENTION_DAYS must be a number of days'],
    [{ USER_HASH_SECRET: 'short' }, 'USER_HASH_SECRET must be at least 16 characters'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL must be a URL such as redis://host:6379'],
    [{ STORE_REQUESTS: 'off' }, 'STORE_REQUESTS must be true or false'],
    [
      { ADMIN_USER_IDS: 'U0000000099, alice' },
      'ADMIN_USER_IDS must be Slack user ids (U… or W…) or Discord user ids (17 to 20 digits), separated by commas',
    ],
  ])('rejects %j with one clear line, without the value', (env, message) => {
    expect(() => loadSettings(env)).toThrow(new SettingsError(message))
  })
})
