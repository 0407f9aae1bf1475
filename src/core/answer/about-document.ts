import { tokenize } from '../text/tokenize.js'
import type { CorpusDocument } from '../types.js'
import { DocumentNames } from './document-names.js'

// "who published …", "which outlet ran …", "the publisher of …".
const PUBLISHER_ASKED = /\b(who|which|what)\b[^?]*\b(publish|published|publishes|put out|posted|ran|run|carried|released)\b|\bpublisher\b/
// "when was … published", "what day did … come out", "publication date".
const DATE_ASKED =
  /\b(when|what (date|day|year))\b[^?]*\b(publish|published|posted|come out|came out|released|filed|put out)\b|\b(publication|publishing|posting) date\b/
// What people call a document they read about the paper, as distinct from the paper itself
// (which they call the paper, the report, the document or the text).
const DOCUMENT_WORDS = new Set(['piece', 'article', 'story', 'post', 'writeup', 'write', 'coverage', 'item', 'page', 'explainer'])

/**
 * Reads which documents questions ask about themselves; each document's name is read once, here,
 * from `documentNames` (the retriever's own, which its quotes use too).
 */
export function documentQuestions(documents: readonly CorpusDocument[], documentNames = new DocumentNames(documents)) {
  const names = documents.map((document) => ({ document, terms: documentNames.nameTerms(document) }))
  /**
   * The documents a question asks about themselves, not about what they say:
   * "who published the wire report", "when did this piece come out". Their front
   * matter answers when their text does not. Undefined for any other question,
   * and for one about the white paper ("who published the paper").
   */
  return function documentsAskedAbout(question: string): DocumentsAsked | undefined {
    const folded = question.toLowerCase()
    if (!PUBLISHER_ASKED.test(folded) && !DATE_ASKED.test(folded)) return undefined
    const words = tokenize(question).filter((token) => !token.stop)
    const terms = new Set(words.flatMap((token) => token.terms))
    // Named by its file name's words or its publisher's: "the wire report", "the glossary", "the Harbour Ledger".
    const named = names.filter((name) => name.terms.some((term) => terms.has(term))).map(({ document }) => document)
    const saysDocument = words.some((token) => DOCUMENT_WORDS.has(token.word))
    if (named.length === 0 && !saysDocument) return undefined
    return { documents: named.length > 0 ? named : [...documents], certain: saysDocument }
  }
}

export interface DocumentsAsked {
  documents: CorpusDocument[]
  /**
   * The question calls it a piece, an article, a story: it is about the document
   * itself, not what it says. Otherwise ("the wire report") its text may say
   * ("filed by … on 7 November"), and is asked first.
   */
  certain: boolean
}
