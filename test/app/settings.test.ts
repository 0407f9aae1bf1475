import { describe, expect, it } from 'vitest'
import { loadSettings, SettingsError } from '../../src/app/settings.js'

const TOKEN = `${'M'.repeat(24)}.${'G'.repeat(6)}.${'x'.repeat(38)}`

describe('loadSettings', () => {
  it('runs in the terminal with nothing set, or with the empty values of .env.example', () => {
    const defaults = {
      corpusDir: 'corpus',
      logLevel: 'info',
      rateLimit: { requests: 10, windowSeconds: 30 },
      store: { dataDir: 'data', keepQuestions: true, retentionDays: 90 },
      recording: true,
    }
    expect(loadSettings({})).toEqual(defaults)
    expect(loadSettings({ DISCORD_TOKEN: '', DISCORD_APPLICATION_ID: '', CORPUS_DIR: ' ', LOG_LEVEL: '' })).toEqual(defaults)
  })

  it('reads HOST for every server, with or without Slack', () => {
    expect(loadSettings({ HOST: ' 127.0.0.1 ' }).host).toBe('127.0.0.1')
    expect(loadSettings({ HOST: '' }).host).toBeUndefined()
  })

  it('reads the Discord settings when DISCORD_TOKEN is set', () => {
    const settings = loadSettings({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: '100000000000000001',
      DISCORD_GUILD_ID: '200000000000000002',
      DISCORD_API_URL: 'http://127.0.0.1:9999/api',
      CORPUS_DIR: 'my-corpus',
      LOG_LEVEL: 'warn',
      HEALTH_PORT: '8081',
      DISCORD_SHARDS: '4',
      DISCORD_SHARD_IDS: '3, 0-1',
      RATE_LIMIT_REQUESTS: '5',
      RATE_LIMIT_WINDOW_SECONDS: '60',
    })
    expect(settings).toEqual({
      corpusDir: 'my-corpus',
      logLevel: 'warn',
      healthPort: 8081,
      rateLimit: { requests: 5, windowSeconds: 60 },
      store: { dataDir: 'data', keepQuestions: true, retentionDays: 90 },
      recording: true,
      discord: {
        token: TOKEN,
        applicationId: '100000000000000001',
        guildId: '200000000000000002',
        apiUrl: 'http://127.0.0.1:9999/api',
        shards: 4,
        shardIds: [0, 1, 3],
      },
    })
  })

  it('names a malformed variable and what it should be, never its value', () => {
    const attempt = () => loadSettings({ DISCORD_TOKEN: 'secret-but-short', DISCORD_GUILD_ID: 'my-server', DISCORD_API_URL: 'ftp://x' })
    expect(attempt).toThrow(SettingsError)
    try {
      attempt()
    } catch (error) {
      const message = (error as Error).message
      expect(message.split('\n')).toEqual([
        'DISCORD_TOKEN looks too short to be a bot token',
        'DISCORD_GUILD_ID must be a Discord id: 17 to 20 digits',
        'DISCORD_API_URL must be an http(s) URL',
      ])
      expect(message).not.toContain('secret-but-short')
    }
  })
})

describe('loadSettings: Slack', () => {
  it('reads HTTP mode and Socket Mode settings', () => {
    expect(
      loadSettings({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: '0123456789abcdef0123', PORT: '8080', HOST: '127.0.0.1' })
        .slack,
    ).toEqual({
      botToken: 'xoxb-1-2-abc',
      signingSecret: '0123456789abcdef0123',
      port: 8080,
      host: '127.0.0.1',
    })
    expect(loadSettings({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_APP_TOKEN: 'xapp-1-A1-abc' }).slack).toEqual({
      botToken: 'xoxb-1-2-abc',
      appToken: 'xapp-1-A1-abc',
      port: 3000,
    })
  })

  const OAUTH = {
    SLACK_CLIENT_ID: '1111111111.2222222222',
    SLACK_CLIENT_SECRET: 'abcdef0123456789abcd',
    SLACK_STATE_SECRET: 'a-random-state-secret',
  }
  it('reads the many-workspace (OAuth) mode, with no bot token', () => {
    expect(loadSettings({ ...OAUTH, SLACK_SIGNING_SECRET: '0123456789abcdef0123' }).slack).toEqual({
      oauth: { clientId: '1111111111.2222222222', clientSecret: 'abcdef0123456789abcd', stateSecret: 'a-random-state-secret' },
      signingSecret: '0123456789abcdef0123',
      port: 3000,
    })
  })

  it.each([
    [
      { ...OAUTH, SLACK_STATE_SECRET: '', SLACK_CLIENT_SECRET: '', SLACK_SIGNING_SECRET: '0123456789abcdef0123' },
      'Installing in many workspaces needs SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET: set SLACK_CLIENT_SECRET and SLACK_STATE_SECRET too',
    ],
    [
      { ...OAUTH, SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: '0123456789abcdef0123' },
      'SLACK_BOT_TOKEN and SLACK_CLIENT_ID are both set: a bot token is for one workspace, the OAuth settings for many; set one of them',
    ],
    [OAUTH, 'Installing in many workspaces (SLACK_CLIENT_ID) needs HTTP mode: set SLACK_SIGNING_SECRET, and leave SLACK_APP_TOKEN empty'],
    [
      { ...OAUTH, SLACK_SIGNING_SECRET: '0123456789abcdef0123', SLACK_APP_TOKEN: 'xapp-1' },
      'Installing in many workspaces (SLACK_CLIENT_ID) needs HTTP mode: set SLACK_SIGNING_SECRET, and leave SLACK_APP_TOKEN empty',
    ],
    [
      { ...OAUTH, SLACK_CLIENT_ID: 'my-app' },
      "SLACK_CLIENT_ID must be the app's client id (Basic Information), such as 1234567890.1234567890",
    ],
    [{ ...OAUTH, SLACK_STATE_SECRET: 'short' }, 'SLACK_STATE_SECRET must be at least 16 characters, without spaces: any random string'],
    [{ SLACK_BOT_TOKEN: 'xoxp-user-token', SLACK_APP_TOKEN: 'xapp-1' }, 'SLACK_BOT_TOKEN must be a bot token, starting with xoxb-'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-2' }, 'SLACK_APP_TOKEN must be an app-level token, starting with xapp-'],
    [
      { SLACK_BOT_TOKEN: 'xoxb-1' },
      'SLACK_BOT_TOKEN is set, but neither SLACK_SIGNING_SECRET (HTTP mode) nor SLACK_APP_TOKEN (Socket Mode) is: set one of them',
    ],
    [
      { SLACK_SIGNING_SECRET: '0123456789abcdef0123' },
      'SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is set without SLACK_BOT_TOKEN: set the bot token too',
    ],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', PORT: 'eighty' }, 'PORT must be a port number'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', PORT: '70000' }, 'PORT must be a port number, 0 to 65535'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of debug, info, warn, error, silent'],
    [{ DISCORD_SHARDS: 'many' }, 'DISCORD_SHARDS must be "auto" or a number of shards'],
    [
      { DISCORD_SHARD_IDS: '0,1' },
      'DISCORD_SHARD_IDS needs DISCORD_SHARDS to be the number of shards in all machines together, not "auto"',
    ],
    [{ DISCORD_SHARDS: '4', DISCORD_SHARD_IDS: '2-4' }, 'DISCORD_SHARD_IDS must list shard ids from 0 to 3 (DISCORD_SHARDS is 4)'],
    [{ DISCORD_SHARDS: '4', DISCORD_SHARD_IDS: 'first' }, 'DISCORD_SHARD_IDS must list shard ids, such as 0,1 or 4-7'],
    [{ RATE_LIMIT_REQUESTS: '0' }, 'RATE_LIMIT_REQUESTS must be at least 1'],
  ])('rejects %j with one clear line', (env, message) => {
    expect(() => loadSettings(env)).toThrow(new SettingsError(message))
  })
})
