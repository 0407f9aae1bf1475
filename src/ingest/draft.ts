/** A block of an extracted document, in reading order. */
export type Block =
  | { kind: 'heading' /** 1 for a chapter, 2 for its sections, … */; depth: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'item'; text: string }

/** The source fields of front matter, as far as a document gives them. */
export interface SourceFields {
  title?: string
  url?: string
  publisher?: string
  /** ISO date, YYYY-MM-DD. */
  published?: string
  via?: string
}

/** What an extractor read from a document: its text and what it says about its source. */
export interface Draft {
  fields: SourceFields
  blocks: Block[]
  /** The fields the extractor inferred rather than read, each with how ("title: the first line"). */
  guesses: string[]
}

/** The words of the text blocks: what a reader would read. */
export function wordCount(blocks: readonly Block[]): number {
  let count = 0
  for (const block of blocks) if (block.kind !== 'heading') count += block.text.split(/\s+/u).filter(Boolean).length
  return count
}
