import type { IndexedSentence } from '../index/passage-index.js'
import type { Concept } from '../query/concepts.js'
import { countriesNamed } from '../text/countries.js'

/**
 * Whether the sentence names a country the question does not: "which countries
 * used China's platforms" is not answered by "… helped in other countries".
 * The question's countries are those any of its concepts can be met by
 * ("chinese" → China).
 */
export function namesCountryNotAsked(sentence: IndexedSentence, concepts: readonly Concept[]): boolean {
  let named = countriesBySentence.get(sentence)
  if (!named) countriesBySentence.set(sentence, (named = countriesNamed(sentence.terms)))
  const given = countriesOf(concepts)
  for (const country of named) if (!given.has(country)) return true
  return false
}

// Each read once: a question is checked against every candidate sentence.
const countriesBySentence = new WeakMap<IndexedSentence, Set<string>>()
const countriesByQuestion = new WeakMap<readonly Concept[], Set<string>>()

function countriesOf(concepts: readonly Concept[]): Set<string> {
  let countries = countriesByQuestion.get(concepts)
  if (!countries) {
    countries = countriesNamed(new Set(concepts.flatMap((concept) => concept.alternatives.flatMap(({ terms }) => terms))))
    countriesByQuestion.set(concepts, countries)
  }
  return countries
}
