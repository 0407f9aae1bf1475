import type { InstallationStore } from '@slack/oauth'

/** The bot scopes an installation asks for: those manifest.yml declares (a test keeps the two the same). */
export const SLACK_BOT_SCOPES = ['app_mentions:read', 'chat:write', 'commands', 'files:write', 'im:history', 'im:read', 'im:write']

/** Where a browser starts an installation, and where Slack sends it back. */
export const INSTALL_PATH = '/slack/install'
export const REDIRECT_PATH = '/slack/oauth_redirect'

/** Slack for many workspaces: each installs the app through OAuth, and is answered with its own token. */
export interface SlackOAuthOptions {
  /** SLACK_CLIENT_ID (Basic Information → App Credentials). */
  clientId: string
  /** SLACK_CLIENT_SECRET. */
  clientSecret: string
  /** SLACK_STATE_SECRET: signs the OAuth `state`, so a redirect that did not start at /slack/install here is refused. */
  stateSecret: string
  /** Where installations are kept (createSlackInstallationStore, in the bot's database). */
  installationStore: InstallationStore
  /** Bot scopes to ask for. @default SLACK_BOT_SCOPES */
  scopes?: string[]
  /**
   * Slack's authorize page, which /slack/install sends the browser to (a test double's, in tests).
   * @default "https://slack.com/oauth/v2/authorize"
   */
  authorizationUrl?: string
}
