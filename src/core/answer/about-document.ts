import { tokenize } from '../text/tokenize.js'
import type { CorpusDocument } from '../types.js'

// "who published …", "which outlet ran …", "the publisher of …".
const PUBLISHER_ASKED = /\b(who|which|what)\b[^?]*\b(publish|published|publishes|put out|posted|ran|run|carried|released)\b|\bpublisher\b/
// "when was … published", "what day did … come out", "publication date".
const DATE_ASKED =
  /\b(when|what (date|day|year))\b[^?]*\b(publish|published|posted|come out|came out|released|filed|put out)\b|\b(publication|publishing|posting) date\b/
// What people call a document they read about the paper, as distinct from the paper itself
// (which they call the paper, the report, the document or the text).
const DOCUMENT_WORDS = new Set(['piece', 'article', 'story', 'post', 'writeup', 'write', 'coverage', 'item', 'page', 'explainer'])
// Words for documents in general, which say nothing of which one is meant.
const GENERIC_NAME_WORDS = new Set(['paper', 'white', 'report', 'document', 'doc', 'text', 'note', 'figur'])

/** Reads which documents questions ask about themselves; each document's name is read once, here. */
export function documentQuestions(documents: readonly CorpusDocument[]) {
  const subject = subjectTerms(documents)
  const names = documents.map((document) => ({ document, terms: nameTerms(document, subject) }))
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

/**
 * The terms most documents' titles share: the corpus's subject ("China",
 * "cyberspace"), which names no one document of it. With one document, all of
 * its title: its name must then be its publisher's.
 */
function subjectTerms(documents: readonly CorpusDocument[]): Set<string> {
  const titles = new Map<string, number>()
  for (const document of documents) {
    for (const term of new Set(contentTerms(document.source.title))) titles.set(term, (titles.get(term) ?? 0) + 1)
  }
  return new Set([...titles].filter(([, count]) => count * 2 > documents.length).map(([term]) => term))
}

/**
 * The distinctive words of a document's name, less the corpus's `subject`. Not
 * its title: those are the subject's ("data rules").
 */
function nameTerms(document: CorpusDocument, subject: ReadonlySet<string>): string[] {
  const name = [document.id.replace(/-/g, ' '), document.source.publisher].join(' ')
  return contentTerms(name).filter((term) => !GENERIC_NAME_WORDS.has(term) && !subject.has(term))
}

function contentTerms(text: string): string[] {
  return tokenize(text).flatMap((token) => (token.stop ? [] : token.terms))
}
