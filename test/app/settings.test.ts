import { describe, expect, it } from 'vitest'
import { loadSettings, SettingsError } from '../../src/app/settings.js'

const TOKEN = `${'M'.repeat(24)}.${'G'.repeat(6)}.${'x'.repeat(38)}`

describe('loadSettings', () => {
  it('runs in the terminal with nothing set, or with the empty values of .env.example', () => {
    expect(loadSettings({})).toEqual({ corpusDir: 'corpus' })
    expect(loadSettings({ DISCORD_TOKEN: '', DISCORD_APPLICATION_ID: '', CORPUS_DIR: ' ' })).toEqual({ corpusDir: 'corpus' })
  })

  it('reads the Discord settings when DISCORD_TOKEN is set', () => {
    const settings = loadSettings({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: '100000000000000001',
      DISCORD_GUILD_ID: '200000000000000002',
      DISCORD_API_URL: 'http://127.0.0.1:9999/api',
      CORPUS_DIR: 'my-corpus',
    })
    expect(settings).toEqual({
      corpusDir: 'my-corpus',
      discord: { token: TOKEN, applicationId: '100000000000000001', guildId: '200000000000000002', apiUrl: 'http://127.0.0.1:9999/api' },
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
