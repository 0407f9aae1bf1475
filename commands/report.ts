import { usageSummaryText } from '../src/presentation/usage-summary-text.js'
import type { Command } from './command.js'

/** The period `report` covers: the same as `npm run report` without --days. */
const REPORT_DAYS = 30

/** `report`: for the bot's admins, how it was used, what went unanswered, and the feedback; never a user id. */
export const report = {
  name: 'report',
  description: 'For admins: questions asked and answered in the last 30 days, what went unanswered, and 👍/👎.',
  options: [],
  capabilities: { adminOnly: true, readsUsage: true },
  async execute(_input, { readUsage }) {
    const usage = await readUsage?.(REPORT_DAYS)
    if (!usage) return { kind: 'notice', message: 'No request store is open, so there is nothing to report.' }
    return { kind: 'notice', message: usageSummaryText(usage, REPORT_DAYS) }
  },
} satisfies Command
