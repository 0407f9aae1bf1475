import { linkToQuote } from '../answer/link.js'
import type { PassageIndex } from '../index/passage-index.js'
import { scanWords } from '../text/tokenize.js'
import type { Source } from '../types.js'
import { describeFigures } from './describe-figure.js'
import { type FigureMention, findFigures } from './find-figures.js'

/** What sort of figure it is, for grouping and for charts that compare like with like. */
export type StatisticKind = 'amount' | 'count' | 'share' | 'growth'

/** One figure of the corpus, ready to paste into a discussion. */
export interface Statistic {
  /** The figure as written: "1.05 billion", "39.8 percent", "more than 1 million". */
  value: string
  /** As a number, for sorting and comparing: 1.05e9; percentages stay percentages (39.8). */
  number: number
  /** The upper end of a range ("10–12 percent"). */
  numberMax?: number
  /** "yuan", "internet users", "percent"; null when the sentence does not name one. */
  unit: string | null
  /** What it measures, in the sentence's words: "value of China's digital economy". */
  label: string
  /** "2021", "June 2022"; null when the sentence gives no period. */
  period: string | null
  kind: StatisticKind
  /** The verbatim sentence it comes from. */
  quote: string
  passageId: string
  documentId: string
  /** Opens the source at the sentence. */
  link: string
  source: Source
  /** The headings the sentence stands under; absent where the document has none. */
  section?: string
}

/** A statistic with the terms topics are matched against. */
export interface IndexedStatistic {
  statistic: Statistic
  /** Terms of its label and unit: what it is about. */
  labelTerms: ReadonlySet<string>
  /** Terms of its whole sentence: the context it stands in. */
  sentenceTerms: ReadonlySet<string>
}

/** What a figure measures: a growth rate before a share, since both are percentages. */
export function kindOf(figure: FigureMention): StatisticKind {
  return figure.growth ? 'growth' : figure.percent ? 'share' : figure.money ? 'amount' : 'count'
}

/** Finds every figure in the indexed passages, sentence by sentence, in corpus order. */
export function extractStatistics(index: PassageIndex): IndexedStatistic[] {
  const found: IndexedStatistic[] = []
  for (const { passage, document, sentences } of index.passages) {
    for (const sentence of sentences) {
      // Only a sentence with a number in it can hold a figure; most have none.
      if (!sentence.hasFigure) continue
      const quote = passage.text.slice(sentence.start, sentence.end)
      const figures = findFigures(quote)
      if (figures.length === 0) continue
      const link = linkToQuote(document.source.url, quote)
      describeFigures(quote, figures).forEach(({ label, period }, i) => {
        const figure = figures[i]!
        const kind = kindOf(figure)
        const statistic: Statistic = {
          value: figure.value,
          number: figure.number,
          ...(figure.numberMax === undefined ? {} : { numberMax: figure.numberMax }),
          unit: figure.unit,
          label,
          period,
          kind,
          quote,
          passageId: passage.id,
          documentId: document.id,
          link,
          source: document.source,
          ...(passage.section === undefined ? {} : { section: passage.section }),
        }
        const labelTerms = new Set<string>()
        // The period belongs to the figure: "digital economy 2021" asks for it.
        const words = `${label} ${period ?? ''} ${figure.unit ?? ''} ${QUALIFIER_MEANING[figure.qualifier ?? ''] ?? ''}`
        scanWords(words, ({ terms }) => {
          for (const term of terms) labelTerms.add(term)
        })
        found.push({ statistic, labelTerms, sentenceTerms: sentence.terms })
      })
    }
  }
  return found
}

// "more than 1 million" is a threshold: someone asking for the threshold means it.
const QUALIFIER_MEANING: Record<string, string> = {
  'more than': 'threshold minimum',
  over: 'threshold minimum',
  'at least': 'threshold minimum',
  'less than': 'threshold maximum limit',
  'fewer than': 'threshold maximum limit',
  under: 'threshold maximum limit',
  'up to': 'maximum limit',
  'at most': 'maximum limit',
}
