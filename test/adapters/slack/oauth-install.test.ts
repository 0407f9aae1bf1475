import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type SlackApp, startSlackApp } from '../../../src/adapters/slack/app.js'
import { createSlackInstallationStore } from '../../../src/adapters/slack/installations.js'
import { createLogger } from '../../../src/app/log.js'
import { openRetriever } from '../../../src/app/open-retriever.js'
import { migrate } from '../../../src/store/migrations.js'
import { FakeSlack, signedHeaders } from '../../helpers/fake-slack.js'
import { ASKER, eventEnvelope } from '../../helpers/slack-payloads.js'
import { SLACK_SIGNING_SECRET } from '../../helpers/start-adapters.js'
import { openPglite, type TestDatabase } from '../../helpers/store-backends.js'
import { captureStream } from '../../helpers/streams.js'

// Slack for many workspaces: a browser installs the app through /slack/install, the fake's consent page and
// /slack/oauth_redirect; the installation lands in the bot's database; that workspace's events are answered with
// its own token; uninstalling forgets it. The real Bolt app and @slack/oauth, against a fake Slack on 127.0.0.1.
const CLIENT = { clientId: '1111111111.2222222222', clientSecret: 'a-client-secret-for-tests' }
let fake: FakeSlack
let slack: SlackApp
let database: TestDatabase
let base: string
const logs = captureStream()
const installations = () => createSlackInstallationStore(database.db)

beforeAll(async () => {
  fake = await FakeSlack.start()
  database = await openPglite()
  await migrate(database.db)
  slack = await startSlackApp({
    signingSecret: SLACK_SIGNING_SECRET,
    oauth: {
      ...CLIENT,
      stateSecret: 'a-state-secret-for-tests',
      installationStore: installations(),
      authorizationUrl: fake.authorizationUrl,
    },
    apiUrl: fake.apiUrl,
    apiRetries: 0,
    port: 0,
    host: '127.0.0.1',
    retriever: await openRetriever('corpus'),
    log: createLogger(logs),
  })
  base = `http://127.0.0.1:${(slack.server!.address() as AddressInfo).port}`
  fake.oauthApp = { ...CLIENT, redirectUri: `${base}/slack/oauth_redirect` }
})

afterAll(async () => {
  if (process.env.DUMP_LOGS) console.log(logs.text())
  await slack.stop()
  await fake.close()
  await database.dispose()
})

/** What a browser does: GET, without following redirects, sending the cookie it was given. */
const browse = async (url: string, cookie?: string) => {
  const response = await fetch(url, { redirect: 'manual', ...(cookie ? { headers: { cookie } } : {}) })
  return {
    status: response.status,
    location: response.headers.get('location') ?? '',
    cookie: response.headers.get('set-cookie') ?? '',
    text: await response.text(),
  }
}
/** Polls the database until it holds `count` installations (the uninstall is handled after Slack's 200). */
const untilInstallations = async (count: number) => {
  const deadline = Date.now() + 5_000
  while ((await installations().count()) !== count) {
    if (Date.now() > deadline) throw new Error(`still ${await installations().count()} installations, wanted ${count}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
const cookieOf = (setCookie: string) => setCookie.split(';')[0] ?? ''
const sendEvent = async (envelope: object) => {
  const body = JSON.stringify(envelope)
  const response = await fetch(`${base}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signedHeaders(SLACK_SIGNING_SECRET, body) },
    body,
  })
  return response.status
}
const mentionIn = (team: string, botUserId: string, ts: string) => ({
  ...eventEnvelope({ type: 'app_mention', user: ASKER.id, text: `<@${botUserId}> internet users`, ts, channel: 'C0000000009' }),
  team_id: team,
  authorizations: [{ enterprise_id: null, team_id: team, user_id: botUserId, is_bot: true, is_enterprise_install: false }],
})

describe('Slack OAuth installation', () => {
  it('installs through /slack/install and the redirect, and answers that workspace with its own token', async () => {
    const install = await browse(`${base}/slack/install`)
    expect(install.status).toBe(302)
    const consent = new URL(install.location)
    expect(`${consent.origin}${consent.pathname}`).toBe(fake.authorizationUrl)
    expect(consent.searchParams.get('client_id')).toBe(CLIENT.clientId)
    expect(consent.searchParams.get('scope')?.split(',')).toContain('chat:write')
    const approved = await browse(install.location)
    expect(approved.status).toBe(302)
    expect(approved.location.startsWith(`${base}/slack/oauth_redirect?`)).toBe(true)

    const finished = await browse(approved.location, cookieOf(install.cookie))
    expect(finished.status).toBe(200)
    const exchange = fake.calls.find((call) => call.name === 'oauth.v2.access')
    expect(exchange).toBeDefined()
    expect(await installations().count()).toBe(1)
    const [token, bot] = [...fake.issuedTokens][0]!
    expect(bot.teamId).toBe('T0000000002')

    expect(await sendEvent(mentionIn('T0000000002', bot.botUserId, '1700000800.000100'))).toBe(200)
    const posted = await fake.waitFor((call) => call.name === 'chat.postMessage' && call.args.thread_ts === '1700000800.000100')
    expect(posted.authorization).toBe(`Bearer ${token}`)
    expect(JSON.stringify(posted.args.blocks)).toContain('1.05 billion')
  })

  it('refuses a redirect whose state it did not make, storing nothing and exchanging no code', async () => {
    const before = await installations().count()
    const exchanges = () => fake.calls.filter((call) => call.name === 'oauth.v2.access').length
    const exchanged = exchanges()
    const install = await browse(`${base}/slack/install`)
    // A forged state, with the browser's genuine cookie; then the genuine state with no cookie (another browser).
    const approved = new URL((await browse(install.location)).location)
    const forged = new URL(approved)
    forged.searchParams.set('state', `${approved.searchParams.get('state')}x`)
    for (const [url, cookie] of [
      [forged.toString(), cookieOf(install.cookie)],
      [approved.toString(), undefined],
    ] as const) {
      const refused = await browse(url, cookie)
      expect(refused.status).not.toBe(200)
      expect(refused.status).not.toBe(302)
    }
    expect(exchanges()).toBe(exchanged)
    expect(await installations().count()).toBe(before)
  })

  it('answers nothing for a workspace that never installed it', async () => {
    const calls = fake.calls.length
    expect(await sendEvent(mentionIn('T0000000404', 'UBOT0000404', '1700000900.000100'))).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(fake.calls.slice(calls).filter((call) => call.name === 'chat.postMessage')).toHaveLength(0)
  })

  it('forgets a workspace that uninstalls the app, and answers it no more', async () => {
    const [, bot] = [...fake.issuedTokens][0]!
    expect(await installations().count()).toBe(1)
    const uninstalled = { ...eventEnvelope({ type: 'app_uninstalled' }), team_id: bot.teamId, authorizations: [] }
    expect(await sendEvent(uninstalled)).toBe(200)
    await untilInstallations(0)
    const calls = fake.calls.length
    expect(await sendEvent(mentionIn(bot.teamId, bot.botUserId, '1700001000.000100'))).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(fake.calls.slice(calls).filter((call) => call.name === 'chat.postMessage')).toHaveLength(0)
  })

  it('forgets a workspace whose bot token is revoked', async () => {
    fake.installingTeam = { id: 'T0000000003', name: 'Third Workspace' }
    const install = await browse(`${base}/slack/install`)
    const approved = await browse(install.location)
    expect((await browse(approved.location, cookieOf(install.cookie))).status).toBe(200)
    expect(await installations().count()).toBe(1)
    const revoked = {
      ...eventEnvelope({ type: 'tokens_revoked', tokens: { oauth: [], bot: ['UBOT0000003'] } }),
      team_id: 'T0000000003',
      authorizations: [],
    }
    expect(await sendEvent(revoked)).toBe(200)
    await untilInstallations(0)
  })
})
