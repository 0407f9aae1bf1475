import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt'
import { CHART_IN_DIRECT_MESSAGE } from '../../../../commands/messages.js'
import { uploadChart } from '../charts.js'
import type { SlackContext } from '../context.js'
import { withoutSlackMentions } from '../mrkdwn.js'
import { slackMessage } from '../respond.js'

export type SlashCommandArgs = Pick<SlackCommandMiddlewareArgs, 'command' | 'ack' | 'respond'> & Pick<AllMiddlewareArgs, 'client'>

/**
 * /ask, /stats, /sources… The reply is the acknowledgement itself, so it
 * reaches Slack within its 3 seconds; a chart is drawn and uploaded to the
 * asker's direct messages after, and anything later goes to the response_url.
 */
export function answerSlashCommand(context: SlackContext) {
  return async ({ command, ack, respond, client }: SlashCommandArgs): Promise<void> => {
    let acknowledged = false
    const request = {
      platform: 'slack',
      origin: 'command',
      user: command.user_id,
      userName: command.user_name,
      where: command.channel_id,
      ...(command.team_id ? { workspace: command.team_id } : {}),
      asked: { command: command.command.replace(/^\//, ''), text: withoutSlackMentions(command.text) },
      public: false,
    } as const
    await context.handle(request, {
      async send(outcome) {
        const message = { response_type: 'ephemeral' as const, ...slackMessage(outcome, context, { chartNote: CHART_IN_DIRECT_MESSAGE }) }
        if (acknowledged) await respond(message)
        else {
          await ack(message)
          acknowledged = true
        }
      },
      afterwards: (outcome) =>
        uploadChart(outcome.chart, { user: command.user_id }, client, context, async (text) => {
          await respond({ response_type: 'ephemeral', text })
        }),
    })
  }
}
