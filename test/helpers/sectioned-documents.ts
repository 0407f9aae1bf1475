import { createRetriever, type Retriever } from '../../src/core/retriever.js'
import { type CorpusDocument, SECTION_SEPARATOR } from '../../src/core/types.js'
import { parseDocument } from '../../src/corpus/parse-document.js'

// Made-up documents with headings, for /sources: a short report in the white paper's shape
// (a preface, numbered chapters with numbered sections, a conclusion) and a long paper with more
// chapters than a chat message has room for.

/** The short report as Markdown with front matter, as `corpus add` writes one. */
export const RIVERSIDE_REPORT = `---
title: The Riverside Cycling Report
url: https://example.org/riverside-cycling
publisher: Riverside Transport Office
published: 2024-05-02
---
# The Riverside Cycling Report

## Preface

The town set out ten years ago to make cycling the easy way to cross the river.

## I. Bridges and Lanes

### 1. A growing network of lanes

By 2023 the town had built 84 kilometres of protected lanes along both banks.

### 2. Safer crossings

Three new bridges carry bicycles over the river, each with its own signals.

## II. Tramway Integration

Riders may take a folding bicycle on every tram at no charge.

## Conclusion

cycling is now part of daily life for one resident in four.
`

export function riversideReport(): CorpusDocument {
  const parsed = parseDocument('riverside.md', RIVERSIDE_REPORT, 'riverside')
  if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.message).join('\n'))
  return parsed.value
}

/** A paper of `chapters` chapters, each of three numbered sections of two passages, with long chapter titles. */
export function longPaper(chapters: number, id = 'long-paper'): CorpusDocument {
  const passages: CorpusDocument['passages'] = []
  for (let chapter = 1; chapter <= chapters; chapter++) {
    const title = `${chapter}. Chapter ${chapter} on the coastal towns, their harbours, ferries and the people who work there`
    for (let section = 1; section <= 3; section++) {
      for (let passage = 1; passage <= 2; passage++) {
        passages.push({
          id: `${id}:${passages.length + 1}`,
          text: `Part ${chapter}.${section} records harbour note ${passage} for the coastal survey.`,
          section: [title, `(${section}) Section ${section} of chapter ${chapter}`].join(SECTION_SEPARATOR),
        })
      }
    }
  }
  return {
    id,
    source: { title: `A Long Paper (${id})`, url: `https://example.org/${id}`, publisher: 'Coastal Office', published: '2023-01-09' },
    topics: [],
    passages,
  }
}

/** The report and a 40-chapter paper, as /sources lists them. */
export function sectionedRetriever(): Retriever {
  return createRetriever([riversideReport(), longPaper(40)])
}
