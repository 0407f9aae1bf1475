import type { UsageReport } from '../store/usage-report.js'
import type { BarChart } from './statistics-chart.js'

/**
 * The report as charts: the share of questions answered on each day, and the
 * topics that went unanswered most (when any did). Empty when nobody asked.
 */
export function chartsOfUsageReport(report: UsageReport): BarChart[] {
  if (report.asked === 0) return []
  const period = `${report.from.slice(0, 10)} to ${new Date(Date.parse(report.to) - 1).toISOString().slice(0, 10)} (UTC)`
  const charts: BarChart[] = [
    {
      title: 'Questions answered, by day',
      caption: `Share of each day's questions the documents answered; ${report.asked} questions, ${period}.`,
      axisTitle: 'percent answered',
      domain: [0, 100],
      axisFormat: 'd',
      bars: report.byDay.map(({ day, asked, answered }) => {
        const percent = asked === 0 ? 0 : Math.round((1000 * answered) / asked) / 10
        return { label: day, value: percent, text: `${percent}% of ${asked}` }
      }),
    },
  ]
  if (report.unanswered.length > 0) {
    charts.push({
      title: 'Unanswered topics',
      caption: `Questions the documents had no answer for, grouped by similar wording, ${period}.`,
      axisTitle: 'questions',
      axisFormat: 'd',
      bars: report.unanswered.map(({ topic, count }) => ({ label: topic, value: count, text: String(count) })),
    })
  }
  return charts
}
