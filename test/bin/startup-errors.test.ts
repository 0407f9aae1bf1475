import { describe, expect, it } from 'vitest'
import { FakeDiscord } from '../helpers/fake-discord.js'
import { FakeSlack } from '../helpers/fake-slack.js'
import { closedPort, runProgram } from '../helpers/run-program.js'

// Shaped like a bot token; the fake decides whether to accept it.
const DISCORD_TOKEN = `${'M'.repeat(24)}.${'G'.repeat(6)}.${'x'.repeat(38)}`
const SLACK_HTTP = { SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: 'a-signing-secret-for-tests', PORT: '0', HOST: '127.0.0.1' }

/** The last line of stderr, and whether any line of it is a stack trace's. */
const fatalLine = (stderr: string) => ({ last: stderr.trim().split('\n').at(-1), stackTrace: /^\s+at /m.test(stderr) })

describe('a fatal start-up error is one line naming the platform and what to do, exit code 1', () => {
  it('a rejected Discord token', async () => {
    const fake = await FakeDiscord.start()
    fake.rejectToken = true
    try {
      const { code, stdout, stderr } = await runProgram('dist/src/bin/start.js', [], '', { DISCORD_TOKEN, DISCORD_API_URL: fake.apiUrl })
      expect(code).toBe(1)
      expect(stdout).toBe('')
      expect(stderr).toBe(
        'Discord rejected DISCORD_TOKEN. Copy the bot token again (Developer Portal → your app → Bot → Reset Token) into DISCORD_TOKEN.\n',
      )
    } finally {
      await fake.close()
    }
  })

  it('a rejected Discord token when registering the commands', async () => {
    const fake = await FakeDiscord.start()
    fake.rejectToken = true
    try {
      const { code, stderr } = await runProgram('dist/src/bin/deploy-discord.js', [], '', {
        DISCORD_TOKEN,
        DISCORD_APPLICATION_ID: '100000000000000001',
        DISCORD_API_URL: fake.apiUrl,
      })
      expect(code).toBe(1)
      expect(stderr).toBe(
        'Discord rejected DISCORD_TOKEN. Copy the bot token again (Developer Portal → your app → Bot → Reset Token) into DISCORD_TOKEN.\n',
      )
    } finally {
      await fake.close()
    }
  })

  it('Discord unreachable', async () => {
    const apiUrl = `http://127.0.0.1:${await closedPort()}/api`
    const { code, stderr } = await runProgram('dist/src/bin/start.js', [], '', { DISCORD_TOKEN, DISCORD_API_URL: apiUrl })
    expect(code).toBe(1)
    expect(stderr).toBe(
      `Discord cannot be reached at ${apiUrl}, the DISCORD_API_URL setting (ECONNREFUSED). Check this machine's network connection and DISCORD_API_URL, then start again.\n`,
    )
  })

  it('Slack unreachable: it says Slack cannot be reached, not that Slack refused', async () => {
    const apiUrl = `http://127.0.0.1:${await closedPort()}/api/`
    const { code, stderr } = await runProgram('dist/src/bin/start.js', [], '', { ...SLACK_HTTP, SLACK_API_URL: apiUrl })
    expect(code).toBe(1)
    // Before it, the Web API client's retries are logged as warnings, one JSON line each.
    expect(fatalLine(stderr)).toEqual({
      last: `Slack cannot be reached at ${apiUrl}, the SLACK_API_URL setting (ECONNREFUSED). Check this machine's network connection and SLACK_API_URL, then start again.`,
      stackTrace: false,
    })
  })

  it('a rejected Slack token, in Socket Mode', async () => {
    const fake = await FakeSlack.start()
    fake.rejectToken = true
    try {
      const { code, stderr } = await runProgram('dist/src/bin/start.js', [], '', {
        SLACK_BOT_TOKEN: 'xoxb-test-token',
        SLACK_APP_TOKEN: 'xapp-1-test',
        SLACK_API_URL: fake.apiUrl,
      })
      expect(code).toBe(1)
      expect(fatalLine(stderr)).toEqual({
        last: 'Slack rejected the token (invalid_auth). Check SLACK_BOT_TOKEN (OAuth & Permissions → Bot User OAuth Token) and, in Socket Mode, SLACK_APP_TOKEN.',
        stackTrace: false,
      })
    } finally {
      await fake.close()
    }
  })
})
