import type { types } from '@slack/bolt'
import { type DocumentSummary, type Reply, summarizeDocument } from '../../../commands/index.js'
import type { Answer, Retriever } from '../../core/retriever.js'
import { describeChapter, describeDocumentSize, fitLines, moreChapters } from '../../presentation/document-outline.js'
import { describeCitation, describeSource } from '../../presentation/source-line.js'
import { statisticLine } from '../../presentation/statistic-line.js'
import { truncateAtWord } from '../../presentation/truncate.js'
import { escapeSlack, highlightedQuote, link } from './mrkdwn.js'

/** Block Kit limits (https://api.slack.com/reference/block-kit). */
export const BLOCK_LIMITS = {
  sectionText: 3000,
  contextText: 2000,
  headerText: 150,
  blocks: 50,
  /** A Home tab holds twice a message's blocks. */
  homeBlocks: 100,
  buttonValue: 2000,
  fallbackText: 3000,
} as const

export type Block = types.KnownBlock

/** The 👍/👎 buttons' action ids. */
export const FEEDBACK_ACTIONS = { up: 'feedback_up', down: 'feedback_down' } as const

export interface SlackMessage {
  /** Shown in notifications and by clients that cannot show blocks. */
  text: string
  blocks: Block[]
}

export interface SlackRenderOptions {
  /** Which answers of an `answers` reply: the best one, or the rest ("More results"). */
  answers?: 'first' | 'rest'
  /** Signed values for the reply's buttons; a button is shown only with its value. */
  buttons?: { share?: string; more?: string; up?: string; down?: string }
  /** Who shared it, by name: shown under a shared reply as text, never as a mention that would notify. */
  sharedBy?: string
  /** A line about where the chart went ("sent to you in a direct message"). */
  chartNote?: string
}

const bold = (text: string) => `*${text}*`
// verbatim: Slack must not turn a URL or a name the user typed into a live link or mention;
// our own links are written as <url|label> and work either way.
const mrkdwn = (text: string, max: number) => ({ type: 'mrkdwn' as const, text: truncateAtWord(text, max, '*'), verbatim: true })
const section = (text: string): Block => ({ type: 'section', text: mrkdwn(text, BLOCK_LIMITS.sectionText) })
const context = (text: string): Block => ({ type: 'context', elements: [mrkdwn(text, BLOCK_LIMITS.contextText)] })

/** Renders a neutral reply as Block Kit; decides nothing about its content. */
export function renderSlackReply(reply: Reply, options: SlackRenderOptions = {}): SlackMessage {
  const blocks = [...blocksFor(reply, options), ...buttonsFor(reply, options)]
  if (options.sharedBy) blocks.push(context(`Shared by ${escapeSlack(options.sharedBy)}`))
  return { text: truncateAtWord(fallbackText(reply), BLOCK_LIMITS.fallbackText, '*'), blocks: blocks.slice(0, BLOCK_LIMITS.blocks) }
}

function blocksFor(reply: Reply, options: SlackRenderOptions): Block[] {
  switch (reply.kind) {
    case 'answers': {
      const rest = options.answers === 'rest'
      const shown = rest ? reply.answers.slice(1) : reply.answers.slice(0, 1)
      return [
        context(`Asked: ${escapeSlack(reply.question)}`),
        ...shown.flatMap((answer, i) => answerBlocks(answer, (rest ? 2 : 1) + i, reply.answers.length)),
      ]
    }
    case 'statistics':
      return statisticsBlocks(reply, options.chartNote)
    case 'no-answer':
      return [
        context(`Asked: ${escapeSlack(reply.question)}`),
        section(
          `${escapeSlack(reply.message)}\n\n${bold('The paper covers:')}\n${reply.topics.map((topic) => `• ${escapeSlack(topic)}`).join('\n')}`,
        ),
      ]
    case 'sources':
      return sourcesBlocks(reply.documents)
    case 'notice':
      return [section(escapeSlack(reply.message))]
  }
}

/**
 * A section per document: its linked title, source and size, then its
 * chapters with their passage counts, cut to a section's 3,000 characters.
 * Past the message's 50 blocks, the last one says how many documents are left.
 */
function sourcesBlocks(documents: readonly DocumentSummary[]): Block[] {
  // The heading, the documents, and room for the buttons and "Shared by" a reply may carry.
  const room = BLOCK_LIMITS.blocks - 3
  const shown = documents.length < room ? documents : documents.slice(0, room - 1)
  const blocks = [
    section(`${bold('Sources')}\nEvery answer quotes one of these, word for word.`),
    ...shown.map((document) => {
      const head = `${link(document.source.url, document.source.title)}\n${escapeSlack(`${describeSource(document.source)} · ${describeDocumentSize(document)}`)}`
      const chapters = document.chapters.map((chapter) => `• ${escapeSlack(describeChapter(chapter))}`)
      return section([head, ...fitLines(chapters, BLOCK_LIMITS.sectionText - head.length - 1, moreChapters)].join('\n'))
    }),
  ]
  if (shown.length < documents.length) blocks.push(section(`…and ${documents.length - shown.length} more documents.`))
  return blocks
}

/** One answer: the quote with matched words in bold, then its source, linked to the quoted sentence. */
function answerBlocks(answer: Answer, number: number, of: number): Block[] {
  return [
    section(`>${highlightedQuote(answer.quote, answer.highlights)}`),
    context(`${link(answer.link, answer.source.title)} · ${escapeSlack(describeCitation(answer))} · answer ${number} of ${of}`),
    // The same fact in other documents: each linked to its own sentence.
    ...(answer.alsoIn ?? []).map((other) =>
      context(`Also in ${link(other.link, other.source.title)} · ${escapeSlack(describeCitation(other))}: “${escapeSlack(other.quote)}”`),
    ),
  ]
}

function statisticsBlocks({ title, groups }: Extract<Reply, { kind: 'statistics' }>, chartNote: string | undefined): Block[] {
  const blocks: Block[] = [{ type: 'header', text: { type: 'plain_text', text: truncateAtWord(title, BLOCK_LIMITS.headerText) } }]
  for (const { title: heading, statistics } of groups) {
    const lines = statistics.map((statistic) => {
      const { figure, measures } = statisticLine(statistic)
      return `• ${bold(escapeSlack(figure))} — ${escapeSlack(measures)} · ${link(statistic.link, 'quote')}`
    })
    // A group without a heading is headed by the reply's title, in the header above.
    blocks.push(section([...(heading === undefined ? [] : [bold(escapeSlack(heading))]), ...lines].join('\n')))
  }
  const sources = [...new Set(groups.flatMap(({ statistics }) => statistics.map((s) => describeSource(s.source))))]
  blocks.push(context(`Source: ${escapeSlack(sources.join('; '))}${chartNote ? ` · ${escapeSlack(chartNote)}` : ''}`))
  return blocks
}

function buttonsFor(reply: Reply, { buttons = {}, answers }: SlackRenderOptions): Block[] {
  const elements: types.Button[] = []
  // A value over Slack's limit cannot be sent; the reply then goes without that button.
  const fits = (value: string | undefined): value is string => value !== undefined && value.length <= BLOCK_LIMITS.buttonValue
  if (fits(buttons.share)) {
    elements.push({
      type: 'button',
      action_id: 'share',
      text: { type: 'plain_text', text: 'Share to channel' },
      style: 'primary',
      value: buttons.share,
    })
  }
  if (fits(buttons.more) && reply.kind === 'answers' && answers !== 'rest' && reply.answers.length > 1) {
    elements.push({ type: 'button', action_id: 'more', text: { type: 'plain_text', text: 'More results' }, value: buttons.more })
  }
  if (fits(buttons.up) && fits(buttons.down)) {
    elements.push({
      type: 'button',
      action_id: FEEDBACK_ACTIONS.up,
      text: { type: 'plain_text', text: '👍', emoji: true },
      value: buttons.up,
    })
    elements.push({
      type: 'button',
      action_id: FEEDBACK_ACTIONS.down,
      text: { type: 'plain_text', text: '👎', emoji: true },
      value: buttons.down,
    })
  }
  return elements.length > 0 ? [{ type: 'actions', elements }] : []
}

/** Notification text: the first answer or message, escaped. */
function fallbackText(reply: Reply): string {
  switch (reply.kind) {
    case 'answers':
      return `“${escapeSlack(reply.answers[0]?.quote ?? '')}”`
    case 'statistics':
      return escapeSlack(reply.title)
    case 'no-answer':
    case 'notice':
      return escapeSlack(reply.message)
    case 'sources':
      return 'Sources'
  }
}

/** The App Home tab: what the bot knows and how to ask it. */
export function homeView(documents: Retriever['documents'], commandLines: readonly string[]): types.HomeView {
  const reply: Reply = { kind: 'sources', documents: documents.map(summarizeDocument) }
  return {
    type: 'home',
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: 'Cyberspace white paper bot' } },
      section(
        "I answer questions about China's 2022 white paper _Jointly Build a Community with a Shared Future in Cyberspace_ with the exact sentence, its source and a link.",
      ),
      ...blocksFor(reply, {}),
      section([bold('How to ask'), ...commandLines.map((line) => `• ${escapeSlack(line)}`)].join('\n')),
    ].slice(0, BLOCK_LIMITS.homeBlocks),
  }
}
