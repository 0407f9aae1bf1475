import { EMPTY_THESAURUS, type Thesaurus } from './types.js'

/** How the retriever answers. Every field is optional; defaults are below each. */
export interface RetrieverOptions {
  /**
   * Domain vocabulary: words to ignore and synonym groups.
   * @default no thesaurus
   */
  thesaurus?: Thesaurus
  /**
   * Most answers returned for one question, best first.
   * @default 3
   */
  maxAnswers?: number
  /**
   * The lowest score a quote may have and still be offered. Below it the
   * retriever says the corpus does not answer. Fitted with the scoring
   * options below on the tuned evaluation sets (`npm run eval:cv`).
   * @default 0.5
   */
  minScore?: number
  /**
   * Longest question accepted, in characters.
   * @default 1000
   */
  maxQuestionLength?: number
  /**
   * How many passages MiniSearch hands on for choosing the quote.
   * @default 40
   */
  candidatePassages?: number
  /**
   * How much a thesaurus synonym counts against the word the person typed
   * (0–1); also a word of the same family, an acronym's words and a figure
   * near the one typed. Fitted with the refusal threshold on the tuned
   * evaluation sets (`npm run eval:cv`, which reports it cross-validated):
   * as much as the word itself.
   * @default 1
   */
  synonymCredit?: number
  /**
   * Score added, when quotes are ranked but not when deciding whether to
   * answer, to a sentence that names a phrase of the question the thesaurus
   * ignores: "who issued the white paper" prefers a sentence about the white
   * paper to one about another issue, though "white paper" decides nothing.
   * Fitted (`npm run eval:cv`).
   * @default 0.2
   */
  ignoredWordsPreference?: number
  /**
   * A sentence with fewer words than this is quoted together with its
   * neighbour, so the quote makes sense on its own.
   * @default 4
   */
  minQuoteWords?: number
  /**
   * How much a concept counts when it is met elsewhere in the passage but not
   * in the quote itself (0–1).
   * @default 0.5
   */
  contextCredit?: number
  /**
   * The same for a passage that opens by referring back to the one before
   * ("All of them imply …"), for a concept met there: "them" are what that
   * passage names, so the quote says it as good as outright.
   * @default 0.8
   */
  referredContextCredit?: number
  /**
   * How much a topic word counts for a figure when only the figure's sentence,
   * not its label, has it (0–1). Higher than for quotes: the figures of one
   * sentence are usually about one thing ("1.05 billion internet users …, and
   * the penetration rate had reached 74.4 percent").
   * @default 0.75
   */
  statisticContextCredit?: number
}

export type RetrieverOptionsWithDefaults = Required<RetrieverOptions>

export const defaultRetrieverOptions: RetrieverOptionsWithDefaults = {
  thesaurus: EMPTY_THESAURUS,
  maxAnswers: 3,
  minScore: 0.5,
  maxQuestionLength: 1000,
  candidatePassages: 40,
  synonymCredit: 1,
  ignoredWordsPreference: 0.2,
  minQuoteWords: 4,
  contextCredit: 0.5,
  referredContextCredit: 0.8,
  statisticContextCredit: 0.75,
}
