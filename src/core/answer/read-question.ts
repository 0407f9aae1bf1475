import type { IndexedPassage, PassageIndex } from '../index/passage-index.js'
import { readTopics } from '../query/concepts.js'
import { readIntent } from '../query/intent.js'
import type { CompiledThesaurus } from '../query/thesaurus.js'
import { weighWithTheQuestion } from '../query/weigh-with-question.js'
import { fold } from '../text/fold.js'
import { stem } from '../text/tokenize.js'
import { nounAfterWhich } from '../text/verbs.js'
import { countriesAsked } from './asked-countries.js'
import { namedBesideFact, type ReadQuestion } from './select-quote.js'

/** A question read against an index, and the passages MiniSearch hands on for choosing its quote. */
export interface QuestionRead {
  read: ReadQuestion
  candidates: IndexedPassage[]
}

/**
 * Reads a checked question once: its concepts, weighed against the corpus and
 * against the candidate passages, what kind of answer it asks for, and what must
 * stand beside a figure. Undefined when it names no topic at all.
 */
export function readQuestion(
  question: string,
  index: PassageIndex,
  thesaurus: CompiledThesaurus,
  { synonymCredit, candidatePassages }: { synonymCredit: number; candidatePassages: number },
): QuestionRead | undefined {
  const asked = readTopics(question, index, thesaurus, synonymCredit)
  if (asked.concepts.length === 0) return undefined
  const intent = readIntent(fold(question))
  const terms = [...new Set(asked.concepts.flatMap((concept) => concept.alternatives.flatMap(({ terms }) => terms)))]
  const found = index.search.search(terms.join(' '), { combineWith: 'OR' }).slice(0, candidatePassages)
  const candidates = found.map((candidate) => index.passages[candidate.id as number] as IndexedPassage)
  const concepts = weighWithTheQuestion(asked.concepts, candidates, index)
  const read: ReadQuestion = {
    concepts,
    intent,
    namedBeside: namedBesideFact(concepts, intent),
    countries: intent.countries ? countriesAsked(concepts) : new Set(),
    ignored: asked.ignored,
    whichNoun: whichNounOf(question),
  }
  return { read, candidates }
}

// Only a question with "which" loads the tagger for it.
const WHICH = /\bwhich\b/i

function whichNounOf(question: string): string | undefined {
  const noun = WHICH.test(question) ? nounAfterWhich(question) : undefined
  return noun === undefined ? undefined : stem(noun)
}
