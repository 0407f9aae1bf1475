import type SearchableMap from 'minisearch/SearchableMap'

/**
 * The corpus word closest to a word the corpus does not have, or undefined.
 * Short words are left alone: at four letters and under, one edit reaches too
 * many unrelated words. Ties go to the more frequent word.
 */
export function correctSpelling(word: string, words: SearchableMap<number>): string | undefined {
  if (word.length < 5 || /\d/.test(word)) return undefined
  const maxDistance = word.length >= 8 ? 2 : 1
  let best: { word: string; distance: number; count: number } | undefined
  for (const [candidate, [count, distance]] of words.fuzzyGet(word, maxDistance)) {
    if (!best || distance < best.distance || (distance === best.distance && count > best.count)) {
      best = { word: candidate, distance, count }
    }
  }
  return best?.word
}
