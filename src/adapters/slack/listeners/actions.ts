import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt'
import { madeFromButton } from '../buttons.js'
import { uploadChart } from '../charts.js'
import type { SlackContext } from '../context.js'
import { slackMessage } from '../respond.js'

export type ButtonArgs = Pick<SlackActionMiddlewareArgs<BlockButtonAction>, 'ack' | 'action' | 'body' | 'respond'> &
  Pick<AllMiddlewareArgs, 'client'>

/**
 * "Share to channel" and "More results". A button's value is signed state, so
 * the command is redone from the corpus on whichever instance gets the click;
 * a forged or stale value is refused and nothing is posted.
 */
export function answerButton(button: 'more' | 'share', context: SlackContext) {
  return async ({ ack, action, body, respond, client }: ButtonArgs): Promise<void> => {
    await ack()
    let posted = false
    const channel = body.channel?.id
    const request = {
      platform: 'slack',
      origin: 'button',
      user: body.user.id,
      userName: body.user.name ?? body.user.id,
      ...(channel ? { where: channel } : {}),
      ...(body.team?.id ? { workspace: body.team.id } : {}),
      asked: { button, madeFrom: madeFromButton(action.value, context) },
      public: false,
    } as const
    await context.handle(request, {
      async send(outcome) {
        const message = slackMessage(outcome, context)
        if (outcome.kind !== 'reply' || outcome.sharedBy === undefined) {
          await respond({ response_type: 'ephemeral', replace_original: false, ...message })
          return
        }
        // A double click (or Slack resending the click) shares once; the first click already answers it.
        if (!(await context.seen.claim(`slack:share:${body.container?.message_ts ?? body.message?.ts ?? ''}:${action.value}`))) {
          context.log.info('share already done', { platform: 'slack', user: body.user.id })
          return
        }
        await respond({ delete_original: true })
        await respond({ response_type: 'in_channel', replace_original: false, ...message })
        posted = true
      },
      afterwards: async (outcome) => {
        if (posted && channel)
          await uploadChart(outcome.chart, { channel }, client, context, async (text) => {
            await respond({ response_type: 'ephemeral', replace_original: false, text })
          })
      },
    })
  }
}
