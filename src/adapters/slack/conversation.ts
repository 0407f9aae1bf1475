import type { webApi } from '@slack/bolt'
import type { Origin } from '../../../commands/request.js'
import { uploadChart } from './charts.js'
import type { SlackContext } from './context.js'
import { withoutSlackMentions } from './mrkdwn.js'
import { slackMessage } from './respond.js'

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

/**
 * A mention or a direct message: the text is routed like any typed text, and
 * the reply is posted where everyone in the conversation sees it (so it has
 * no Share button); the slow-down and the apology go to the asker alone.
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
  await context.handle(request, {
    async send(outcome) {
      const message = slackMessage(outcome, context)
      if (outcome.kind === 'reply')
        await client.chat.postMessage({ channel, ...thread, ...message, text: message.text ?? '', unfurl_links: false })
      else if (user) await client.chat.postEphemeral({ channel, user, ...thread, ...message, text: message.text ?? '' })
    },
    afterwards: (outcome) => uploadChart(outcome.chart, threadTs ? { channel, threadTs } : { channel }, client, context),
  })
}
