import type { PassageIndex } from '../index/passage-index.js'
import { KEPT_APART_STEMS, stem } from '../text/tokenize.js'

// Stems shorter than this share a beginning by chance ("inter-"), not by family.
const MIN_FAMILY_STEM = 5
const MAX_FAMILY_SUFFIX = 5

/**
 * Corpus terms of the same family as a stem the corpus lacks: ones that begin
 * with it ("econom", from "economic" → "economi", from "economy") or that it
 * begins with ("regulatori" → "regul"). The stemmer leaves such pairs apart.
 * Words kept apart from their stem on purpose ("criticism" from "critical") have none.
 */
export function familyTerms(stemmed: string, index: PassageIndex): string[] {
  if (stemmed.length < MIN_FAMILY_STEM || /\d/.test(stemmed) || KEPT_APART_STEMS.has(stemmed)) return []
  const related = new Set<string>()
  for (let length = stemmed.length - 1; length >= MIN_FAMILY_STEM && stemmed.length - length <= MAX_FAMILY_SUFFIX; length--) {
    const shorter = stemmed.slice(0, length)
    if (index.sentenceFrequency.has(shorter)) related.add(shorter)
  }
  for (const [word] of index.words.atPrefix(stemmed)) {
    const longer = stem(word)
    if (longer !== stemmed && longer.startsWith(stemmed) && longer.length - stemmed.length <= MAX_FAMILY_SUFFIX) related.add(longer)
  }
  return [...related]
}
