import type { Outcome } from '../../../commands/request.js'
import { renderSlackReply, type SlackMessage } from './blocks.js'
import { buttonValues, feedbackValues } from './buttons.js'
import type { SlackContext } from './context.js'

// Neutral outcome → Slack message. Sending is each listener's: the acknowledgement, response_url or Web API.

export interface SlackMessageOptions {
  /** A line about where the chart went, for a reply whose chart is uploaded elsewhere. */
  chartNote?: string
}

/**
 * The message for an outcome: a reply in Block Kit with its signed buttons, a
 * notice in a block, the slow-down and the apology as text alone.
 */
export function slackMessage(outcome: Outcome, context: SlackContext, options: SlackMessageOptions = {}): Partial<SlackMessage> {
  if (outcome.kind !== 'reply') {
    return outcome.kind === 'notice' ? renderSlackReply({ kind: 'notice', message: outcome.message }) : { text: outcome.message }
  }
  const { again } = outcome
  const buttons =
    again &&
    buttonValues(context, { command: again.command, input: again.text, user: again.user, view: again.view, shareable: outcome.shareable })
  const votes = context.votes && outcome.feedbackId !== undefined ? feedbackValues(outcome.feedbackId, context) : undefined
  return renderSlackReply(outcome.reply, {
    answers: outcome.view,
    ...(buttons || votes ? { buttons: { ...buttons, ...votes } } : {}),
    ...(outcome.sharedBy !== undefined ? { sharedBy: outcome.sharedBy } : {}),
    ...(outcome.chart && options.chartNote ? { chartNote: options.chartNote } : {}),
  })
}
