import { type ClientOptions, Options } from 'discord.js'

// The bot answers interactions and reads nothing else: each interaction carries the user, member, channel id
// and (for the message command) the message it needs. So nothing about people or messages is kept: by default
// discord.js keeps every user and member it has seen, for as long as it runs.
const NOT_KEPT = 0

/** discord.js caches for a bot that needs no member lists, messages or presences; guilds and channels stay. */
export const cacheOptions: Pick<ClientOptions, 'makeCache' | 'sweepers'> = {
  makeCache: Options.cacheWithLimits({
    ...Options.DefaultMakeCacheSettings,
    // The bot's own user and member are kept: discord.js reads them for permissions.
    UserManager: { maxSize: NOT_KEPT, keepOverLimit: (user) => user.id === user.client.user.id },
    GuildMemberManager: { maxSize: NOT_KEPT, keepOverLimit: (member) => member.id === member.client.user.id },
    MessageManager: NOT_KEPT,
    ReactionManager: NOT_KEPT,
    ReactionUserManager: NOT_KEPT,
    PresenceManager: NOT_KEPT,
    VoiceStateManager: NOT_KEPT,
    ThreadMemberManager: NOT_KEPT,
    GuildBanManager: NOT_KEPT,
    GuildInviteManager: NOT_KEPT,
    GuildScheduledEventManager: NOT_KEPT,
    StageInstanceManager: NOT_KEPT,
    AutoModerationRuleManager: NOT_KEPT,
  }),
  // What gets in anyway (the kept-over-limit entries, threads) is swept hourly.
  sweepers: {
    ...Options.DefaultSweeperSettings,
    users: { interval: 3_600, filter: () => (user) => user.id !== user.client.user.id },
    guildMembers: { interval: 3_600, filter: () => (member) => member.id !== member.client.user.id },
  },
}
