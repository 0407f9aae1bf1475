import SearchableMap from 'minisearch/SearchableMap'
import type { WordAnalysis } from '../text/tokenize.js'

interface Usage {
  /** Times the word occurs. */
  count: number
  /** Times it occurs other than first in a sentence, where anything is capitalised. */
  inside: number
  /** Of those, times it is capitalised. */
  capitalised: number
}

/**
 * Counts how each distinct content word of the corpus is used: one lookup per
 * occurrence, keyed by the shared analysis, so indexing stays fast.
 */
export class WordUsage {
  private readonly usage = new Map<WordAnalysis, Usage>()

  add(word: WordAnalysis, firstInSentence: boolean): void {
    let usage = this.usage.get(word)
    if (!usage) {
      usage = { count: 0, inside: 0, capitalised: 0 }
      this.usage.set(word, usage)
    }
    usage.count += 1
    if (!firstInSentence) {
      usage.inside += 1
      if (word.capitalised) usage.capitalised += 1
    }
  }

  /** Content words by folded spelling, with counts: what typos are corrected towards. */
  spellings(): SearchableMap<number> {
    const counts = new Map<string, number>()
    for (const [word, { count }] of this.usage) {
      if (!word.number) counts.set(word.word, (counts.get(word.word) ?? 0) + count)
    }
    return SearchableMap.from(counts) as SearchableMap<number>
  }

  /** Terms written with a capital mid-sentence more often than not: names ("huawei", "usa", "gdp"). */
  properTerms(): Set<string> {
    const seen = new Map<string, { inside: number; capitalised: number }>()
    for (const [word, usage] of this.usage) {
      for (const term of word.terms) {
        const total = seen.get(term) ?? { inside: 0, capitalised: 0 }
        total.inside += usage.inside
        total.capitalised += usage.capitalised
        seen.set(term, total)
      }
    }
    return new Set([...seen].filter(([, { inside, capitalised }]) => capitalised * 2 > inside).map(([term]) => term))
  }
}
