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

  it.each([
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
    [{ RATE_LIMIT_REQUESTS: '0' }, 'RATE_LIMIT_REQUESTS must be at least 1'],
  ])('rejects %j with one clear line', (env, message) => {
    expect(() => loadSettings(env)).toThrow(new SettingsError(message))
  })
})
