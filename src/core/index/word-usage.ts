import SearchableMap from 'minisearch/SearchableMap'
import type { IndexedWord } from '../text/tokenize.js'

/**
 * Counts how each distinct content word of the corpus is used. Counters live
 * in typed arrays indexed by the word's id: no hashing per occurrence, which
 * keeps indexing large corpora fast.
 */
export class WordUsage {
  private readonly distinct: IndexedWord[] = []
  /** Times each word occurs. */
  private count = new Uint32Array(1024)
  /** Times it occurs first in a sentence, where anything is capitalised. */
  private first = new Uint32Array(1024)

  add(word: IndexedWord, firstInSentence: boolean): void {
    const { id } = word
    if (id >= this.count.length) this.grow(id)
    if (this.count[id] === 0) this.distinct.push(word)
    this.count[id]! += 1
    // Capitalisation is part of the spelling, so it needs no count of its own:
    // a word is capitalised at every occurrence or at none.
    if (firstInSentence) this.first[id]! += 1
  }

  /** Content words by folded spelling, with counts: what typos are corrected towards. */
  spellings(): SearchableMap<number> {
    const counts = new Map<string, number>()
    for (const word of this.distinct) {
      if (!word.number) counts.set(word.word, (counts.get(word.word) ?? 0) + this.count[word.id]!)
    }
    return SearchableMap.from(counts) as SearchableMap<number>
  }

  /** Terms written with a capital mid-sentence more often than not: names ("huawei", "usa", "gdp"). */
  properTerms(): Set<string> {
    const seen = new Map<string, { inside: number; capitalised: number }>()
    for (const word of this.distinct) {
      const inside = this.count[word.id]! - this.first[word.id]!
      for (const term of word.terms) {
        const total = seen.get(term) ?? { inside: 0, capitalised: 0 }
        total.inside += inside
        if (word.capitalised) total.capitalised += inside
        seen.set(term, total)
      }
    }
    return new Set([...seen].filter(([, { inside, capitalised }]) => capitalised * 2 > inside).map(([term]) => term))
  }

  private grow(id: number): void {
    const size = Math.max(id + 1, this.count.length * 2)
    const grown = (from: Uint32Array) => {
      const to = new Uint32Array(size)
      to.set(from)
      return to
    }
    this.count = grown(this.count)
    this.first = grown(this.first)
  }
}
