import { BOT_USER_ID } from './fake-slack.js'

export const ASKER = { id: 'U0000000042', name: 'analyst' }
let counter = 0
const next = () => ++counter

/** A slash command, as Slack posts it (form fields). */
export function slashCommandForm(command: string, text: string, responseUrl: string, user = ASKER): string {
  return new URLSearchParams({
    token: 'legacy-token',
    team_id: 'T0000000001',
    team_domain: 'fake',
    channel_id: 'C0000000001',
    channel_name: 'white-paper',
    user_id: user.id,
    user_name: user.name,
    command,
    text,
    api_app_id: 'A0000000001',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: `trigger-${next()}`,
  }).toString()
}

/** The slash command's fields as a Socket Mode envelope carries them. */
export function slashCommandPayload(command: string, text: string, responseUrl: string) {
  return Object.fromEntries(new URLSearchParams(slashCommandForm(command, text, responseUrl)))
}

/** An Events API envelope. */
export function eventEnvelope(event: Record<string, unknown>) {
  return {
    token: 'legacy-token',
    team_id: 'T0000000001',
    api_app_id: 'A0000000001',
    event: { event_ts: `1700000${next()}.000100`, ...event },
    type: 'event_callback',
    event_id: `Ev${next()}`,
    event_time: 1700000000,
    authorizations: [{ enterprise_id: null, team_id: 'T0000000001', user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  }
}

/** A click on one of the bot's buttons. */
export function buttonPayload(actionId: string, value: string, responseUrl: string, user = ASKER) {
  return {
    type: 'block_actions',
    user: { id: user.id, username: user.name, name: user.name, team_id: 'T0000000001' },
    api_app_id: 'A0000000001',
    token: 'legacy-token',
    container: { type: 'message', message_ts: '1700000000.000100', channel_id: 'C0000000001', is_ephemeral: true },
    trigger_id: `trigger-${next()}`,
    team: { id: 'T0000000001', domain: 'fake' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: 'C0000000001', name: 'white-paper' },
    response_url: responseUrl,
    actions: [
      {
        action_id: actionId,
        block_id: 'b1',
        text: { type: 'plain_text', text: actionId },
        value,
        type: 'button',
        action_ts: '1700000000.1',
      },
    ],
  }
}

/** "Find in white paper" used on a message. */
export function messageShortcutPayload(text: string, responseUrl: string) {
  return {
    type: 'message_action',
    callback_id: 'find_in_paper',
    trigger_id: `trigger-${next()}`,
    response_url: responseUrl,
    team: { id: 'T0000000001', domain: 'fake' },
    channel: { id: 'C0000000001', name: 'white-paper' },
    user: { id: ASKER.id, name: ASKER.name },
    message: { type: 'message', user: 'U0000000007', text, ts: '1700000000.000200' },
    message_ts: '1700000000.000200',
    token: 'legacy-token',
    action_ts: '1700000000.2',
  }
}

/** A modal submitted: its callback id, private_metadata and the value typed in each input (block id and action id alike). */
export function viewSubmissionPayload(callbackId: string, privateMetadata: string, values: Record<string, string | null>, user = ASKER) {
  return {
    type: 'view_submission',
    team: { id: 'T0000000001', domain: 'fake' },
    user: { id: user.id, username: user.name, name: user.name, team_id: 'T0000000001' },
    api_app_id: 'A0000000001',
    token: 'legacy-token',
    trigger_id: `trigger-${next()}`,
    view: {
      id: `V${next()}`,
      team_id: 'T0000000001',
      type: 'modal',
      callback_id: callbackId,
      private_metadata: privateMetadata,
      blocks: [],
      state: {
        values: Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { [id]: { type: 'plain_text_input', value } }])),
      },
      hash: '1700000000.abcdef',
      title: { type: 'plain_text', text: 'Thanks — noted' },
      close: null,
      submit: null,
      previous_view_id: null,
      root_view_id: null,
      app_id: 'A0000000001',
      external_id: '',
      app_installed_team_id: 'T0000000001',
      bot_id: 'B0000000001',
    },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  }
}
