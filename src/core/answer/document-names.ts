import { englishWord } from '../text/english-words.js'
import { contentTerms, tokenize } from '../text/tokenize.js'
import type { CorpusDocument } from '../types.js'

// Words for documents in general, which say nothing of which one is meant.
const GENERIC_NAME_WORDS = new Set(['paper', 'white', 'report', 'document', 'doc', 'text', 'note', 'figur'])

/**
 * What a corpus's documents are called, read once per retriever: how a
 * question about a document itself names it (`nameTerms`), and what names it
 * wherever its text is asked about (`of`). Neither counts the terms most
 * documents' titles share, the corpus's subject ("China", "cyberspace"),
 * which names no one document of it; with one document, that is all of its
 * title, so it is named by its publisher.
 */
export class DocumentNames {
  private readonly subject: ReadonlySet<string>
  private readonly byDocument = new WeakMap<CorpusDocument, ReadonlySet<string>>()
  private readonly citedByDocument = new WeakMap<CorpusDocument, ReadonlySet<string>>()

  constructor(documents: readonly CorpusDocument[]) {
    this.subject = subjectTerms(documents)
  }

  /**
   * The words of its file name and its publisher, by which a question about the
   * document itself names it ("the wire report", "the Harbour Ledger"). Not its
   * title: those are the subject's ("data rules").
   */
  nameTerms(document: CorpusDocument): string[] {
    return this.distinctive(contentTerms([document.id.replace(/-/g, ' '), document.source.publisher].join(' ')))
  }

  /**
   * What names the document wherever its text is asked about, read when a
   * question first needs it and kept: the words of its file name, and the names
   * among its publisher's and wire service's words ("Harbourline", "Xinhua"),
   * not their English words ("Trade", "Centre"). "Does Harbourline think …" and
   * "the rate the digest used" are asked of that document's passages, which
   * need not repeat who wrote them.
   */
  of(document: CorpusDocument): ReadonlySet<string> {
    let names = this.byDocument.get(document)
    if (!names) this.byDocument.set(document, (names = this.read(document)))
    return names
  }

  /**
   * What names the document when the asker cites it as where the answer is
   * ("per the *newswire* piece"): `of`, and every other word of its publisher
   * and wire service, which elsewhere may be words of the question's topic.
   */
  cited(document: CorpusDocument): ReadonlySet<string> {
    let names = this.citedByDocument.get(document)
    if (!names) {
      const sources = contentTerms([document.source.publisher, document.source.via ?? ''].join(' '))
      this.citedByDocument.set(document, (names = new Set([...this.of(document), ...this.distinctive(sources)])))
    }
    return names
  }

  private read(document: CorpusDocument): ReadonlySet<string> {
    const terms = contentTerms(document.id.replace(/-/g, ' '))
    for (const word of tokenize([document.source.publisher, document.source.via ?? ''].join(' '))) {
      const english = word.stop ? undefined : englishWord(word.word)
      if (english && (english.name || !english.listed)) terms.push(...word.terms)
    }
    return new Set(this.distinctive(terms))
  }

  private distinctive(terms: readonly string[]): string[] {
    return terms.filter((term) => !GENERIC_NAME_WORDS.has(term) && !this.subject.has(term))
  }
}

function subjectTerms(documents: readonly CorpusDocument[]): Set<string> {
  const titles = new Map<string, number>()
  for (const document of documents) {
    for (const term of new Set(contentTerms(document.source.title))) titles.set(term, (titles.get(term) ?? 0) + 1)
  }
  return new Set([...titles].filter(([, count]) => count * 2 > documents.length).map(([term]) => term))
}
