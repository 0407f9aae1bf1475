import type { webApi } from '@slack/bolt'
import type { Origin } from '../../../commands/request.js'
import { uploadChart } from './charts.js'
import type { SlackContext } from './context.js'
import { withoutSlackMentions } from './mrkdwn.js'
import { slackMessage } from './respond.js'
import { mayHaveReachedSlack } from './web-api-policy.js'
import { ReplyRateLimitedError, withinRateLimit } from './within-rate-limit.js'

export interface Conversation {
  origin: Extract<Origin, 'mention' | 'direct-message'>
  text: string
  channel: string
  user: string | undefined
  /** For a mention: the thread the answer goes in. */
  threadTs?: string
  /** The workspace (team id) it happened in. */
  team?: string
}

/** What the asker is told, privately, when Slack's rate limit kept their answer out of the conversation. */
export function answerNotPosted(retryAfterSeconds: number): string {
  return `Slack is limiting how fast I can post here, so I could not post your answer. Please ask again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`
}

/**
 * A mention or a direct message: the text is routed like any typed text, and
 * the reply is posted where everyone in the conversation sees it (so it has
 * no Share button); the slow-down and the apology go to the asker alone.
 * Each request ends one way for the asker: the answer, a word that it could
 * not be posted, or the apology, never an apology after an answer.
 */
export async function answerInConversation(client: webApi.WebClient, context: SlackContext, conversation: Conversation): Promise<void> {
  const { origin, channel, user, threadTs } = conversation
  const thread = threadTs ? { thread_ts: threadTs } : {}
  const request = {
    platform: 'slack',
    origin,
    ...(user ? { user } : {}),
    where: channel,
    ...(conversation.team ? { workspace: conversation.team } : {}),
    asked: { text: withoutSlackMentions(conversation.text) },
    public: true,
  } as const
  // Set when the answer's post failed in a way the asker already knows of, or may have succeeded: no apology follows.
  let settled = false
  const tellAsker = async (message: { text?: string }) => {
    if (user)
      await withinRateLimit(
        () => client.chat.postEphemeral({ channel, user, ...thread, ...message, text: message.text ?? '' }),
        context.maxReplyWaitMs,
      )
  }
  await context.handle(request, {
    async send(outcome) {
      if (outcome.kind === 'apology' && settled) return
      const message = slackMessage(outcome, context)
      if (outcome.kind !== 'reply') return tellAsker(message)
      try {
        await withinRateLimit(
          () => client.chat.postMessage({ channel, ...thread, ...message, text: message.text ?? '', unfurl_links: false }),
          context.maxReplyWaitMs,
        )
      } catch (error) {
        if (error instanceof ReplyRateLimitedError) {
          settled = true
          context.log.warn('slack reply not posted: rate limited', { channel, retryAfterSeconds: error.retryAfterSeconds })
          await tellAsker({ text: answerNotPosted(error.retryAfterSeconds) })
        } else if (mayHaveReachedSlack(error)) {
          // A timeout or a cut connection: Slack may have posted it. An apology under a posted answer is worse than none.
          settled = true
          context.log.warn('slack reply may not have been posted; no apology sent', { channel })
        }
        throw error
      }
    },
    afterwards: (outcome) =>
      uploadChart(outcome.chart, threadTs ? { channel, threadTs } : { channel }, client, context, (text) => tellAsker({ text })),
  })
}
