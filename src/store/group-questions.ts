import { stemmer } from 'stemmer'
import { eng } from 'stopword'

/** Questions that say the same thing in different words, counted together. */
export interface QuestionGroup {
  /** The wording asked most often in the group. */
  question: string
  /** Its words that carry the meaning, for a sentence: "data export rules". */
  topic: string
  count: number
  /** Other wordings in the group, most asked first (three at most). */
  alsoAsked: string[]
}

// Besides English's stop words, words nearly every question here uses, which say nothing of its topic.
const QUESTION_WORDS = new Set([
  ...eng,
  'paper',
  'white',
  'say',
  'says',
  'said',
  'tell',
  'mention',
  'mentions',
  'china',
  "china's",
  'chinese',
  'document',
  'article',
  'know',
  'please',
  'do',
  'does',
  'did',
  'many',
  'much',
  'number',
  'has',
  'have',
])
/** Two wordings whose topic words overlap this much (Jaccard) are one group. */
const SIMILAR = 0.5

/** The words that carry a question's meaning, as written, in order. */
function topicWords(question: string): string[] {
  const words = question.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []
  return words.map((word) => word.replace(/’/g, "'")).filter((word) => !QUESTION_WORDS.has(word.toLowerCase()))
}

const stems = (words: readonly string[]) => new Set(words.map((word) => stemmer(word.toLowerCase().replace(/'s$/, ''))))

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0
  for (const item of a) if (b.has(item)) shared++
  const union = a.size + b.size - shared
  return union === 0 ? 1 : shared / union
}

/**
 * Groups questions by their topic words, stemmed: "rules on data export?" and
 * "What are China's data export rules" are one group. The most asked
 * wordings found the groups; a less asked one joins the first group it is
 * similar to. Groups come out most asked first.
 */
export function groupQuestions(asked: ReadonlyArray<{ question: string; count: number }>): QuestionGroup[] {
  // The same words, whatever their case, order, spacing or punctuation, are one wording, shown as it was asked most.
  const wordings = new Map<string, { variants: Map<string, number>; count: number }>()
  for (const { question, count } of asked) {
    const text = question.trim()
    if (text === '') continue
    const key = [...stems(topicWords(text))].sort().join(' ') || text.toLowerCase()
    const wording = wordings.get(key) ?? { variants: new Map<string, number>(), count: 0 }
    wording.count += count
    wording.variants.set(text, (wording.variants.get(text) ?? 0) + count)
    wordings.set(key, wording)
  }
  const shown = [...wordings.values()].map(({ variants, count }) => {
    const [question] = [...variants].sort(([a, m], [b, n]) => n - m || a.localeCompare(b))[0] as [string, number]
    return { question, count, words: topicWords(question) }
  })
  const groups: Array<{ stems: Set<string>; members: Array<{ question: string; count: number; words: string[] }> }> = []
  for (const wording of shown.sort((a, b) => b.count - a.count || a.question.localeCompare(b.question))) {
    const own = stems(wording.words)
    const group = own.size > 0 ? groups.find((candidate) => jaccard(candidate.stems, own) >= SIMILAR) : undefined
    if (group) group.members.push(wording)
    else groups.push({ stems: own, members: [wording] })
  }
  return groups
    .map(({ members }) => {
      const [first, ...others] = members as [(typeof members)[number], ...typeof members]
      return {
        question: first.question,
        topic: first.words.join(' ') || first.question,
        count: members.reduce((sum, member) => sum + member.count, 0),
        alsoAsked: others.slice(0, 3).map((member) => member.question),
      }
    })
    .sort((a, b) => b.count - a.count || a.question.localeCompare(b.question))
}
