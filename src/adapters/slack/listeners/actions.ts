import type { App, BlockButtonAction } from '@slack/bolt'
import { replyFound } from '../../../../commands/index.js'
import { logRequest } from '../../../app/log.js'
import { renderSlackReply } from '../blocks.js'
import { buttonValues, replyForButton } from '../buttons.js'
import { uploadChart } from '../charts.js'
import { APOLOGY, EXPIRED, type SlackContext } from '../context.js'

/**
 * "Share to channel" and "More results". A button's value is signed state, so
 * the command is redone from the corpus on whichever instance gets the click;
 * a forged or stale value is refused and nothing is posted.
 */
export function registerActions(app: App, context: SlackContext): void {
  app.action<BlockButtonAction>('more', async ({ ack, action, body, respond }) => {
    await ack()
    const started = performance.now()
    try {
      const found = replyForButton(action.value, context)
      const message = found
        ? renderSlackReply(found.reply, {
            answers: 'rest',
            buttons: buttonValues(context, {
              command: found.state.command,
              input: found.state.input,
              user: body.user.id,
              view: 'rest',
              shareable: true,
            }),
          })
        : renderSlackReply({ kind: 'notice', message: EXPIRED })
      await respond({ response_type: 'ephemeral', replace_original: false, ...message })
      if (found)
        logRequest(context.log, {
          platform: 'slack',
          command: 'more',
          latencyMs: performance.now() - started,
          found: replyFound(found.reply),
          user: body.user.id,
        })
    } catch (error) {
      context.log.error('slack button failed', error, { action: 'more' })
      await respond({ response_type: 'ephemeral', replace_original: false, text: APOLOGY }).catch(() => undefined)
    }
  })

  app.action<BlockButtonAction>('share', async ({ ack, action, body, respond, client }) => {
    await ack()
    try {
      const found = replyForButton(action.value, context)
      if (!found) {
        await respond({ response_type: 'ephemeral', replace_original: false, text: EXPIRED })
        return
      }
      if (found.state.user !== body.user.id) {
        await respond({ response_type: 'ephemeral', replace_original: false, text: 'Only the person who asked can share this answer.' })
        return
      }
      // A double click (or Slack resending the click) shares once; the first click already answers it.
      const message = body.container?.message_ts ?? body.message?.ts ?? ''
      if (!(await context.seen.claim(`slack:share:${message}:${action.value}`))) {
        context.log.info('share already done', { platform: 'slack', user: body.user.id })
        return
      }
      const shared = renderSlackReply(found.reply, { answers: found.state.view, sharedBy: body.user.name ?? body.user.id })
      await respond({ delete_original: true })
      await respond({ response_type: 'in_channel', replace_original: false, ...shared })
      const channel = body.channel?.id
      if (channel) await uploadChart(found.reply, { channel }, client, context)
    } catch (error) {
      context.log.error('slack button failed', error, { action: 'share' })
      await respond({ response_type: 'ephemeral', replace_original: false, text: APOLOGY }).catch(() => undefined)
    }
  })
}
