import type SearchableMap from 'minisearch/SearchableMap'
import { englishWord, isDictionaryWord } from '../text/english-words.js'

/** Words a typo may be corrected to, by folded spelling, with how often each occurs. */
export type Spellings = SearchableMap<number>

/**
 * The known word closest to a word nobody knows, or undefined. Only words
 * that are not English are corrected: a real word is what the person meant,
 * even if the corpus lacks it ("bread" is not "read"), and so is a name that
 * is a dictionary word too ("grace" is not "race"). Four-letter words are
 * corrected only when they are not even names ("Hong" is not "long") and one
 * edit reaches a single word of the first vocabulary (the corpus's: "usrs" →
 * "users", though the thesaurus has "uses") or of all of them ("chna" →
 * "china"): more often it reaches several unrelated ones. Shorter words are
 * left alone.
 * Ties go to the more frequent word.
 */
export function correctSpelling(word: string, vocabularies: readonly Spellings[]): string | undefined {
  const english = englishWord(word)
  if (word.length < 4 || /\d/.test(word) || (english.listed && (!english.name || word.length === 4 || isDictionaryWord(word))))
    return undefined
  if (vocabularies.some((spellings) => spellings.has(word))) return undefined
  const maxDistance = word.length >= 8 ? 2 : 1
  const reached = new Set<string>()
  let best: { word: string; distance: number; count: number } | undefined
  for (const spellings of vocabularies) {
    const found = spellings.fuzzyGet(word, maxDistance)
    if (word.length === 4 && spellings === vocabularies[0] && found.size === 1) return [...found.keys()][0]
    for (const [candidate, [count, distance]] of found) {
      reached.add(candidate)
      if (!best || distance < best.distance || (distance === best.distance && count > best.count)) {
        best = { word: candidate, distance, count }
      }
    }
  }
  if (word.length === 4 && reached.size > 1) return undefined
  return best?.word
}
