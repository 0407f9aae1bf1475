import type { App, BlockButtonAction } from '@slack/bolt'
import { renderSlackReply } from '../blocks.js'
import { uploadChart } from '../charts.js'
import { APOLOGY, EXPIRED, type SlackContext } from '../context.js'

export interface ButtonValue {
  key: string
  answers: 'first' | 'rest'
}

/** Reads a button's value ("<key>:first", "<key>"); undefined for anything the bot did not make. */
export function parseButtonValue(value: string | undefined): ButtonValue | undefined {
  const [key, view = 'first', ...rest] = (value ?? '').split(':')
  if (!key || !/^[\w-]+$/.test(key) || rest.length > 0 || (view !== 'first' && view !== 'rest')) return undefined
  return { key, answers: view }
}

/**
 * "Share to channel" and "More results". A button's value is only a key to a
 * recent reply, so a forged or stale one finds nothing and posts nothing.
 */
export function registerActions(app: App, context: SlackContext): void {
  app.action<BlockButtonAction>('more', async ({ ack, action, respond }) => {
    await ack()
    try {
      const value = parseButtonValue(action.value)
      const remembered = value && context.replies.recall(value.key)
      const message = remembered
        ? renderSlackReply(remembered.reply, { answers: 'rest', key: value.key, shareable: true })
        : renderSlackReply({ kind: 'notice', message: EXPIRED })
      await respond({ response_type: 'ephemeral', replace_original: false, ...message })
    } catch (error) {
      context.log.error('slack button failed', error, { action: 'more' })
      await respond({ response_type: 'ephemeral', replace_original: false, text: APOLOGY }).catch(() => undefined)
    }
  })

  app.action<BlockButtonAction>('share', async ({ ack, action, body, respond, client }) => {
    await ack()
    try {
      const value = parseButtonValue(action.value)
      const remembered = value && context.replies.recall(value.key)
      if (!remembered) {
        await respond({ response_type: 'ephemeral', replace_original: false, text: EXPIRED })
        return
      }
      if (remembered.userId !== body.user.id) {
        await respond({ response_type: 'ephemeral', replace_original: false, text: 'Only the person who asked can share this answer.' })
        return
      }
      const shared = renderSlackReply(remembered.reply, { answers: value.answers, sharedBy: body.user.name ?? body.user.id })
      await respond({ delete_original: true })
      await respond({ response_type: 'in_channel', replace_original: false, ...shared })
      const channel = body.channel?.id
      if (channel) await uploadChart(remembered.reply, { channel }, client, context, remembered.chart)
    } catch (error) {
      context.log.error('slack button failed', error, { action: 'share' })
      await respond({ response_type: 'ephemeral', replace_original: false, text: APOLOGY }).catch(() => undefined)
    }
  })
}
