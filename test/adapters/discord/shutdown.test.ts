import { describe, expect, it } from 'vitest'
import { RESTARTING } from '../../../commands/messages.js'
import { slashCommand } from '../../helpers/discord-payloads.js'
import { APPLICATION_ID, FakeDiscord } from '../../helpers/fake-discord.js'
import { slowChart } from '../../helpers/slow-chart.js'
import { startDiscordBotOn } from '../../helpers/start-adapters.js'

describe('Discord: stopping', () => {
  it('finishes the interaction in flight, tells newcomers to come back, then disconnects', async () => {
    const fake = await FakeDiscord.start()
    const bot = await startDiscordBotOn(fake, { drawChart: slowChart(400) })
    try {
      const inFlight = slashCommand('stats', { topic: 'e-commerce' })
      fake.dispatch('INTERACTION_CREATE', inFlight)
      await fake.waitForRequest((request) => request.path.endsWith(`/${inFlight.token}/callback`))
      const stopped = bot.stop()

      const late = slashCommand('ask', { question: 'internet users' })
      fake.dispatch('INTERACTION_CREATE', late)
      const refused = await fake.waitForRequest((request) => request.path.endsWith(`/${late.token}/callback`))
      expect(refused.body.data).toMatchObject({ content: RESTARTING, flags: 64 })

      await stopped
      const edit = fake.requests.find(
        (request) =>
          request.method === 'PATCH' && request.path === `/api/v10/webhooks/${APPLICATION_ID}/${inFlight.token}/messages/@original`,
      )
      expect(edit?.files.map((file) => file.name)).toEqual(['chart.png'])
    } finally {
      await fake.close()
    }
  })
})
