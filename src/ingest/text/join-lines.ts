import { readDictionary } from '../../word-lists/dictionary.js'

let dictionary: ReadonlySet<string> | undefined
// Read only when a line ends in a hyphen: most documents never need it.
const isWord = (word: string) => (dictionary ??= new Set(readDictionary())).has(word.toLowerCase())

/**
 * Joins the lines of one paragraph with spaces, undoing hyphenation at line
 * ends: "develop-" + "ment" is "development", but "cross-" + "border" stays
 * "cross-border", because "crossborder" is no word and both halves are.
 */
export function joinLines(lines: readonly string[]): string {
  let text = ''
  for (const raw of lines) {
    const line = raw.trim()
    if (line.length === 0) continue
    const broken = /(\p{L}+)-$/u.exec(text)
    const next = /^(\p{Ll}+)/u.exec(line)
    if (broken && next) {
      const [head, tail] = [broken[1]!, next[1]!]
      const keepHyphen = !isWord(head + tail) && isWord(head) && isWord(tail)
      text = keepHyphen ? `${text}${line}` : `${text.slice(0, -1)}${line}`
    } else text = text.length === 0 ? line : `${text} ${line}`
  }
  return text.replace(/\s+/gu, ' ')
}
