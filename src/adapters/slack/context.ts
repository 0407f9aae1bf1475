import type { RequestHandler } from '../../../commands/handle-request.js'
import type { Logger } from '../../app/log.js'
import type { SeenKeys } from '../../app/seen-keys.js'
import type { renderBarChartPng } from '../../charts/render-bar-chart.js'
import type { Retriever } from '../../core/retriever.js'
import type { VoteSink } from '../shared/votes.js'

/** What every Slack listener works with. */
export interface SlackContext {
  /** Answers every request: the rate limit, the log line and the apology are its. */
  handle: RequestHandler
  /** For App Home, which lists the documents. */
  retriever: Pick<Retriever, 'documents'>
  /** Signs button values, so any instance can answer a click and forged ones are refused. */
  buttonSecret: string
  log: Logger
  /** Draws a chart as PNG; the real renderer unless a test swaps it. */
  drawChart: typeof renderBarChartPng
  /** What was already answered, so a double click on Share posts once. */
  seen: SeenKeys
  /** Where 👍/👎 go; without it answers have no such buttons. */
  votes?: VoteSink
  /** How long a reply posted through the Web API may wait out Slack's rate limit before the user is told it could not be posted. */
  maxReplyWaitMs: number
}

export const CHART_FILE = 'chart.png'
/** How long buttons work: as long as Slack's response URLs. */
export const BUTTON_LIFETIME_SECONDS = 30 * 60
