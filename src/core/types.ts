/** Where a quote comes from, as shown beside it. */
export interface Source {
  title: string
  url: string
  publisher: string
  /** ISO date (YYYY-MM-DD). */
  published: string
  /** The wire service or outlet the publisher took the story from, if any. */
  via?: string
}

/** A paragraph or list item of a document: the unit a citation points at. */
export interface Passage {
  /** Stable across loads: the document id and the passage's ordinal ("cyberspace-white-paper:3"). */
  id: string
  text: string
  /**
   * The headings it stands under, outermost first, joined by " › "
   * ("II. Development and Management of the Internet in China › 1. A booming
   * digital economy"); absent in a document without headings.
   */
  section?: string
}

/** Joins the headings of a section path, outermost first. */
export const SECTION_SEPARATOR = ' › '

/** One document of the corpus, already parsed and validated. */
export interface CorpusDocument {
  id: string
  source: Source
  /** What the document covers, in a few words each; offered when a question has no answer. */
  topics: string[]
  passages: Passage[]
}

/** A group of words the article uses beside the words people use for the same thing. */
export interface SynonymGroup {
  article: string[]
  people: string[]
  /** Why the group is there ("name: …", "everyday English: …"), for whoever maintains it; answers do not read it. */
  why?: string
}

/** Domain vocabulary, kept as data beside the documents. */
export interface Thesaurus {
  /** Words that say nothing about what is asked in this corpus ("white paper"). */
  ignore: string[]
  synonyms: SynonymGroup[]
}

export const EMPTY_THESAURUS: Thesaurus = { ignore: [], synonyms: [] }
