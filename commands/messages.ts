// What the bot says about a request itself, rather than its answer: the same
// words on every platform, changed here only.

/** When answering failed: said privately, after the failure is logged. */
export const APOLOGY = 'Sorry — something went wrong answering that. Please try again in a moment.'

/** A button whose answer is forgotten, forged or too old. */
export const EXPIRED = 'This button has expired. Run the command again to get a fresh answer.'

/** A request that arrives while the bot is stopping. */
export const RESTARTING = 'The bot is restarting. Please try again in a moment.'

/** Someone else's Share button. */
export const NOT_THE_ASKER = 'Only the person who asked can share this answer.'

/** "Find in white paper" on a message with only an image, or only mentions. */
export const NOTHING_TO_LOOK_UP = 'That message has no text to look up.'

/** Where a private reply's chart went (Slack cannot show a file to one person in a channel). */
export const CHART_IN_DIRECT_MESSAGE = 'chart sent to you in a direct message'

/** What a user over the rate limit is told, privately. */
export function slowDown(retryAfterSeconds: number): string {
  return `Slow down — you have asked a lot in a short time. Try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`
}

/** A command the platform sent that the bot does not have (removed since it was registered). */
export function unknownCommand(name: string): string {
  return `I don't know /${name} (it may have been removed). Try /help.`
}

/** A "/word" typed in text that names no command. */
export function noSuchCommand(name: string, known: readonly string[]): string {
  return `There is no /${name} command. Try ${known.map((command) => `/${command}`).join(', ')}, or just type a question.`
}

/** What a 👍 or 👎 press is told, privately. */
export const THANKS_NOTED = 'Thanks — noted.'

/** `report` run by someone not in ADMIN_USER_IDS. */
export const ADMINS_ONLY = 'Only the bot’s admins can see its usage report.'

/** The "what was wrong" form after a 👎: its title and its one optional field (each 45 characters at most, Discord's limit). */
export const WHAT_WAS_WRONG = { title: 'Thanks — noted. What was wrong?', label: 'What was wrong (optional)', maxLength: 500 } as const
