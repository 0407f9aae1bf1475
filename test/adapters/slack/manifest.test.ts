import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { commands } from '../../../commands/index.js'
import { FIND_IN_PAPER } from '../../../src/adapters/slack/listeners/shortcuts.js'
import { REDIRECT_PATH, SLACK_BOT_SCOPES } from '../../../src/adapters/slack/oauth.js'

interface Manifest {
  features: {
    slash_commands: Array<{ command: string; description: string }>
    shortcuts: Array<{ callback_id: string; type: string }>
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean }
  }
  oauth_config: { scopes: { bot: string[] }; redirect_urls: string[] }
  settings: { event_subscriptions: { bot_events: string[] }; interactivity: { is_enabled: boolean } }
}

describe('manifest.yml', async () => {
  const manifest = parse(await readFile('manifest.yml', 'utf8')) as Manifest

  it('declares the slash commands the app answers (help lives in App Home)', () => {
    const declared = manifest.features.slash_commands.map((command) => command.command)
    expect(declared).toEqual(commands.filter((command) => command.name !== 'help').map((command) => `/${command.name}`))
    for (const command of manifest.features.slash_commands) expect(command.description.length).toBeLessThanOrEqual(100)
  })

  it('declares the message shortcut, the events, interactivity and App Home the listeners use', () => {
    expect(manifest.features.shortcuts).toEqual([expect.objectContaining({ callback_id: FIND_IN_PAPER, type: 'message' })])
    // app_uninstalled and tokens_revoked: a workspace that removes the app is forgotten (OAuth mode).
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual([
      'app_home_opened',
      'app_mention',
      'app_uninstalled',
      'message.im',
      'tokens_revoked',
    ])
    expect(manifest.settings.interactivity.is_enabled).toBe(true)
    expect(manifest.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true })
  })

  it('asks for the scopes the Web API calls need, and no more; an OAuth installation asks for the same', () => {
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual(
      ['app_mentions:read', 'chat:write', 'commands', 'files:write', 'im:history', 'im:read', 'im:write'].sort(),
    )
    expect([...SLACK_BOT_SCOPES].sort()).toEqual(manifest.oauth_config.scopes.bot.sort())
    expect(manifest.oauth_config.redirect_urls).toEqual([`https://YOUR-HOST${REDIRECT_PATH}`])
  })
})
