import type { ChapterSummary, DocumentSummary } from '../../commands/index.js'

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`

/** "26 sections · 140 passages", or "9 passages" in a document without headings. */
export function describeDocumentSize({ sections, passages }: DocumentSummary): string {
  const size = count(passages, 'passage', 'passages')
  return sections > 0 ? `${count(sections, 'section', 'sections')} · ${size}` : size
}

/** "II. Development and Management of the Internet in China — 6 sections, 30 passages". */
export function describeChapter({ title, subsections, passages }: ChapterSummary): string {
  const size = count(passages, 'passage', 'passages')
  return `${title} — ${subsections > 0 ? `${count(subsections, 'section', 'sections')}, ${size}` : size}`
}

/**
 * As many whole lines as fit in `max` characters (joined by newlines), then a
 * line from `more` saying how many were left out, which also fits.
 */
export function fitLines(lines: readonly string[], max: number, more: (left: number) => string): string[] {
  const kept: string[] = []
  let length = 0
  for (const [i, line] of lines.entries()) {
    const reserve = i < lines.length - 1 ? more(lines.length - i).length + 1 : 0
    if (length + line.length + 1 + reserve > max) {
      kept.push(more(lines.length - i))
      break
    }
    kept.push(line)
    length += line.length + 1
  }
  return kept
}

/** "…and 3 more sections": what a cut list of chapters ends with. */
export const moreChapters = (left: number) => `…and ${count(left, 'more section', 'more sections')}`
