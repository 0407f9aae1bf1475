import type { App, MessageShortcut } from '@slack/bolt'
import { ask } from '../../../../commands/ask.js'
import { slowDown } from '../../../app/rate-limit.js'
import { defaultRetrieverOptions } from '../../../core/options.js'
import { truncateAtWord } from '../../../presentation/truncate.js'
import { renderSlackReply } from '../blocks.js'
import { buttonValues } from '../buttons.js'
import { APOLOGY, type SlackContext } from '../context.js'
import { withoutSlackMentions } from '../mrkdwn.js'

/** The message shortcut's callback id, as declared in manifest.yml. */
export const FIND_IN_PAPER = 'find_in_paper'

/** "Find in white paper" on a message: its text is the question, answered privately. */
export function registerShortcuts(app: App, context: SlackContext): void {
  app.shortcut<MessageShortcut>(FIND_IN_PAPER, async ({ ack, shortcut, respond }) => {
    await ack()
    try {
      const decision = await context.limiter.take(`slack:${shortcut.user.id}`)
      if (!decision.allowed) {
        await respond({ response_type: 'ephemeral', text: slowDown(decision.retryAfterSeconds) })
        return
      }
      const text = withoutSlackMentions(shortcut.message.text ?? '')
      const question = truncateAtWord(text, defaultRetrieverOptions.maxQuestionLength).replace(/…$/, '')
      const reply =
        text.length === 0
          ? { kind: 'notice' as const, message: 'That message has no text to look up.' }
          : ask.execute({ question }, context)
      const buttons =
        reply.kind === 'answers'
          ? buttonValues(context, { command: 'ask', input: question, user: shortcut.user.id, shareable: true })
          : undefined
      await respond({ response_type: 'ephemeral', ...renderSlackReply(reply, { answers: 'first', ...(buttons ? { buttons } : {}) }) })
    } catch (error) {
      context.log.error('slack shortcut failed', error)
      await respond({ response_type: 'ephemeral', text: APOLOGY }).catch(() => undefined)
    }
  })
}
