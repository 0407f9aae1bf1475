import type { WordAnalysis } from '../text/tokenize.js'

// Acronyms of two to six letters ("CAC", "SCIO", "CIIOs").
const ACRONYM = /^\p{Lu}{2,6}s?$/u
const MAX_LETTERS = 6
// Stop words inside a name do not give it a letter: "Cyberspace Administration *of* China" is CAC.

/**
 * Reads what a corpus's acronyms stand for, as it is indexed, two ways: an
 * acronym written after its words ("State Council Information Office (SCIO)",
 * "critical information infrastructure operators, or CIIOs"), and the initials
 * of every name of capitalised words ("Global Data Security Initiative" is
 * GDSI), for acronyms people use that the text never writes.
 */
export class AcronymReader {
  private readonly expansions = new Map<string, string[][]>()
  private readonly seen = new Set<string>()
  /** The sentence's content words so far, for an acronym written after them. */
  private recent: WordAnalysis[] = []
  /** The name being read: capitalised content words, with stop words between them. */
  private name: WordAnalysis[] = []

  startSentence(): void {
    this.endName()
    this.recent = []
  }

  add(word: WordAnalysis, raw: string): void {
    if (word.number) {
      this.endName()
      this.recent = []
      return
    }
    if (word.stop) {
      // "of", "and" may stand inside a name, not start one.
      if (this.name.length === 0) this.endName()
      return
    }
    if (ACRONYM.test(raw)) {
      this.endName()
      this.defined(raw.replace(/s$/, '').toLowerCase())
      this.recent = []
      return
    }
    if (word.capitalised) this.name.push(word)
    else this.endName()
    this.recent.push(word)
    if (this.recent.length > MAX_LETTERS) this.recent.shift()
  }

  /** Initials → the terms of each phrase they stand for. */
  result(): ReadonlyMap<string, string[][]> {
    this.endName()
    return this.expansions
  }

  private defined(acronym: string): void {
    const words = this.recent.slice(-acronym.length)
    if (words.length === acronym.length && initials(words) === acronym) this.record(acronym, words)
  }

  private endName(): void {
    // Every run of two or more of its words: "China's State Council Information Office" is also SCIO.
    const { name } = this
    for (let from = 0; from < name.length - 1; from++) {
      for (let to = from + 2; to <= Math.min(name.length, from + MAX_LETTERS); to++) {
        const words = name.slice(from, to)
        this.record(initials(words), words)
      }
    }
    this.name = []
  }

  private record(acronym: string, words: readonly WordAnalysis[]): void {
    const terms = words.map((word) => word.terms[0]).filter((term): term is string => term !== undefined)
    const key = `${acronym} ${terms.join(' ')}`
    if (terms.length < 2 || this.seen.has(key)) return
    this.seen.add(key)
    this.expansions.set(acronym, [...(this.expansions.get(acronym) ?? []), terms])
  }
}

function initials(words: readonly WordAnalysis[]): string {
  return words.map((word) => word.word[0] ?? '').join('')
}
