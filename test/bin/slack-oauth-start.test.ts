import { spawn } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { FakeSlack } from '../helpers/fake-slack.js'
import { programEnv } from '../helpers/run-program.js'
import { emptyPgliteFolder } from '../helpers/store-backends.js'
import { waitUntil } from '../helpers/wait-until.js'

// `npm start` with the OAuth settings and no bot token: Slack for many workspaces, installations in DATA_DIR.
describe('npm start with Slack OAuth settings', () => {
  it('serves /slack/install, sending the browser to Slack with the client id and scopes, and stops cleanly', async () => {
    const fake = await FakeSlack.start()
    const dataDir = await emptyPgliteFolder()
    const secrets = { SLACK_CLIENT_SECRET: 'a-client-secret-for-tests', SLACK_STATE_SECRET: 'a-state-secret-for-tests' }
    const child = spawn(process.execPath, ['dist/src/bin/start.js'], {
      env: programEnv({
        SLACK_CLIENT_ID: '1111111111.2222222222',
        ...secrets,
        SLACK_SIGNING_SECRET: 'a-signing-secret-for-tests',
        SLACK_API_URL: fake.apiUrl,
        DATA_DIR: dataDir,
        PORT: '0',
        HOST: '127.0.0.1',
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
    try {
      await waitUntil(
        () => stderr.includes('slack app ready'),
        30_000,
        () => stderr,
      )
      const ready = JSON.parse(stderr.split('\n').find((line) => line.includes('slack app ready'))!) as { address: { port: number } }
      // Not followed: the consent screen is Slack's own; only where it points is checked.
      const install = await fetch(`http://127.0.0.1:${ready.address.port}/slack/install`, { redirect: 'manual' })
      expect(install.status).toBe(302)
      const consent = new URL(install.headers.get('location') ?? '')
      expect(`${consent.origin}${consent.pathname}`).toBe('https://slack.com/oauth/v2/authorize')
      expect(consent.searchParams.get('client_id')).toBe('1111111111.2222222222')
      expect(consent.searchParams.get('scope')).toBe('app_mentions:read,chat:write,commands,files:write,im:history,im:read,im:write')
      expect(consent.searchParams.get('state')).toBeTruthy()
      child.kill('SIGTERM')
      expect(await exited).toBe(0)
      for (const secret of Object.values(secrets)) expect(stderr).not.toContain(secret)
    } finally {
      child.kill('SIGKILL')
      await fake.close()
      await rm(dataDir, { recursive: true, force: true })
    }
  }, 40_000)
})
