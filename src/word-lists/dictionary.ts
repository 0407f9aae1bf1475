import { readFileSync } from 'node:fs'
import wordListPath from 'word-list'

/**
 * The 274,000 lower-case words of the `word-list` package, sorted. The package ships them as a
 * text file; it is read here so that src/core, which looks words up in it, does no file I/O itself.
 */
export function readDictionary(): string[] {
  return readFileSync(wordListPath, 'utf8').split('\n').sort()
}
