import { describe, expect, it } from 'vitest'
import { createRateLimiter } from '../../src/app/rate-limit.js'
import { ASKER, slashCommand } from '../helpers/discord-payloads.js'
import { FakeDiscord } from '../helpers/fake-discord.js'
import { FakeSlack, signedHeaders } from '../helpers/fake-slack.js'
import { slashCommandForm } from '../helpers/slack-payloads.js'
import { eventsUrlOf, SLACK_SIGNING_SECRET, startDiscordBotOn, startSlackAppOn } from '../helpers/start-adapters.js'

const SLOW_DOWN = /^Slow down — you have asked a lot in a short time\. Try again in \d+ seconds?\.$/

describe('createRateLimiter', () => {
  it('lets a user ask up to the limit, then says when to come back; others are not affected', async () => {
    const limiter = createRateLimiter({ requests: 2, windowSeconds: 30 })
    expect(await limiter.take('u1')).toEqual({ allowed: true })
    expect(await limiter.take('u1')).toEqual({ allowed: true })
    const refused = await limiter.take('u1')
    expect(refused).toMatchObject({ allowed: false })
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeGreaterThan(25)
    expect(await limiter.take('u2')).toEqual({ allowed: true })
  })
})

describe('rate limits on the chat platforms', () => {
  it('Discord: over the limit, a user is told privately to slow down', async () => {
    const fake = await FakeDiscord.start()
    const bot = await startDiscordBotOn(fake, { rateLimit: { requests: 2, windowSeconds: 30 } })
    try {
      const replies = []
      for (let i = 0; i < 3; i++) {
        const interaction = slashCommand('ask', { question: 'internet users' })
        fake.dispatch('INTERACTION_CREATE', interaction)
        replies.push((await fake.waitForRequest((r) => r.path.endsWith(`/${interaction.token}/callback`))).body.data)
      }
      expect(replies[1].embeds[0].description).toContain('1.05 billion')
      expect(replies[2].flags).toBe(64)
      expect(replies[2].embeds[0].description).toMatch(SLOW_DOWN)
      const someoneElse = slashCommand('ask', { question: 'internet users' }, { ...ASKER, id: '400000000000000077' })
      fake.dispatch('INTERACTION_CREATE', someoneElse)
      const other = await fake.waitForRequest((r) => r.path.endsWith(`/${someoneElse.token}/callback`))
      expect(other.body.data.embeds[0].description).toContain('1.05 billion')
    } finally {
      await bot.stop()
      await fake.close()
    }
  })

  it('Slack: over the limit, a user is told privately to slow down', async () => {
    const fake = await FakeSlack.start()
    const slack = await startSlackAppOn(fake, { rateLimit: { requests: 2, windowSeconds: 30 } })
    try {
      const url = eventsUrlOf(slack)
      const ask = async () => {
        const body = slashCommandForm('/ask', 'internet users', fake.responseUrl('limit'))
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(SLACK_SIGNING_SECRET, body) },
          body,
        })
        return (await response.json()) as { response_type: string; text?: string }
      }
      await ask()
      await ask()
      const third = await ask()
      expect(third.response_type).toBe('ephemeral')
      expect(third.text).toMatch(SLOW_DOWN)
    } finally {
      await slack.stop()
      await fake.close()
    }
  })
})
