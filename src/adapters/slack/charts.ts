import type { webApi } from '@slack/bolt'
import type { BarChart } from '../../presentation/statistics-chart.js'
import { CHART_FILE, type SlackContext } from './context.js'
import { ReplyRateLimitedError, withinRateLimit } from './within-rate-limit.js'

/** What the asker is told, privately, when Slack's rate limit kept a reply's chart out (the reply itself was posted). */
export function chartNotPosted(retryAfterSeconds: number): string {
  return `Slack is limiting how fast I can post files, so I could not post the chart. Please ask again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`
}

/**
 * Draws a reply's chart, if it has one, and uploads it where the reply went:
 * into the channel (or thread) when it is public, otherwise into the asker's
 * direct messages with the bot, since a file cannot be private in a channel.
 * The upload's calls wait out a 429 together for at most `maxReplyWaitMs`,
 * as a reply does; past that the asker is told through `tellAsker`, if the
 * caller has a way, and the upload is given up (logged, no apology: the
 * answer itself was posted).
 */
export async function uploadChart(
  chart: BarChart | null,
  where: { channel: string; threadTs?: string } | { user: string },
  client: webApi.WebClient,
  context: SlackContext,
  tellAsker?: (text: string) => Promise<void>,
): Promise<void> {
  if (chart === null) return
  const png = await context.drawChart(chart)
  const file = { file: png, filename: CHART_FILE, title: chart.title }
  const threadTs = 'threadTs' in where ? where.threadTs : undefined
  try {
    // Tried again whole after a 429: until completeUploadExternal succeeds, nothing was posted.
    await withinRateLimit(async () => {
      const channel = 'user' in where ? await directMessageChannel(client, where.user) : where.channel
      await client.files.uploadV2(threadTs ? { ...file, channel_id: channel, thread_ts: threadTs } : { ...file, channel_id: channel })
    }, context.maxReplyWaitMs)
  } catch (error) {
    if (!(error instanceof ReplyRateLimitedError)) throw error
    context.log.warn('slack chart not posted: rate limited', { retryAfterSeconds: error.retryAfterSeconds })
    await tellAsker?.(chartNotPosted(error.retryAfterSeconds))
  }
}

async function directMessageChannel(client: webApi.WebClient, user: string): Promise<string> {
  const opened = await client.conversations.open({ users: user })
  const id = opened.channel?.id
  if (!id) throw new Error('Slack did not open a direct message channel')
  return id
}
