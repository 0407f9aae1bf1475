import type { Logger } from '../../app/log.js'
import type { RateLimiter } from '../../app/rate-limit.js'
import type { SeenKeys } from '../../app/seen-keys.js'
import type { renderBarChartPng } from '../../charts/render-bar-chart.js'
import type { Retriever } from '../../core/retriever.js'

/** What every Slack listener works with. */
export interface SlackContext {
  retriever: Retriever
  /** Signs button values, so any instance can answer a click and forged ones are refused. */
  buttonSecret: string
  log: Logger
  /** Per-user limit on questions (commands, mentions, DMs, the shortcut). */
  limiter: RateLimiter
  /** Draws a chart as PNG; the real renderer unless a test swaps it. */
  drawChart: typeof renderBarChartPng
  /** What was already answered, so a double click on Share posts once. */
  seen: SeenKeys
}

export const APOLOGY = 'Sorry — something went wrong answering that. Please try again in a moment.'
export const EXPIRED = 'This button has expired. Run the command again to get a fresh answer.'
export const CHART_FILE = 'chart.png'
/** How long buttons work: as long as Slack's response URLs. */
export const BUTTON_LIFETIME_SECONDS = 30 * 60
