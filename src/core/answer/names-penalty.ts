import { PENALTY_WORDS } from '../query/intent.js'
import { stem } from '../text/tokenize.js'

// What a law or regulator does to those who break it, as index terms: the words that ask for a
// penalty ("fines", "sanctions"), and how a text says one is given ("fined", "jail", "revoked").
const PENALTY_TERMS: ReadonlySet<string> = new Set(
  [...PENALTY_WORDS, 'punished', 'prison', 'jail', 'imprisonment', 'revoked', 'revocation', 'confiscated'].map(stem),
)

/**
 * Whether a sentence names a penalty: "what's the penalty for breaking the export
 * rules" is not answered by a sentence that only sets out the rules. Allocates nothing.
 */
export function namesPenalty(terms: ReadonlySet<string>): boolean {
  for (const term of PENALTY_TERMS) if (terms.has(term)) return true
  return false
}
