import type { APIApplicationCommandOptionChoice } from 'discord.js'
import type { CommandOption } from '../../../commands/command.js'
import type { CorpusService } from '../../app/corpus-service.js'
import { statisticLine } from '../../presentation/statistic-line.js'
import { AUTOCOMPLETE_LIMITS, truncateAtWord } from './limits.js'

type Choice = APIApplicationCommandOptionChoice<string>

/**
 * Completions while the user types, as the option asks: for questions, what
 * they typed and the sentences it would find; for figures, those a topic
 * would list. A millisecond or two where the index is, well inside Discord's deadline.
 */
export async function completionsFor(
  suggests: CommandOption['suggests'],
  typed: string,
  retriever: Pick<CorpusService, 'ask' | 'statistics' | 'completeWord'>,
): Promise<Choice[]> {
  const text = typed.trim()
  const choices: Choice[] = []
  const add = (name: string, value: string) => {
    const choice = { name: truncateAtWord(name, AUTOCOMPLETE_LIMITS.name), value: value.slice(0, AUTOCOMPLETE_LIMITS.value) }
    if (choice.value.length > 0 && !choices.some((existing) => existing.value === choice.value)) choices.push(choice)
  }
  if (suggests === undefined) return []
  if (suggests === 'figures') {
    for (const statistic of (await retriever.statistics(text)).statistics) {
      const { figure, measures } = statisticLine(statistic)
      add(`${figure} — ${measures}`, statistic.label)
    }
  } else {
    if (text.length > 0) add(text, text)
    // The last word is usually half typed: "5g tow" looks for "5g towers".
    const partial = /\S+$/.test(typed) ? /(\S+)$/.exec(text)?.[1] : undefined
    const completed = partial ? await retriever.completeWord(partial) : undefined
    const question = completed ? `${text.slice(0, text.length - partial!.length)}${completed}` : text
    if (question !== text) add(question, question)
    for (const answer of (await retriever.ask(question)).answers) {
      const around = snippet(answer.quote, densestMatch(answer.highlights))
      add(around, around.replace(/^…/, ''))
    }
    for (const statistic of (await retriever.statistics(text)).statistics.slice(0, 5)) {
      const { figure, measures } = statisticLine(statistic)
      add(`${figure} — ${measures}`, `${measures}?`)
    }
  }
  return choices.slice(0, AUTOCOMPLETE_LIMITS.choices)
}

/** The part of a quote from a little before its first matched word: what the user will recognise. */
function snippet(quote: string, at: number): string {
  if (at <= 30) return quote
  const start = quote.lastIndexOf(' ', at - 30) + 1
  return `…${quote.slice(start)}`
}

/** Where the matched words cluster most: the start of the 60 characters holding the most of them. */
function densestMatch(highlights: ReadonlyArray<{ start: number }>): number {
  let best = { at: 0, count: 0 }
  for (const { start } of highlights) {
    const count = highlights.filter((other) => other.start >= start && other.start < start + 60).length
    if (count >= best.count) best = { at: start, count }
  }
  return best.at
}
