import { APPLICATION_ID, BOT_USER, discordMessage } from './fake-discord.js'

let nextId = 1_000
const id = () => `${++nextId}000000000`

export const ASKER = { id: '400000000000000001', username: 'analyst', discriminator: '0', avatar: null, global_name: 'Analyst' }
const CHANNEL = { id: '300', type: 0, name: 'white-paper', guild_id: '200', permissions: '0' }

function base(type: number, data: object, user = ASKER) {
  const interactionId = id()
  return {
    id: interactionId,
    application_id: APPLICATION_ID,
    type,
    data,
    token: `token-${interactionId}`,
    version: 1,
    guild_id: '200',
    channel_id: CHANNEL.id,
    channel: CHANNEL,
    member: { user, roles: [], joined_at: '2022-11-07T00:00:00.000Z', deaf: false, mute: false, flags: 0, permissions: '2248473465835073' },
    app_permissions: '2248473465835073',
    locale: 'en-GB',
    guild_locale: 'en-GB',
    entitlements: [],
    authorizing_integration_owners: { '0': '200' },
    context: 0,
  }
}

type OptionValue = string | boolean
const optionsOf = (options: Record<string, OptionValue>, focused?: string) =>
  Object.entries(options).map(([name, value]) => ({
    name,
    type: typeof value === 'boolean' ? 5 : 3,
    value,
    ...(name === focused ? { focused: true } : {}),
  }))

/** A slash command, as INTERACTION_CREATE carries it. */
export function slashCommand(name: string, options: Record<string, OptionValue> = {}, user = ASKER) {
  return base(2, { id: id(), name, type: 1, options: optionsOf(options) }, user)
}

/** An autocomplete request while the user types `options[focused]`. */
export function autocomplete(name: string, options: Record<string, OptionValue>, focused: string) {
  return base(4, { id: id(), name, type: 1, options: optionsOf(options, focused) })
}

/** A click on a button of a message the bot sent; `message` is what that message showed (its embeds), as Discord sends it along. */
export function buttonClick(customId: string, user = ASKER, flags = 64, message: { embeds?: unknown[] } = {}) {
  return {
    ...base(3, { custom_id: customId, component_type: 2 }, user),
    message: discordMessage({ id: id(), channel_id: CHANNEL.id, author: BOT_USER, type: 20, flags, ...message }),
  }
}

/** The message context-menu command used on a message with this text. */
export function messageCommand(name: string, content: string) {
  const targetId = id()
  return base(2, {
    id: id(),
    name,
    type: 3,
    target_id: targetId,
    resolved: {
      messages: {
        [targetId]: discordMessage({
          id: targetId,
          channel_id: CHANNEL.id,
          content,
          author: { id: '400000000000000002', username: 'colleague', discriminator: '0', avatar: null, global_name: null },
        }),
      },
    },
  })
}

/** A modal submitted: its custom id and the value typed in each text input, in label components as Discord sends them. */
export function modalSubmit(customId: string, values: Record<string, string>, user = ASKER) {
  return base(
    5,
    {
      custom_id: customId,
      components: Object.entries(values).map(([id, value], i) => ({
        type: 18,
        id: i * 2 + 1,
        component: { type: 4, id: i * 2 + 2, custom_id: id, value },
      })),
    },
    user,
  )
}
