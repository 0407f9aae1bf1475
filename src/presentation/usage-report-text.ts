import type { QuestionCounts, UsageReport } from '../store/usage-report.js'

const number = new Intl.NumberFormat('en')
const share = (part: number, whole: number) => (whole === 0 ? '' : ` (${Math.round((100 * part) / whole)}%)`)
const plural = (count: number, one: string, many = `${one}s`) => `${number.format(count)} ${count === 1 ? one : many}`

/** The report as text for a person: what was asked, what was not answered, and what to add next. */
export function usageReportText(report: UsageReport): string {
  const lines = [`Questions from ${report.from.slice(0, 10)} to ${day(report.to)} (UTC)`, '']
  if (report.asked === 0) return [...lines, 'Nobody asked anything in this period.'].join('\n')
  lines.push(
    `${plural(report.asked, 'question')} asked: ${number.format(report.answered)} answered${share(report.answered, report.asked)}, ` +
      `${number.format(report.refused)} not answered by the documents${share(report.refused, report.asked)}` +
      (report.invalid + report.limited + report.failed > 0
        ? `, ${number.format(report.invalid)} unusable, ${number.format(report.limited)} over the rate limit, ${number.format(report.failed)} failed`
        : ''),
    `Feedback on answers: ${number.format(report.feedback.up)} 👍, ${number.format(report.feedback.down)} 👎`,
  )

  lines.push('', 'What the documents lacked:')
  if (!report.questionsKept) lines.push('  (question text is not kept: STORE_QUESTIONS=false)')
  else if (report.unanswered.length === 0) lines.push('  every question found an answer')
  for (const group of report.unanswered) {
    lines.push(`  ${plural(group.count, 'question')} about ${group.topic} went unanswered — “${group.question}”`)
  }
  if (report.unanswered.length > 0)
    lines.push('  A document that answers these is the one to add next (see "Adding a document" in the README).')

  if (report.topics.length > 0) {
    lines.push('', 'Most asked:')
    for (const group of report.topics) lines.push(`  ${number.format(group.count).padStart(5)}  ${group.question}`)
  }

  if (report.mostDisliked.length > 0) {
    lines.push('', 'Answers with the most 👎:')
    for (const answer of report.mostDisliked) {
      lines.push(
        `  ${answer.passageId ?? '(no passage)'}: ${number.format(answer.down)} 👎, ${number.format(answer.up)} 👍${answer.question ? ` — asked as “${answer.question}”` : ''}`,
      )
      for (const comment of answer.comments) lines.push(`      “${comment}”`)
    }
  }

  lines.push('', 'By platform:', ...table(report.byPlatform.map(({ platform, ...counts }) => [platform, counts])))
  lines.push('', 'By day:', ...table(report.byDay.map(({ day, ...counts }) => [day, counts])))
  return lines.join('\n')
}

/** The last day covered: the day before the period's exclusive end. */
function day(to: string): string {
  return new Date(Date.parse(to) - 1).toISOString().slice(0, 10)
}

function table(rows: Array<[string, QuestionCounts]>): string[] {
  const width = Math.max(8, ...rows.map(([name]) => name.length))
  return rows.map(
    ([name, counts]) =>
      `  ${name.padEnd(width)}  ${number.format(counts.asked).padStart(6)} asked  ${number.format(counts.answered).padStart(6)} answered${share(counts.answered, counts.asked).padEnd(7)}  ${number.format(counts.refused).padStart(6)} unanswered`,
  )
}
