import type { App } from '@slack/bolt'
import { commands, replyFound } from '../../../../commands/index.js'
import { logRequest } from '../../../app/log.js'
import { slowDown } from '../../../app/rate-limit.js'
import { renderSlackReply } from '../blocks.js'
import { buttonValues } from '../buttons.js'
import { uploadChart } from '../charts.js'
import { APOLOGY, type SlackContext } from '../context.js'
import { withoutSlackMentions } from '../mrkdwn.js'

const CHART_IN_DM = 'chart sent to you in a direct message'

/**
 * /ask, /stats, /sources, /help. The reply is the acknowledgement itself, so
 * it reaches Slack within its 3 seconds; a chart is drawn and uploaded after.
 */
export function registerCommands(app: App, context: SlackContext): void {
  for (const command of commands) {
    app.command(`/${command.name}`, async ({ command: request, ack, respond, client }) => {
      const started = performance.now()
      let acknowledged = false
      try {
        const decision = await context.limiter.take(`slack:${request.user_id}`)
        if (!decision.allowed) {
          await ack({ response_type: 'ephemeral', text: slowDown(decision.retryAfterSeconds) })
          context.log.info('rate limited', { platform: 'slack', user: request.user_id })
          return
        }
        const [first] = command.options
        const text = withoutSlackMentions(request.text)
        const reply = command.execute(first ? { [first.name]: text } : {}, context)
        const interactive = reply.kind === 'answers' || reply.kind === 'statistics'
        const charted = reply.kind === 'statistics' && reply.chart !== null
        const message = renderSlackReply(reply, {
          answers: 'first',
          ...(interactive
            ? { buttons: buttonValues(context, { command: command.name, input: text, user: request.user_id, shareable: true }) }
            : {}),
          ...(charted ? { chartNote: CHART_IN_DM } : {}),
        })
        await ack({ response_type: 'ephemeral', ...message })
        acknowledged = true
        logRequest(context.log, {
          platform: 'slack',
          command: command.name,
          latencyMs: performance.now() - started,
          found: replyFound(reply),
          user: request.user_id,
        })
        await uploadChart(reply, { user: request.user_id }, client, context)
      } catch (error) {
        context.log.error('slack command failed', error, { command: command.name })
        const apology = { response_type: 'ephemeral' as const, text: APOLOGY }
        await (acknowledged ? respond(apology) : ack(apology)).catch((failure: unknown) =>
          context.log.error('could not apologise', failure),
        )
      }
    })
  }
}
