import type { Concept } from '../query/concepts.js'

/**
 * How much of a question some text covers: the summed weight of the concepts
 * it meets, a concept met only in the surrounding `context` counting
 * `contextCredit` of its weight. Undefined when the text cannot answer: it
 * lacks a figure or code the question names, a required concept is nowhere,
 * or `mustMeet` says a concept missing from the text itself rules it out.
 * A required name that `namesDocument` says is its document's own
 * ("Harbourline" in Harbourline's note) is somewhere, though it earns nothing
 * unless the asker cites it as where the answer is ("per the digest"): then
 * the document's sentences meet it in full.
 * Runs for every candidate, so it allocates nothing.
 */
export function weightMet(
  concepts: readonly Concept[],
  terms: ReadonlySet<string>,
  context: ReadonlySet<string>,
  contextCredit: number,
  mustMeet: (concept: Concept) => boolean,
  namesDocument: (concept: Concept) => boolean,
): number | undefined {
  let met = 0
  for (const concept of concepts) {
    const inText = bestCredit(concept, terms)
    if (inText > 0) {
      met += concept.weight * inText
      continue
    }
    if (ruleAgainst(concept, context, mustMeet, namesDocument)) return undefined
    // "per the digest": the digest's sentences are the digest's, whether or not they say so.
    met += concept.cited && namesDocument(concept) ? concept.weight : concept.weight * contextCredit * bestCredit(concept, context)
  }
  return met
}

/**
 * Why a concept the text does not meet rules the text out, or undefined when
 * it does not: a figure or code must be in the quote, a required name in the
 * passage (or its document's name) at least, and what `mustMeet` names in the
 * text itself.
 */
function ruleAgainst(
  concept: Concept,
  context: ReadonlySet<string>,
  mustMeet: (concept: Concept) => boolean,
  namesDocument: (concept: Concept) => boolean,
): RuleOut | undefined {
  if (concept.exact) return 'a figure or code the quote must give'
  if (concept.required && bestCredit(concept, context) === 0 && !namesDocument(concept)) return 'a name the passage must have'
  if (mustMeet(concept)) return 'must stand beside the figure or date'
  return undefined
}

/** Why a concept rules a text out: the reasons `weightMet` returns undefined for. */
export type RuleOut = 'a figure or code the quote must give' | 'must stand beside the figure or date' | 'a name the passage must have'

/**
 * The concepts that rule a text out, as `weightMet` reads them, each with its
 * reason: for explaining why a sentence did not answer. Empty when none does.
 */
export function conceptsRulingOut(
  concepts: readonly Concept[],
  terms: ReadonlySet<string>,
  context: ReadonlySet<string>,
  mustMeet: (concept: Concept) => boolean,
  namesDocument: (concept: Concept) => boolean,
): Array<{ concept: Concept; rule: RuleOut }> {
  const found: Array<{ concept: Concept; rule: RuleOut }> = []
  for (const concept of concepts) {
    const rule = bestCredit(concept, terms) > 0 ? undefined : ruleAgainst(concept, context, mustMeet, namesDocument)
    if (rule) found.push({ concept, rule })
  }
  return found
}

/**
 * The summed weight of the concepts the terms meet in the words the asker
 * typed, not a synonym's or relative's: what breaks a tie between equally
 * good quotes. Allocates nothing, like `weightMet`.
 */
export function weightTyped(concepts: readonly Concept[], terms: ReadonlySet<string>): number {
  let weight = 0
  for (const concept of concepts) {
    for (const alternative of concept.alternatives) {
      if (alternative.typed && containsAll(terms, alternative.terms)) {
        weight += concept.weight
        break
      }
    }
  }
  return weight
}

/** The total weight of the concepts: what `weightMet` is a share of. */
export function totalWeight(concepts: readonly Concept[]): number {
  let total = 0
  for (const concept of concepts) total += concept.weight
  return total
}

/** The highest credit among the ways of meeting a concept that the terms meet; 0 for none. */
function bestCredit(concept: Concept, terms: ReadonlySet<string>): number {
  let best = 0
  for (const alternative of concept.alternatives) {
    if (alternative.credit > best && containsAll(terms, alternative.terms)) best = alternative.credit
  }
  return best
}

export function containsAll(set: ReadonlySet<string>, terms: readonly string[]): boolean {
  for (const term of terms) if (!set.has(term)) return false
  return true
}
