import type { IndexedPassage, IndexedSentence, PassageIndex } from '../index/passage-index.js'
import { YEAR } from '../index/sentence-features.js'

/**
 * The year each sentence's figures are for, read once per document when a
 * question first needs it. A sentence that names a year is for the latest it
 * names. One that names none is for the year the text last named before it
 * ("In 2021, online retail sales … The turnover of cross-border e-commerce
 * reached …" are both 2021's), or, before any, for the year its document was
 * published: a report states things as they were when it was written.
 */
export class SentencePeriods {
  private readonly years = new WeakMap<IndexedSentence, number>()
  private readonly read = new WeakSet<IndexedPassage['document']>()

  constructor(private readonly index: PassageIndex) {}

  yearOf(entry: IndexedPassage, sentence: IndexedSentence): number {
    if (!this.read.has(entry.document)) this.readDocument(entry.document)
    return this.years.get(sentence) ?? 0
  }

  private readDocument(document: IndexedPassage['document']): void {
    const published = Number(document.source.published.slice(0, 4))
    let current = Number.isInteger(published) ? published : 0
    for (const passage of this.index.passages) {
      if (passage.document !== document) continue
      for (const sentence of passage.sentences) {
        const named = latestYearNamed(sentence)
        if (named > 0) current = named
        this.years.set(sentence, named > 0 ? named : current)
      }
    }
    this.read.add(document)
  }
}

function latestYearNamed(sentence: IndexedSentence): number {
  let latest = 0
  for (const term of sentence.terms) if (YEAR.test(term)) latest = Math.max(latest, Number(term))
  return latest
}
