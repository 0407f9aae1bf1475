/**
 * The other words of the line a word is on, in a list of lines of words that
 * name one thing each ("children, kids, minors"); none for a word on no line.
 */
export function otherWordsOfLine(lines: readonly (readonly string[])[], word: string): readonly string[] {
  return lines.find((words) => words.includes(word))?.filter((other) => other !== word) ?? []
}
