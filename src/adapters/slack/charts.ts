import type { webApi } from '@slack/bolt'
import type { BarChart } from '../../presentation/statistics-chart.js'
import { CHART_FILE, type SlackContext } from './context.js'

/**
 * Draws a reply's chart, if it has one, and uploads it where the reply went:
 * into the channel (or thread) when it is public, otherwise into the asker's
 * direct messages with the bot, since a file cannot be private in a channel.
 */
export async function uploadChart(
  chart: BarChart | null,
  where: { channel: string; threadTs?: string } | { user: string },
  client: webApi.WebClient,
  context: SlackContext,
): Promise<void> {
  if (chart === null) return
  const png = await context.drawChart(chart)
  const channel = 'user' in where ? await directMessageChannel(client, where.user) : where.channel
  const file = { file: png, filename: CHART_FILE, title: chart.title }
  const threadTs = 'threadTs' in where ? where.threadTs : undefined
  await client.files.uploadV2(threadTs ? { ...file, channel_id: channel, thread_ts: threadTs } : { ...file, channel_id: channel })
}

async function directMessageChannel(client: webApi.WebClient, user: string): Promise<string> {
  const opened = await client.conversations.open({ users: user })
  const id = opened.channel?.id
  if (!id) throw new Error('Slack did not open a direct message channel')
  return id
}
