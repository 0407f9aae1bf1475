import type { IndexedPassage, IndexedSentence } from '../index/passage-index.js'
import type { Concept } from '../query/concept.js'
import type { NameAsked } from '../query/intent.js'
import { englishWord } from '../text/english-words.js'
import { contentTerms, type Token, tokenize } from '../text/tokenize.js'

// A word of a person's name is a name ("Maria", "Wang"), no English word ("Belyaeva", "Jinping"), or a
// rare one ("Yi"): "Foreign Minister" and "Competition Centre" are offices, not people.
const MIN_NAME_RARITY = 0.9
// Quotation marks around what a sentence calls something: "equal importance of regulation and development".
const QUOTED = /["“”«»]([^"“”«»]{3,}?)["“”«»]/g

/** A name a sentence gives: its words' terms, and whether it may be a person's. */
interface GivenName {
  terms: readonly string[]
  person: boolean
}

/**
 * The names an index's sentences give, read when a question first asks for a
 * name and kept for that index's later questions. One per retriever: what it
 * keeps belongs to that retriever's sentences.
 */
export class SentenceNames {
  private readonly bySentence = new WeakMap<IndexedSentence, readonly GivenName[]>()

  constructor(
    /** Whether a term is the corpus's subject ("China"): naming it names nothing asked for. */
    private readonly isCorpusSubject: (term: string) => boolean,
  ) {}

  /**
   * Whether the sentence gives a name the question does not: "what is the name of
   * the deputy head who presented the paper" is not answered by "a deputy head of
   * the Cyberspace Administration introduced the paper in Beijing", which names
   * the office and the city but not the person. A name is a run of capitalised
   * words or a quoted phrase; a person's is two or more capitalised words that
   * are names or no everyday English. A name the question gives, or the corpus's
   * or the document's subject, does not count.
   */
  givesNameNotAsked(entry: IndexedPassage, sentence: IndexedSentence, asked: NameAsked, concepts: readonly Concept[]): boolean {
    const questionTerms = new Set(concepts.flatMap((concept) => concept.alternatives.flatMap(({ terms }) => terms)))
    const isSubject = (term: string) => entry.documentSubjects.has(term) || this.isCorpusSubject(term)
    return this.namesOf(entry, sentence).some(
      (name) => (asked === 'name' || name.person) && !name.terms.some((term) => questionTerms.has(term)) && !name.terms.every(isSubject),
    )
  }

  private namesOf(entry: IndexedPassage, sentence: IndexedSentence): readonly GivenName[] {
    let names = this.bySentence.get(sentence)
    if (!names) this.bySentence.set(sentence, (names = namesIn(entry.passage.text.slice(sentence.start, sentence.end))))
    return names
  }
}

/** The runs of capitalised words in a sentence, and its quoted phrases. */
function namesIn(text: string): GivenName[] {
  const names: GivenName[] = []
  let run: Token[] = []
  const endRun = () => {
    if (run.length > 0) names.push({ terms: run.flatMap((token) => token.terms), person: run.length >= 2 && run.every(mayNamePerson) })
    run = []
  }
  tokenize(text).forEach((token, i) => {
    // A sentence's first word is capitalised whatever it is: "The", "Once".
    const capitalised = token.capitalised && !token.stop && (i > 0 || englishWord(token.word).name)
    if (capitalised) run.push(token)
    else endRun()
  })
  endRun()
  for (const [, quoted] of text.matchAll(QUOTED)) {
    const terms = contentTerms(quoted ?? '')
    if (terms.length > 0) names.push({ terms, person: false })
  }
  return names
}

function mayNamePerson(token: Token): boolean {
  const english = englishWord(token.word)
  return english.name || !english.listed || english.rarity >= MIN_NAME_RARITY
}
