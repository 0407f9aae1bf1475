import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deployDiscordCommands } from '../../../src/adapters/discord/deploy.js'
import { APPLICATION_ID, FakeDiscord } from '../../helpers/fake-discord.js'

let fake: FakeDiscord
beforeAll(async () => {
  fake = await FakeDiscord.start()
})
afterAll(async () => {
  await fake.close()
})

describe('deployDiscordCommands', () => {
  const options = () => ({ token: 'test-token', applicationId: APPLICATION_ID, apiUrl: fake.apiUrl, rest: { retries: 0, timeout: 2000 } })

  it('registers every command in one guild when a guild is given', async () => {
    const result = await deployDiscordCommands({ ...options(), guildId: '200000000000000002' })
    expect(result).toEqual({
      scope: 'guild 200000000000000002',
      names: ['ask', 'stats', 'sources', 'about', 'report', 'help', 'Find in white paper'],
    })
    const request = await fake.waitForRequest((r) => r.method === 'PUT' && r.path.endsWith('/guilds/200000000000000002/commands'))
    expect(request.path).toBe(`/api/v10/applications/${APPLICATION_ID}/guilds/200000000000000002/commands`)
    expect(request.body[0]).toMatchObject({ name: 'ask', type: 1 })
  })

  it('registers globally otherwise', async () => {
    const result = await deployDiscordCommands(options())
    expect(result.scope).toBe('all guilds (global)')
    await fake.waitForRequest((r) => r.method === 'PUT' && r.path === `/api/v10/applications/${APPLICATION_ID}/commands`)
  })
})
