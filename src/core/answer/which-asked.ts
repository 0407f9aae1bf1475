import type { IndexedPassage } from '../index/passage-index.js'
import { type Token, tokenize } from '../text/tokenize.js'

// "a Japanese news agency", "another outlet": one of them, not which.
const INDEFINITE = new Set(['a', 'an', 'another', 'some', 'any'])
// "the agency", "its regulator", "two agencies": a particular one.
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'which', 'whose'])
// How far before the noun its determiner may stand: "a large Japanese news agency".
const DETERMINER_REACH = 4
const SENTENCE_END = /[.;:!?]/

const answers = new WeakMap<IndexedPassage, Map<string, boolean>>()

/**
 * Whether the passage names the noun a "which …" question asks about
 * (`term`, a stem: "agenc") only as one of a kind ("A reporter from *a*
 * Japanese news *agency* asked …"), so that none of its sentences says which:
 * every mention has "a", "an" or "another" before it, and no name right after
 * it ("a news agency, Kyodo," says which). A passage that never names the noun
 * is not ruled out by it: "which law" may be answered by "the Anti-Monopoly
 * Law", or in other words. Read once per passage and noun.
 */
export function namesOnlyOneOfAKind(entry: IndexedPassage, term: string): boolean {
  let byTerm = answers.get(entry)
  if (!byTerm) answers.set(entry, (byTerm = new Map()))
  let answer = byTerm.get(term)
  if (answer === undefined) byTerm.set(term, (answer = onlyIndefinite(entry.passage.text, term)))
  return answer
}

function onlyIndefinite(text: string, term: string): boolean {
  const tokens = tokenize(text)
  let named = false
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.terms.includes(term)) continue
    named = true
    const next = tokens[i + 1]
    // "a news agency, Kyodo,": a name right after it, in the same sentence, says which.
    if (next?.capitalised && !next.stop && !SENTENCE_END.test(text.slice(tokens[i]!.end, next.start))) return false
    if (!indefiniteBefore(tokens, i)) return false
  }
  return named
}

function indefiniteBefore(tokens: readonly Token[], at: number): boolean {
  for (let j = at - 1; j >= 0 && j >= at - DETERMINER_REACH; j--) {
    const { word, stop, number } = tokens[j]!
    if (INDEFINITE.has(word)) return true
    if (DEFINITE.has(word) || number || stop) return false
  }
  return false
}
