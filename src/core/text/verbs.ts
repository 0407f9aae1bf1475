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

/**
 * The question's words that it uses as verbs ("how many areas did the bureau
 * *list*", "from when do the measures *apply*"), folded, as the part-of-speech
 * tagger reads them in their sentence, so that "the *listed* firms" is not one.
 */
export function verbsIn(question: string): ReadonlySet<string> {
  tagger ??= (createRequire(import.meta.url)('wink-pos-tagger') as () => PosTagger)()
  const verbs = new Set<string>()
  for (const token of tagger.tagSentence(question)) if (token.tag === 'word' && token.pos.startsWith('VB')) verbs.add(fold(token.value))
  return verbs
}
