import type { IndexedPassage, IndexedSentence } from '../index/passage-index.js'
import { YEAR } from '../index/sentence-features.js'
import { type Concept, meets } from '../query/concept.js'
import type { AskedMeasure } from '../query/intent.js'
import { describeFigures } from '../stats/describe-figure.js'
import { type FigureMention, findFigures } from '../stats/find-figures.js'
import { kindOf, type StatisticKind } from '../stats/statistic.js'
import { TIME_UNITS } from '../text/calendar.js'
import { MAGNITUDE_WORDS } from '../text/number-words.js'
import { scanWords, stem } from '../text/tokenize.js'

/** A figure of a sentence: what it measures, and the terms of what it is a figure of. */
interface SentenceFigure {
  kind: StatisticKind
  /** Its label, as terms: "value of China's digital economy" (not its unit: "yuan" says nothing of what it is). */
  about: ReadonlySet<string>
  /** Hedged: "more than 1.8 million", "about 6.45 yuan". */
  qualified: boolean
  /** The terms of the unit of time it counts ("two *days*", "six *months*"); undefined for any other figure. */
  timeUnit: ReadonlySet<string> | undefined
}

/**
 * The figures of an index's sentences, read when a question first asks for one
 * and kept for that index's later questions. One per retriever: what it keeps
 * belongs to that retriever's sentences.
 */
export class SentenceFigures {
  private readonly bySentence = new WeakMap<IndexedSentence, readonly SentenceFigure[]>()

  /**
   * Whether the sentence gives the kind of figure asked for; a sum of money must
   * also be a sum of something the question names: "what was China's GDP in yuan"
   * is not answered by "the digital economy had reached 45.5 trillion yuan,
   * accounting for 39.8 percent of its GDP", whose sum is the digital economy's.
   * (Shares and counts are labelled too narrowly to ask the same of them:
   * "internet penetration rate" is what "share of people online" means.) When the
   * question names nothing specific, a figure of the kind is enough.
   */
  givesFigureAsked(entry: IndexedPassage, sentence: IndexedSentence, asked: AskedMeasure, concepts: readonly Concept[]): boolean {
    const ofKind = this.figuresOf(entry, sentence).filter((figure) =>
      asked === 'percent' ? figure.kind === 'share' || figure.kind === 'growth' : figure.kind === asked,
    )
    if (asked === 'count') return ofKind.some((figure) => countsWhatIsAsked(figure, concepts))
    if (asked !== 'amount' || ofKind.length === 0) return ofKind.length > 0
    // "45.5tn yuan digital economy - what's that in usd": the sum the asker gives, restated in the sentence, is
    // the sum asked about, whatever the sentence calls it.
    if (
      concepts.some((concept) => concept.exact && /\d/.test(concept.label) && !YEAR.test(concept.label) && meets(concept, sentence.terms))
    )
      return true
    // "per the digest": where the figure is, not what it is of; "trillion" of "45.5tn": the figure's size.
    const specific = concepts.filter(
      (concept) => concept.known && !concept.common && !concept.exact && !concept.cited && !MAGNITUDE_WORDS.has(concept.label),
    )
    return specific.length === 0 || ofKind.some((figure) => specific.some((concept) => isAbout(figure, concept)))
  }

  /** Whether the sentence gives a figure as it was counted, not only "more than …" or "about …". */
  givesUnhedgedFigure(entry: IndexedPassage, sentence: IndexedSentence): boolean {
    return this.figuresOf(entry, sentence).some((figure) => !figure.qualified)
  }

  private figuresOf(entry: IndexedPassage, sentence: IndexedSentence): readonly SentenceFigure[] {
    let figures = this.bySentence.get(sentence)
    if (!figures) {
      const text = entry.passage.text.slice(sentence.start, sentence.end)
      const found = findFigures(text)
      figures = describeFigures(text, found).map(({ label }, i) => {
        const about = new Set<string>()
        scanWords(label, ({ terms }) => terms.forEach((term) => about.add(term)))
        const figure = found[i]!
        return { kind: kindOf(figure), about, qualified: figure.qualifier !== undefined, timeUnit: timeUnitOf(figure) }
      })
      this.bySentence.set(sentence, figures)
    }
    return figures
  }
}

/**
 * A count of days or years is a length of time: it answers "how many months did
 * firms get", not "how many people attended", whatever else the sentence shares.
 */
function countsWhatIsAsked(figure: SentenceFigure, concepts: readonly Concept[]): boolean {
  const unit = figure.timeUnit
  return unit === undefined || concepts.some((concept) => meets(concept, unit))
}

function timeUnitOf(figure: FigureMention): ReadonlySet<string> | undefined {
  const word = figure.unit?.split(' ')[0]?.toLowerCase()
  return word !== undefined && TIME_UNITS.has(word) ? new Set([stem(word)]) : undefined
}

function isAbout(figure: SentenceFigure, concept: Concept): boolean {
  return meets(concept, figure.about)
}
