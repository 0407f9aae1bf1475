import type { IndexedSentence } from '../index/passage-index.js'
import type { Concept } from '../query/concepts.js'
import { countriesNamed } from '../text/countries.js'

/**
 * The countries an index's sentences name, read when a question first asks
 * "which countries" and kept for that index's later questions. One per
 * retriever: what it keeps belongs to that retriever's sentences.
 */
export class SentenceCountries {
  private readonly bySentence = new WeakMap<IndexedSentence, ReadonlySet<string>>()

  /**
   * Whether the sentence names a country the question does not: "which countries
   * used China's platforms" is not answered by "… helped in other countries".
   * `asked` are the question's countries (`countriesAsked`).
   */
  namesCountryNotAsked(sentence: IndexedSentence, asked: ReadonlySet<string>): boolean {
    let named = this.bySentence.get(sentence)
    if (!named) this.bySentence.set(sentence, (named = countriesNamed(sentence.terms)))
    for (const country of named) if (!asked.has(country)) return true
    return false
  }
}

/** The countries any of the question's concepts can be met by ("chinese" → China). */
export function countriesAsked(concepts: readonly Concept[]): ReadonlySet<string> {
  return countriesNamed(new Set(concepts.flatMap((concept) => concept.alternatives.flatMap(({ terms }) => terms))))
}
