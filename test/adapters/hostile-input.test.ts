import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DiscordBot } from '../../src/adapters/discord/bot.js'
import type { SlackApp } from '../../src/adapters/slack/app.js'
import { runTerminalSession } from '../../src/adapters/terminal/session.js'
import { createLogger } from '../../src/app/log.js'
import { openRetriever } from '../../src/app/open-retriever.js'
import type { Retriever } from '../../src/core/retriever.js'
import { messageCommand, slashCommand } from '../helpers/discord-payloads.js'
import { FakeDiscord } from '../helpers/fake-discord.js'
import { FakeSlack, signedHeaders } from '../helpers/fake-slack.js'
import { HOSTILE_QUESTIONS } from '../helpers/hostile-questions.js'
import { slashCommandForm } from '../helpers/slack-payloads.js'
import { eventsUrlOf, SLACK_SIGNING_SECRET, startDiscordBotOn, startSlackAppOn } from '../helpers/start-adapters.js'
import { captureStream, linesStream } from '../helpers/streams.js'

let retriever: Retriever
let discord: FakeDiscord
let bot: DiscordBot
let slackApi: FakeSlack
let slack: SlackApp
const logs = captureStream()

beforeAll(async () => {
  retriever = await openRetriever('corpus')
  discord = await FakeDiscord.start()
  bot = await startDiscordBotOn(discord, { retriever, log: createLogger(logs), rateLimit: { requests: 10_000 } })
  slackApi = await FakeSlack.start()
  slack = await startSlackAppOn(slackApi, { retriever, log: createLogger(logs), rateLimit: { requests: 10_000 } })
})

afterAll(async () => {
  await bot.stop()
  await discord.close()
  await slack.stop()
  await slackApi.close()
})

const EVIL_LINK = /\]\(https:\/\/evil|<https:\/\/evil|href/

describe.each(HOSTILE_QUESTIONS)('a question with %s', (_what, question) => {
  it('Discord: a clear private reply, the text inert, no pings', async () => {
    for (const interaction of [slashCommand('ask', { question }), messageCommand('Find in white paper', question)]) {
      discord.dispatch('INTERACTION_CREATE', interaction)
      const { body } = await discord.waitForRequest((r) => r.path.endsWith(`/${interaction.token}/callback`))
      expect(body.type).toBe(4)
      expect(body.data.flags).toBe(64)
      expect(body.data.allowed_mentions).toEqual({ parse: [] })
      const [embed] = body.data.embeds
      expect(embed.description.length).toBeGreaterThan(0)
      expect(embed.description).not.toMatch(EVIL_LINK)
      expect(embed.description).not.toContain('Sorry — something went wrong')
      expect(embed.url ?? '').not.toContain('evil')
      expect(body.data.content ?? '').toBe('')
    }
  })

  it('Slack: a clear private reply, escaped, verbatim, no pings', async () => {
    const body = slashCommandForm('/ask', question, slackApi.responseUrl('hostile'))
    const url = eventsUrlOf(slack)
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(SLACK_SIGNING_SECRET, body) },
      body,
    })
    expect(response.status).toBe(200)
    const reply = (await response.json()) as { response_type: string; text?: string; blocks?: unknown[] }
    expect(reply.response_type).toBe('ephemeral')
    const sent = JSON.stringify(reply)
    expect(sent).not.toMatch(/<[!@]|<https:\/\/evil/)
    expect(sent).not.toContain('Sorry — something went wrong')
    const textObjects = JSON.stringify(reply.blocks ?? []).match(/"type":"mrkdwn","text":"(?:[^"\\]|\\.)*","verbatim":(true|false)/g) ?? []
    for (const object of textObjects) expect(object).toMatch(/"verbatim":true$/)
  })

  it('terminal: a clear reply, and the session goes on', async () => {
    const output = captureStream()
    const errors = captureStream()
    await runTerminalSession({
      input: linesStream([question.replace(/\n/g, ' '), 'internet users']),
      output,
      errors,
      context: { retriever },
      interactive: false,
      color: false,
    })
    expect(output.text()).toContain('1.05 billion')
    expect(output.text()).not.toContain('Sorry — something went wrong')
    expect(errors.text()).toBe('')
  })
})

describe('after all of that', () => {
  it('nothing was logged as a failure', () => {
    expect(logs.text()).not.toMatch(/"level":"error"/)
  })
})
