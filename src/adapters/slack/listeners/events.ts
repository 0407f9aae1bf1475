import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt'
import { commands } from '../../../../commands/index.js'
import { homeView } from '../blocks.js'
import type { SlackContext } from '../context.js'
import { answerInConversation } from '../conversation.js'
import { ReplyRateLimitedError, withinRateLimit } from '../within-rate-limit.js'

type EventArgs<Type extends string> = Pick<SlackEventMiddlewareArgs<Type>, 'event'> &
  Partial<Pick<SlackEventMiddlewareArgs<Type>, 'body'>> &
  Pick<AllMiddlewareArgs, 'client'>

/** The workspace an event came from, when the envelope says. */
const teamOf = (body: { team_id?: string } | undefined) => (body?.team_id ? { team: body.team_id } : {})

/** A mention is answered in a thread under it. */
export function answerMention(context: SlackContext) {
  return async ({ event, body, client }: EventArgs<'app_mention'>): Promise<void> => {
    const { text, channel, user } = event
    await answerInConversation(client, context, {
      origin: 'mention',
      text,
      channel,
      user,
      threadTs: event.thread_ts ?? event.ts,
      ...teamOf(body),
    })
  }
}

/** A direct message is answered in the DM; only what a person writes, not edits, joins or the bot's own messages. */
export function answerDirectMessage(context: SlackContext) {
  return async ({ event, body, client }: EventArgs<'message'>): Promise<void> => {
    if (event.channel_type !== 'im' || event.subtype !== undefined || 'bot_id' in event) return
    await answerInConversation(client, context, {
      origin: 'direct-message',
      text: event.text ?? '',
      channel: event.channel,
      user: event.user,
      ...teamOf(body),
    })
  }
}

/** The App Home tab: the documents, and how to ask. */
export function publishHome(context: SlackContext) {
  return async ({ event, client }: EventArgs<'app_home_opened'>): Promise<void> => {
    try {
      const lines = commands.map((command) => `/${command.name} — ${command.description}`)
      lines.push('Mention me in a channel, or write to me here, with a question; I answer in a thread.')
      lines.push('On any message: ⋯ → "Find in white paper" looks up its text, privately.')
      // Waits out a 429 as a reply does, at most maxReplyWaitMs; there is nowhere to tell the user, so past that it is logged.
      await withinRateLimit(
        () => client.views.publish({ user_id: event.user, view: homeView(context.retriever.documents, lines) }),
        context.maxReplyWaitMs,
      )
    } catch (error) {
      if (error instanceof ReplyRateLimitedError)
        context.log.warn('slack home not published: rate limited', { user: event.user, retryAfterSeconds: error.retryAfterSeconds })
      else context.log.error('slack home failed', error)
    }
  }
}
