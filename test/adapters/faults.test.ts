import { describe, expect, it } from 'vitest'
import { APOLOGY } from '../../commands/messages.js'
import { createLogger } from '../../src/app/log.js'
import { ASKER as DISCORD_ASKER, slashCommand } from '../helpers/discord-payloads.js'
import { FakeDiscord } from '../helpers/fake-discord.js'
import { BOT_USER_ID, FakeSlack } from '../helpers/fake-slack.js'
import { ASKER, buttonPayload, eventEnvelope, slashCommandPayload } from '../helpers/slack-payloads.js'
import { startDiscordBotOn, startSlackAppOn } from '../helpers/start-adapters.js'
import { captureStream } from '../helpers/streams.js'
import { waitUntil } from '../helpers/wait-until.js'

describe('faults: Discord', () => {
  it('answers again after the gateway connection drops, and logs the drop and the return', async () => {
    const fake = await FakeDiscord.start()
    const logs = captureStream()
    const bot = await startDiscordBotOn(fake, { log: createLogger(logs) })
    try {
      const connectionsBefore = fake.identified
      fake.dropConnections(4000)
      // The client resumes the session (or identifies again) on a new connection.
      await waitUntil(() => bot.client.ws.status === 0 && (fake.identified > connectionsBefore || fake.resumed > 0))
      const interaction = slashCommand('ask', { question: 'internet users' })
      fake.dispatch('INTERACTION_CREATE', interaction)
      const { body } = await fake.waitForRequest((r) => r.path.endsWith(`/${interaction.token}/callback`))
      expect(body.data.embeds[0].description).toContain('1.05 billion')
      const lines = logs
        .text()
        .split('\n')
        .filter((line) => line.includes('discord gateway'))
      expect(lines[0]).toContain('"level":"warn"')
      expect(lines[0]).toContain('"message":"discord gateway connection dropped; reconnecting"')
      await waitUntil(() => /discord gateway (resumed|connected again)/.test(logs.text()))
    } finally {
      await bot.stop()
      await fake.close()
    }
  })

  it('keeps no user or member it has seen: the caches stay the size of the bot, however many people ask', async () => {
    const fake = await FakeDiscord.start()
    const bot = await startDiscordBotOn(fake, { rateLimit: { requests: 1000 } })
    try {
      const tokens: string[] = []
      for (let i = 0; i < 25; i += 1) {
        const interaction = slashCommand(
          'ask',
          { question: 'internet users' },
          { ...DISCORD_ASKER, id: `5000000000000${String(i).padStart(5, '0')}` },
        )
        tokens.push(interaction.token)
        fake.dispatch('INTERACTION_CREATE', interaction)
      }
      for (const token of tokens) await fake.waitForRequest((r) => r.path.endsWith(`/${token}/callback`))
      const others = bot.client.users.cache.filter((user) => user.id !== bot.client.user?.id)
      expect(others.size).toBe(0)
      const members = bot.client.guilds.cache.reduce((sum, guild) => sum + guild.members.cache.size, 0)
      expect(members).toBeLessThanOrEqual(bot.client.guilds.cache.size)
    } finally {
      await bot.stop()
      await fake.close()
    }
  })
})

describe('faults: Slack', () => {
  const start = async (fake: FakeSlack, logs = captureStream(), extra: object = {}) =>
    startSlackAppOn(fake, { appToken: 'xapp-t', log: createLogger(logs), ...extra })
  const stop = async (slack: { stop(): Promise<void> }, fake: FakeSlack) => {
    await slack.stop()
    await fake.waitForSockets(0)
    await fake.close()
  }

  it('reconnects when Slack closes the socket, logs it with a message, and acknowledges envelopes after', async () => {
    const fake = await FakeSlack.start()
    const logs = captureStream()
    const slack = await start(fake, logs)
    try {
      const opened = () => fake.calls.filter((call) => call.name === 'apps.connections.open').length
      expect(opened()).toBe(1)
      fake.dropSockets()
      await waitUntil(() => opened() === 2 && fake.socketCount === 1)
      const ack = await fake.sendEnvelope('slash_commands', slashCommandPayload('/ask', 'internet users', fake.responseUrl('after')), true)
      expect(JSON.stringify(ack.payload)).toContain('1.05 billion')
      expect(logs.text()).toContain('"message":"slack socket connection dropped; reconnecting"')
      await waitUntil(() => logs.text().includes('"message":"slack socket connected again"'))
    } finally {
      await stop(slack, fake)
    }
  })

  it('when chat.postMessage fails, logs it and tells the user privately; nothing is left unhandled', async () => {
    const fake = await FakeSlack.start()
    const logs = captureStream()
    const slack = await start(fake, logs)
    try {
      fake.failing.add('chat.postMessage')
      await fake.sendEnvelope(
        'events_api',
        eventEnvelope({
          type: 'app_mention',
          user: ASKER.id,
          text: `<@${BOT_USER_ID}> internet users`,
          ts: '1700000100.000100',
          channel: 'C0000000001',
        }),
      )
      const apology = await fake.waitFor((call) => call.name === 'chat.postEphemeral')
      expect(apology.args).toMatchObject({ channel: 'C0000000001', user: ASKER.id, text: APOLOGY, thread_ts: '1700000100.000100' })
      await waitUntil(() => logs.text().includes('slack message failed'))
    } finally {
      await stop(slack, fake)
    }
  })

  it('when a response_url fails, logs it and goes on serving', async () => {
    const fake = await FakeSlack.start()
    const logs = captureStream()
    const slack = await start(fake, logs)
    try {
      fake.failing.add('broken-response')
      await fake.sendEnvelope('interactive', buttonPayload('more', 'not.signed', fake.responseUrl('broken-response')))
      await waitUntil(() => logs.text().includes('slack button failed'))
      const ack = await fake.sendEnvelope('slash_commands', slashCommandPayload('/ask', 'internet users', fake.responseUrl('fine')), true)
      expect(JSON.stringify(ack.payload)).toContain('1.05 billion')
    } finally {
      await stop(slack, fake)
    }
  })
})
