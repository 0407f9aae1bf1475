import { type Concept, meets } from '../query/concept.js'
import { tokenize } from '../text/tokenize.js'

// "Cyber sovereignty: the principle …", "A CIIO is an operator …": the term, then what it is.
const LEAD_CUES = new Set(['is', 'are', 'means', 'mean', 'refers', 'denotes'])
// "… often called the Wuzhen Summit", "… known as CIIOs": what it is, then the term.
const NAMING_CUES = new Set(['called', 'known', 'termed', 'dubbed', 'stands', 'short'])
// How far from the cue the term may stand: a definition names its term beside it.
const TERM_REACH = 8
// "Wuzhen, a canal town in Zhejiang": the term, a comma, then what it is. The term ends right at the comma.
const APPOSITION_CUES = new Set(['a', 'an'])
const APPOSITION_REACH = 3

/**
 * Whether a sentence defines what the question asks about: it opens with the
 * term and then says what it is ("X: …", "X is …", "X means …"), says what
 * something is and then names it ("… known as X", "… called X"), or names it
 * and says what it is beside it ("… in X, a canal town …"). The term is
 * every concept of the question the sentence meets, so "China is …" does not
 * define the digital economy a sentence goes on to mention.
 */
export function definesTerm(sentence: string, concepts: readonly Concept[]): boolean {
  const tokens = tokenize(sentence)
  const conceptsMet = (from: number, to: number) => {
    const terms = new Set(tokens.slice(from, to).flatMap((token) => token.terms))
    return concepts.filter((concept) => meets(concept, terms)).length
  }
  const asked = conceptsMet(0, tokens.length)
  if (asked === 0) return false
  const namesAll = (from: number, to: number) => conceptsMet(from, to) === asked
  const colon = sentence.indexOf(':')
  for (let i = 1; i < tokens.length; i++) {
    const { word, start } = tokens[i]!
    const afterColon = colon >= 0 && start > colon && tokens[i - 1]!.end <= colon
    if ((afterColon || LEAD_CUES.has(word)) && i <= TERM_REACH && namesAll(0, i)) return true
    if (NAMING_CUES.has(word) && namesAll(i + 1, i + 1 + TERM_REACH)) return true
    const comma = sentence.slice(tokens[i - 1]!.end, start).includes(',')
    if (comma && APPOSITION_CUES.has(word) && namesAll(Math.max(0, i - APPOSITION_REACH), i)) return true
  }
  return false
}
