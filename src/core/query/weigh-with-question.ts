import type { IndexedPassage, PassageIndex } from '../index/passage-index.js'
import { type Concept, meets, unknownWeight } from './concept.js'

/**
 * The question's concepts, a word the candidate passages have only where
 * nothing else the question asks about is ("can *someone* define cyber
 * sovereignty", where one document says "someone" about something else)
 * weighed as if the corpus lacked it: by its rarity in English, not by how
 * seldom the corpus says it. Otherwise a document that happens to use an
 * everyday word makes that word outweigh the question's topic, and the
 * answer in every other document falls under the threshold.
 */
export function weighWithTheQuestion(concepts: readonly Concept[], passages: readonly IndexedPassage[], index: PassageIndex): Concept[] {
  if (concepts.length < 2) return [...concepts]
  return concepts.map((concept) => {
    if (!concept.known || concept.common || concept.exact || concept.required) return concept
    const besideAnother = passages.some(
      ({ context }) => meets(concept, context) && concepts.some((other) => other !== concept && !other.common && meets(other, context)),
    )
    return besideAnother ? concept : { ...concept, weight: Math.min(concept.weight, unknownWeight(concept.label, index)) }
  })
}
