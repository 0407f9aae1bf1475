import { createRequire } from 'node:module'
import { fold } from './fold.js'

interface TaggedToken {
  value: string
  tag: string
  pos: string
}

interface PosTagger {
  tagSentence(sentence: string): TaggedToken[]
}

// wink-pos-tagger reads its lexicon of English words in about 0.2 s (npm run bench:startup) and
// then holds some 35 MB: loaded on the first question that needs it, never at start.
let tagger: PosTagger | undefined
// The same lexicon, the tags each word may take: the tagger's module, so it costs nothing more.
let lexicon: Readonly<Record<string, readonly string[] | undefined>> | undefined

// Named `require`, so that knip sees which packages it loads.
const require = createRequire(import.meta.url)

// The last question tagged: "which" and the second pass's verbs read the same question.
let lastTagged: { question: string; tokens: readonly TaggedToken[] } | undefined

function tagged(question: string): readonly TaggedToken[] {
  if (lastTagged?.question !== question) {
    tagger ??= (require('wink-pos-tagger') as () => PosTagger)()
    lastTagged = { question, tokens: tagger.tagSentence(question) }
  }
  return lastTagged.tokens
}

/**
 * The noun a "which …" question asks to identify, folded: the last noun of the
 * words right after "which" ("which Japanese news *agency* was it"). Undefined
 * without one.
 */
export function nounAfterWhich(question: string): string | undefined {
  const tokens = tagged(question)
  const at = tokens.findIndex((token) => token.tag === 'word' && token.value.toLowerCase() === 'which')
  if (at < 0) return undefined
  let noun: string | undefined
  const after = tokens.slice(at + 1)
  for (const [i, token] of after.entries()) {
    if (token.tag !== 'word') break
    // Lower-case "japanese", and "shipping" of "shipping weekly", read as verbs before the noun they qualify.
    const qualifies = /^(?:JJ|VB)/.test(token.pos) && after[i + 1]?.pos.startsWith('NN')
    if (token.pos.startsWith('NN')) noun = fold(token.value)
    else if (!qualifies && !token.pos.startsWith('JJ')) break
  }
  return noun
}

/**
 * The question's words that it uses as verbs ("how many areas did the bureau
 * *list*", "from when do the measures *apply*"), folded, as the part-of-speech
 * tagger reads them in their sentence, so that "the *listed* firms" is not one.
 */
export function verbsIn(question: string): ReadonlySet<string> {
  const tokens = tagged(question)
  lexicon ??= require('wink-lexicon/src/lexicon.js') as NonNullable<typeof lexicon>
  const verbs = new Set<string>()
  for (const token of tokens) if (token.tag === 'word' && token.pos.startsWith('VB')) verbs.add(fold(token.value))
  for (const verb of verbsAfterAuxiliaries(tokens, lexicon)) verbs.add(verb)
  return verbs
}

// "when *did* PIPL kick in", "how many areas *did* the bureau head list": the verb comes after the subject.
const AUXILIARIES = new Set(['do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must'])
// What may follow a verb that ends its clause: a particle, a preposition, a determiner, a pronoun, a number.
const AFTER_A_VERB = /^(?:IN|RP|TO|DT|PDT|PRP\$?|CD|CC|WDT|WP|WRB|RB)$/

/**
 * The verb of each "did/will/can … ?" clause, which the tagger often reads as a
 * noun after a name ("did PIPL *kick* in"): the first word after the subject's
 * first word that the lexicon allows as a verb's base form and that ends the
 * run of content words, before a particle, a preposition or the end.
 */
function verbsAfterAuxiliaries(tokens: readonly TaggedToken[], tags: NonNullable<typeof lexicon>): string[] {
  const verbs: string[] = []
  tokens.forEach((token, i) => {
    if (token.tag !== 'word' || !AUXILIARIES.has(token.value.toLowerCase())) return
    for (let j = i + 2; j < tokens.length && tokens[j]!.tag === 'word'; j++) {
      const next = tokens[j + 1]
      if (next && next.tag === 'word' && !AFTER_A_VERB.test(next.pos)) continue
      const word = tokens[j]!.value.toLowerCase()
      if (tags[word]?.includes('VB')) verbs.push(fold(word))
      return
    }
  })
  return verbs
}
