import { afterEach, describe, expect, it } from 'vitest'
import { EXPIRED } from '../../../commands/messages.js'
import type { DiscordBot } from '../../../src/adapters/discord/bot.js'
import { openRetriever } from '../../../src/app/open-retriever.js'
import { ASKER, buttonClick, slashCommand } from '../../helpers/discord-payloads.js'
import { APPLICATION_ID, FakeDiscord, type RecordedRequest } from '../../helpers/fake-discord.js'
import { startDiscordBotOn } from '../../helpers/start-adapters.js'

// Share and More carry their state in their custom_id: a bot that never saw the answer, started after the one
// that posted it was stopped, answers the click. The real discord.js client, against a fake Discord on 127.0.0.1.
const EPHEMERAL = 64
const running: Array<DiscordBot | FakeDiscord> = []
afterEach(async () => {
  // Bots first, then the fake: closing the fake first makes a client try to resume.
  for (const peer of running.splice(0).reverse()) await ('client' in peer ? peer.stop() : peer.close())
})

type Interaction = { id: string; token: string }
const dispatch = async (fake: FakeDiscord, interaction: Interaction): Promise<RecordedRequest> => {
  fake.dispatch('INTERACTION_CREATE', interaction)
  return fake.waitForRequest((request) => request.path === `/api/v10/interactions/${interaction.id}/${interaction.token}/callback`)
}
const buttonsOf = (data: { components?: Array<{ components: Array<{ custom_id: string; label: string }> }> }) =>
  Object.fromEntries((data.components ?? []).flatMap((row) => row.components.map((button) => [button.label, button.custom_id])))

async function startTwoInTurn() {
  const fake = await FakeDiscord.start()
  running.push(fake)
  const retriever = await openRetriever('corpus')
  const first = await startDiscordBotOn(fake, { retriever })
  running.push(first)
  return {
    fake,
    /** Stops the bot that answered and starts a new one, as a restart or another instance would be. */
    async replaceBot() {
      await first.stop()
      running.splice(running.indexOf(first), 1)
      running.push(await startDiscordBotOn(fake, { retriever }))
    },
  }
}

describe('Discord buttons after a restart', () => {
  it('"More results" and "Share to channel" work on a bot that did not post the answer', async () => {
    const { fake, replaceBot } = await startTwoInTurn()
    const { body } = await dispatch(fake, slashCommand('ask', { question: 'digital economy' }))
    const buttons = buttonsOf(body.data)
    expect(Object.keys(buttons)).toEqual(['Share to channel', 'More results'])
    await replaceBot()

    const more = await dispatch(fake, buttonClick(buttons['More results']!))
    expect(more.body.data.flags & EPHEMERAL).toBe(EPHEMERAL)
    expect(more.body.data.embeds[0].footer.text).toContain('answer 2 of')

    const share = buttonClick(buttons['Share to channel']!)
    const update = await dispatch(fake, share)
    expect(update.body).toEqual({ type: 7, data: expect.objectContaining({ components: [] }) })
    const posted = await fake.waitForRequest(
      (request) => request.method === 'POST' && request.path === `/api/v10/webhooks/${APPLICATION_ID}/${share.token}`,
    )
    expect((posted.body.flags ?? 0) & EPHEMERAL).toBe(0)
    expect(posted.body.embeds[0].description).toBe(body.data.embeds[0].description)
    expect(posted.body.embeds[0].footer.text).toContain(`Shared by ${ASKER.username}`)
  })

  it('a question too long for the id is read from the message the button sits on, and an altered message is refused', async () => {
    const { fake, replaceBot } = await startTwoInTurn()
    const question = 'what does the white paper say about the share of the digital economy in the gross domestic product of China'
    const { body } = await dispatch(fake, slashCommand('ask', { question }))
    const buttons = buttonsOf(body.data)
    expect(buttons['Share to channel']!.length).toBeLessThanOrEqual(100)
    expect(buttons['Share to channel']).not.toContain('gross domestic')
    await replaceBot()

    const shown = { embeds: body.data.embeds }
    const share = buttonClick(buttons['Share to channel']!, ASKER, EPHEMERAL, shown)
    expect((await dispatch(fake, share)).body.type).toBe(7)
    const posted = await fake.waitForRequest(
      (request) => request.method === 'POST' && request.path === `/api/v10/webhooks/${APPLICATION_ID}/${share.token}`,
    )
    expect(posted.body.embeds[0].description).toBe(body.data.embeds[0].description)

    const altered = { embeds: [{ ...body.data.embeds[0], author: { name: 'Asked: who won the champions league final' } }] }
    const forged = await dispatch(fake, buttonClick(buttons['Share to channel']!, ASKER, EPHEMERAL, altered))
    expect(forged.body.data.embeds[0].description).toBe(EXPIRED)
  })
})
