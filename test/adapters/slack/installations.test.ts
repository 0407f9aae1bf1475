import type { Installation } from '@slack/oauth'
import { describe, expect, it } from 'vitest'
import { createSlackInstallationStore } from '../../../src/adapters/slack/installations.js'
import { migrate } from '../../../src/store/migrations.js'
import { BACKENDS } from '../../helpers/store-backends.js'

const installation = (team: string, token: string): Installation => ({
  team: { id: team, name: `Workspace ${team}` },
  enterprise: undefined,
  user: { id: 'U0000000099', token: undefined, scopes: undefined },
  bot: { id: 'B0000000002', userId: 'UBOT0000002', token, scopes: ['chat:write'] },
  appId: 'A0000000001',
  tokenType: 'bot',
  isEnterpriseInstall: false,
  authVersion: 'v2',
})

describe.each(BACKENDS)('Slack installations in the store ($name)', (backend) => {
  it('keeps one installation per workspace, replaced by a reinstall, and deletes it on request', async ({ skip }) => {
    if (backend.unavailable) skip(backend.unavailable)
    const { db, dispose } = await backend.open()
    try {
      await migrate(db)
      const store = createSlackInstallationStore(db)
      await store.storeInstallation(installation('T1', 'xoxb-first'))
      await store.storeInstallation(installation('T2', 'xoxb-second'))
      await store.storeInstallation(installation('T1', 'xoxb-reinstalled'))
      expect(await store.count()).toBe(2)
      const query = { teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false }
      expect((await store.fetchInstallation(query)).bot?.token).toBe('xoxb-reinstalled')
      await store.deleteInstallation?.(query)
      await expect(store.fetchInstallation(query)).rejects.toThrow('no installation for team:T1')
      expect((await store.fetchInstallation({ ...query, teamId: 'T2' })).bot?.token).toBe('xoxb-second')
    } finally {
      await dispose()
    }
  })
})
