import type { UsageReport } from '../store/usage-report.js'

const number = new Intl.NumberFormat('en')
const percent = (part: number, whole: number) => (whole === 0 ? '' : ` (${Math.round((100 * part) / whole)}%)`)

/** How many unanswered wordings and disliked answers the chat summary lists; `npm run report` has the rest. */
const LISTED = 5

/**
 * The report in a few lines, for `/report` in a chat: the counts, the top
 * unanswered wording and the feedback. Short enough for one Slack section or
 * Discord embed; holds no user id, as the report holds none.
 */
export function usageSummaryText(report: UsageReport, days: number): string {
  const lines = [`Last ${days} days: ${number.format(report.asked)} questions asked`]
  if (report.asked === 0) return `${lines[0]}. Nobody asked anything yet.`
  lines[0] += `, ${number.format(report.answered)} answered${percent(report.answered, report.asked)}, ${number.format(report.refused)} not answered by the documents${percent(report.refused, report.asked)}.`
  lines.push(`Feedback: ${number.format(report.feedback.up)} 👍, ${number.format(report.feedback.down)} 👎.`)
  if (!report.questionsKept) lines.push('Question text is not kept (STORE_QUESTIONS=false), so there is no list of what went unanswered.')
  else if (report.unanswered.length === 0) lines.push('Every question found an answer.')
  else {
    lines.push('', 'Went unanswered most:')
    for (const group of report.unanswered.slice(0, LISTED))
      lines.push(`• ${number.format(group.count)} about ${group.topic} — “${group.question}”`)
  }
  if (report.mostDisliked.length > 0) {
    lines.push('', 'Answers with the most 👎:')
    for (const answer of report.mostDisliked.slice(0, LISTED))
      lines.push(
        `• ${answer.passageId ?? '(no passage)'}: ${number.format(answer.down)} 👎${answer.question ? ` — asked as “${answer.question}”` : ''}`,
      )
  }
  lines.push('', '`npm run report` has the rest: by day, by platform, and what people said was wrong.')
  return lines.join('\n')
}
