// What separates the things a sentence lists: "cleaner, safer, and more prosperous", "a; b; c".
const SEPARATOR = /[,;]|\s(?:and|or)\s/g
// "a, b, and c": the "and" after a comma separates nothing more.
const AFTER_COMMA = /,\s(?:and|or)\s/g

/**
 * How many things a sentence may list at most: one more than the commas,
 * semicolons and "and"s between them. A count over-reads clauses as items,
 * which only lets a sentence answer that might: "the seven areas, starting
 * with online content" lists two at most, not seven.
 */
export function itemsListed(sentence: string): number {
  const separators = sentence.match(SEPARATOR)?.length ?? 0
  const doubled = sentence.match(AFTER_COMMA)?.length ?? 0
  return separators - doubled + 1
}
