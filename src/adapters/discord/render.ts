import { type APIActionRowComponent, type APIButtonComponent, type APIEmbed, ButtonStyle, ComponentType } from 'discord.js'
import type { DocumentSummary, Reply } from '../../../commands/index.js'
import type { Answer, Corroboration } from '../../core/retriever.js'
import { describeChapter, describeDocumentSize, fitLines, moreChapters } from '../../presentation/document-outline.js'
import { describeCitation, describeSource } from '../../presentation/source-line.js'
import { statisticLine } from '../../presentation/statistic-line.js'
import { EMBED_LIMITS, truncateAtWord } from './limits.js'
import { highlightedQuote, inert, plain } from './markdown.js'

/** A message as discord.js takes it, without platform objects, so it can be tested as data. */
export interface DiscordMessage {
  embeds: APIEmbed[]
  components: Array<APIActionRowComponent<APIButtonComponent>>
  files: Array<{ attachment: Buffer; name: string }>
  /** Never ping anyone, whatever the question contained. */
  allowedMentions: { parse: [] }
}

export interface RenderOptions {
  /** Which answers of an `answers` reply: the best one, or the rest ("More results"). */
  answers?: 'first' | 'rest'
  /** The signed `custom_id`s of its Share and More buttons (discordButtonIds); a button without one is not shown. */
  buttons?: { share?: string; more?: string }
  /** Who shared it, shown under a shared reply. */
  sharedBy?: string
  /** Signed custom ids of the 👍 and 👎 buttons; no such buttons without them. */
  feedback?: { up: string; down: string }
}

export const CHART_FILE = 'chart.png'
const COLOUR = 0x3b6ea8
const SOURCES_TITLE = 'Sources'

/** Renders a neutral reply as Discord embeds and buttons; decides nothing about its content. */
export function renderDiscordReply(reply: Reply, options: RenderOptions = {}): DiscordMessage {
  const embeds = embedsFor(reply, options).map(fitEmbed)
  if (options.sharedBy) {
    const last = embeds.at(-1)
    if (last)
      last.footer = { text: truncateAtWord(`${last.footer?.text ?? ''}\nShared by ${options.sharedBy}`.trim(), EMBED_LIMITS.footer) }
  }
  return { embeds: fitTotal(embeds), components: buttonsFor(reply, options), files: [], allowedMentions: { parse: [] } }
}

function embedsFor(reply: Reply, options: RenderOptions): APIEmbed[] {
  switch (reply.kind) {
    case 'answers': {
      const shown = options.answers === 'rest' ? reply.answers.slice(1) : reply.answers.slice(0, 1)
      const offset = options.answers === 'rest' ? 1 : 0
      return shown.map((answer, i) => answerEmbed(answer, reply.question, offset + i + 1, reply.answers.length))
    }
    case 'statistics':
      return [statisticsEmbed(reply)]
    case 'no-answer':
      return [
        {
          color: COLOUR,
          author: { name: truncateAtWord(`Asked: ${reply.question}`, EMBED_LIMITS.author) },
          // The message may restate what the user typed.
          description: [inert(reply.message), '', '**The paper covers:**', ...reply.topics.map((topic) => `• ${plain(topic)}`)].join('\n'),
        },
      ]
    case 'sources':
      return [sourcesEmbed(reply.documents)]
    case 'notice':
      // A notice may repeat what the user typed ("No figure in the paper is about …").
      return [{ color: COLOUR, description: inert(reply.message) }]
  }
}

/**
 * One field per document: its source, size and link, then its chapters with
 * their passage counts. Fields share the embed's 6,000 characters, so each
 * gets an equal part (at most 1,024); a list that does not fit says how many
 * chapters, or documents, were left out.
 */
function sourcesEmbed(documents: readonly DocumentSummary[]): APIEmbed {
  const shown = documents.slice(0, EMBED_LIMITS.fields)
  const left = documents.length - shown.length
  const description = `Every answer quotes one of these, word for word.${left > 0 ? ` Shown: ${shown.length} of ${documents.length}.` : ''}`
  const names = shown.map(({ source }) => truncateAtWord(plain(source.title), EMBED_LIMITS.fieldName))
  const room = EMBED_LIMITS.total - SOURCES_TITLE.length - description.length - names.reduce((sum, name) => sum + name.length, 0)
  const perField = Math.min(EMBED_LIMITS.fieldValue, Math.floor(room / Math.max(1, shown.length)))
  return {
    color: COLOUR,
    title: SOURCES_TITLE,
    description,
    fields: shown.map((document, i) => {
      const head = `${plain(describeSource(document.source))} · ${describeDocumentSize(document)}\n${document.source.url}`
      const chapters = document.chapters.map((chapter) => `• ${plain(describeChapter(chapter))}`)
      const value = [head, ...fitLines(chapters, perField - head.length - 1, moreChapters)].join('\n')
      return { name: names[i]!, value: truncateAtWord(value, perField) }
    }),
  }
}

/** One answer: the question restated, the quote with matched words in bold, the source linked to the quote. */
function answerEmbed(answer: Answer, question: string, number: number, of: number): APIEmbed {
  return {
    color: COLOUR,
    author: { name: truncateAtWord(`Asked: ${question}`, EMBED_LIMITS.author) },
    title: truncateAtWord(answer.source.title, EMBED_LIMITS.title),
    url: answer.link,
    description: `“${highlightedQuote(answer.quote, answer.highlights)}”`,
    ...(answer.alsoIn ? { fields: answer.alsoIn.map(alsoInField) } : {}),
    footer: { text: `${describeCitation(answer)} · answer ${number} of ${of} · passage ${answer.passageId}` },
  }
}

/** Another document's sentence giving the same fact: its source linked to the sentence, then the sentence, cut to fit. */
function alsoInField(other: Corroboration): { name: string; value: string } {
  const linked = `[${plain(describeCitation(other))}](${other.link})`
  const room = EMBED_LIMITS.fieldValue - linked.length - 3
  return {
    name: truncateAtWord(`Also in ${other.source.title}`, EMBED_LIMITS.fieldName),
    value: `${linked}\n“${truncateAtWord(plain(other.quote), room)}”`,
  }
}

function statisticsEmbed({ title, groups, chart }: Extract<Reply, { kind: 'statistics' }>): APIEmbed {
  const lines = groups.flatMap(({ title: heading, statistics }) => [
    // A group without a heading is headed by the embed's title.
    ...(heading === undefined ? [] : [`**${plain(heading)}**`]),
    ...statistics.map((statistic) => {
      const { figure, measures } = statisticLine(statistic)
      return `• **${plain(figure)}** — ${plain(measures)} · [quote](${statistic.link})`
    }),
  ])
  const sources = [...new Set(groups.flatMap(({ statistics }) => statistics.map((s) => describeSource(s.source))))]
  return {
    color: COLOUR,
    // The title may restate what the user typed.
    title: truncateAtWord(inert(title), EMBED_LIMITS.title),
    description: fitLines(lines, EMBED_LIMITS.description, (left) => `…and ${left} more lines: ask with a topic.`).join('\n'),
    footer: { text: truncateAtWord(`Source: ${sources.join('; ')}`, EMBED_LIMITS.footer) },
    ...(chart !== null ? { image: { url: `attachment://${CHART_FILE}` } } : {}),
  }
}

function buttonsFor(reply: Reply, { buttons: ids = {}, answers, feedback }: RenderOptions): DiscordMessage['components'] {
  const buttons: APIButtonComponent[] = []
  if (ids.share) buttons.push({ type: ComponentType.Button, style: ButtonStyle.Primary, label: 'Share to channel', custom_id: ids.share })
  if (ids.more && reply.kind === 'answers' && answers !== 'rest' && reply.answers.length > 1) {
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'More results', custom_id: ids.more })
  }
  if (feedback) {
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, emoji: { name: '👍' }, custom_id: feedback.up })
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, emoji: { name: '👎' }, custom_id: feedback.down })
  }
  return buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : []
}

/** Every part of an embed within its limit. */
function fitEmbed(embed: APIEmbed): APIEmbed {
  return {
    ...embed,
    ...(embed.title ? { title: truncateAtWord(embed.title, EMBED_LIMITS.title) } : {}),
    ...(embed.description ? { description: truncateAtWord(embed.description, EMBED_LIMITS.description) } : {}),
    ...(embed.author ? { author: { ...embed.author, name: truncateAtWord(embed.author.name, EMBED_LIMITS.author) } } : {}),
    ...(embed.footer ? { footer: { ...embed.footer, text: truncateAtWord(embed.footer.text, EMBED_LIMITS.footer) } } : {}),
    ...(embed.fields
      ? {
          fields: embed.fields.slice(0, EMBED_LIMITS.fields).map((field) => ({
            ...field,
            name: truncateAtWord(field.name, EMBED_LIMITS.fieldName),
            value: truncateAtWord(field.value, EMBED_LIMITS.fieldValue),
          })),
        }
      : {}),
  }
}

function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  )
}

/** At most ten embeds of at most 6,000 characters in all: later descriptions give way first. */
function fitTotal(embeds: APIEmbed[]): APIEmbed[] {
  const kept = embeds.slice(0, EMBED_LIMITS.embeds)
  let excess = kept.reduce((sum, embed) => sum + embedLength(embed), 0) - EMBED_LIMITS.total
  for (let i = kept.length - 1; i >= 0 && excess > 0; i--) {
    const embed = kept[i]!
    const description = embed.description ?? ''
    const room = Math.max(0, description.length - excess)
    if (room < 100) {
      excess -= embedLength(embed)
      kept.splice(i, 1)
    } else {
      kept[i] = { ...embed, description: truncateAtWord(description, room) }
      excess -= description.length - (kept[i]!.description?.length ?? 0)
    }
  }
  return kept
}
