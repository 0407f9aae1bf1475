import { type CorpusDocument, SECTION_SEPARATOR, type Source } from '../src/core/types.js'

/** A top-level section of a document (a chapter), as /sources lists it. */
export interface ChapterSummary {
  /** Its heading: "II. Development and Management of the Internet in China". */
  title: string
  /** Passages under it, its subsections' included. */
  passages: number
  /** The sections under it that hold passages, at any depth. */
  subsections: number
}

/** A document as /sources lists it: its source, its size and its chapters. */
export interface DocumentSummary {
  id: string
  source: Source
  passages: number
  /**
   * The sections its passages stand in, as `corpus add` and `corpus list`
   * count them: a chapter with no passage of its own before its first
   * section is not counted beside its sections. 0 without headings.
   */
  sections: number
  /** The top-level sections, in the document's order; empty without headings. */
  chapters: ChapterSummary[]
}

/**
 * Counts a document's passages under each top-level heading. A long paper has
 * dozens of sections; its chapters are what a reader can take in at a glance,
 * and the platforms have room for them.
 */
export function summarizeDocument({ id, source, passages }: CorpusDocument): DocumentSummary {
  const chapters = new Map<string, { passages: number; sections: Set<string> }>()
  const sections = new Set<string>()
  for (const { section } of passages) {
    if (section === undefined) continue
    sections.add(section)
    const title = section.split(SECTION_SEPARATOR)[0]!
    let chapter = chapters.get(title)
    if (!chapter) chapters.set(title, (chapter = { passages: 0, sections: new Set() }))
    chapter.passages++
    if (section !== title) chapter.sections.add(section)
  }
  return {
    id,
    source,
    passages: passages.length,
    sections: sections.size,
    chapters: [...chapters].map(([title, chapter]) => ({ title, passages: chapter.passages, subsections: chapter.sections.size })),
  }
}
