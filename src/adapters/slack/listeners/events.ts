import type { App, webApi } from '@slack/bolt'
import { commands, replyFound } from '../../../../commands/index.js'
import { sources } from '../../../../commands/sources.js'
import { logRequest } from '../../../app/log.js'
import { slowDown } from '../../../app/rate-limit.js'
import { homeView, renderSlackReply } from '../blocks.js'
import { buttonValues } from '../buttons.js'
import { uploadChart } from '../charts.js'
import { APOLOGY, type SlackContext } from '../context.js'
import { replyToText } from '../route-text.js'

/**
 * A mention is answered in a thread under it, a direct message in the DM, and
 * the App Home tab says what the bot knows. Replies here are public to the
 * conversation, so they have no Share button.
 */
export function registerEvents(app: App, context: SlackContext): void {
  app.event('app_mention', async ({ event, client }) => {
    await answerInConversation(client, context, {
      text: event.text,
      channel: event.channel,
      user: event.user,
      threadTs: event.thread_ts ?? event.ts,
    })
  })

  app.event('message', async ({ event, client }) => {
    // Only what a person writes to the bot directly: not edits, joins or the bot's own messages.
    if (event.channel_type !== 'im' || event.subtype !== undefined || 'bot_id' in event) return
    await answerInConversation(client, context, { text: event.text ?? '', channel: event.channel, user: event.user })
  })

  app.event('app_home_opened', async ({ event, client }) => {
    try {
      const reply = sources.execute({}, context)
      if (reply.kind !== 'sources') return
      const lines = commands.map((command) => `/${command.name} — ${command.description}`)
      lines.push('Mention me in a channel, or write to me here, with a question; I answer in a thread.')
      lines.push('On any message: ⋯ → "Find in white paper" looks up its text, privately.')
      await client.views.publish({ user_id: event.user, view: homeView(reply, lines) })
    } catch (error) {
      context.log.error('slack home failed', error)
    }
  })
}

interface Conversation {
  text: string
  channel: string
  user: string | undefined
  threadTs?: string
}

async function answerInConversation(client: webApi.WebClient, context: SlackContext, { text, channel, user, threadTs }: Conversation) {
  const started = performance.now()
  try {
    const decision = user ? await context.limiter.take(`slack:${user}`) : { allowed: true as const }
    if (!decision.allowed) {
      if (user)
        await client.chat.postEphemeral({
          channel,
          user,
          text: slowDown(decision.retryAfterSeconds),
          ...(threadTs ? { thread_ts: threadTs } : {}),
        })
      context.log.info('rate limited', { platform: 'slack', user })
      return
    }
    const { reply, command, input } = replyToText(text, context.retriever)
    // Public already: no Share button, but others may ask for more.
    const buttons = reply.kind === 'answers' && user ? buttonValues(context, { command, input, user, shareable: false }) : undefined
    const message = renderSlackReply(reply, { answers: 'first', ...(buttons ? { buttons } : {}) })
    await client.chat.postMessage({ channel, ...(threadTs ? { thread_ts: threadTs } : {}), ...message, unfurl_links: false })
    logRequest(context.log, {
      platform: 'slack',
      command: threadTs ? `mention:${command}` : `dm:${command}`,
      latencyMs: performance.now() - started,
      found: replyFound(reply),
      ...(user ? { user } : {}),
    })
    await uploadChart(reply, threadTs ? { channel, threadTs } : { channel }, client, context)
  } catch (error) {
    context.log.error('slack message failed', error)
    if (user) {
      await client.chat
        .postEphemeral({ channel, user, text: APOLOGY, ...(threadTs ? { thread_ts: threadTs } : {}) })
        .catch((failure: unknown) => context.log.error('could not apologise', failure))
    }
  }
}
