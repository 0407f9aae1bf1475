import type {
  AllMiddlewareArgs,
  BlockButtonAction,
  SlackActionMiddlewareArgs,
  SlackViewMiddlewareArgs,
  ViewSubmitAction,
} from '@slack/bolt'
import { EXPIRED, THANKS_NOTED, WHAT_WAS_WRONG } from '../../../../commands/messages.js'
import { readFeedback } from '../../shared/signed-feedback.js'
import type { SlackContext } from '../context.js'

/** The "what was wrong" modal's callback id, and its one field's block and action ids. */
export const WHAT_WAS_WRONG_VIEW = 'feedback_note'
const NOTE = 'what_was_wrong'

export type FeedbackButtonArgs = Pick<SlackActionMiddlewareArgs<BlockButtonAction>, 'ack' | 'action' | 'body' | 'respond'> &
  Pick<AllMiddlewareArgs, 'client'>

/**
 * 👍 or 👎: recorded at once (replacing the user's earlier vote on that
 * answer) and thanked privately. 👎 also opens a modal asking what was
 * wrong, which carries the same signed value, so any instance can take it.
 */
export function recordVote(context: SlackContext) {
  return async ({ ack, action, body, respond, client }: FeedbackButtonArgs): Promise<void> => {
    await ack()
    const state = readFeedback(action.value, context.buttonSecret)
    if (!state || !context.votes) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: EXPIRED })
      return
    }
    context.votes.vote({ requestId: state.requestId, platform: 'slack', userId: body.user.id, vote: state.vote })
    context.log.info('feedback', { platform: 'slack', vote: state.vote, user: body.user.id })
    if (state.vote === 'down') {
      // The trigger lasts three seconds: the modal opens before anything else is sent.
      try {
        await client.views.open({ trigger_id: body.trigger_id, view: whatWasWrongView(action.value ?? '') })
      } catch (error) {
        context.log.error('slack: the "what was wrong" form did not open', error)
      }
    }
    await respond({ response_type: 'ephemeral', replace_original: false, text: THANKS_NOTED })
  }
}

export type NoteArgs = Pick<SlackViewMiddlewareArgs<ViewSubmitAction>, 'ack' | 'view' | 'body'>

/** The modal sent: the 👎 again, now with what was wrong; acknowledging closes it. */
export function recordNote(context: SlackContext) {
  return async ({ ack, view, body }: NoteArgs): Promise<void> => {
    await ack()
    const state = readFeedback(view.private_metadata, context.buttonSecret)
    if (!state || !context.votes) {
      context.log.warn('slack: a "what was wrong" form with a forged or unknown answer was ignored', { user: body.user.id })
      return
    }
    const comment = view.state.values[NOTE]?.[NOTE]?.value?.trim() ?? ''
    context.votes.vote({
      requestId: state.requestId,
      platform: 'slack',
      userId: body.user.id,
      vote: state.vote,
      ...(comment ? { comment } : {}),
    })
  }
}

function whatWasWrongView(value: string) {
  return {
    type: 'modal' as const,
    callback_id: WHAT_WAS_WRONG_VIEW,
    private_metadata: value,
    // Slack allows 24 characters in a modal's title.
    title: { type: 'plain_text' as const, text: THANKS_NOTED.replace(/\.$/, '') },
    submit: { type: 'plain_text' as const, text: 'Send' },
    close: { type: 'plain_text' as const, text: 'Skip' },
    blocks: [
      {
        type: 'input' as const,
        block_id: NOTE,
        optional: true,
        label: { type: 'plain_text' as const, text: WHAT_WAS_WRONG.label },
        element: { type: 'plain_text_input' as const, action_id: NOTE, multiline: true, max_length: WHAT_WAS_WRONG.maxLength },
      },
    ],
  }
}
