import type { PageLine } from './page-lines.js'

// A page number as it is printed: "7", "Page 7", "7 of 12", "- 7 -", "vii".
const PAGE_NUMBER = /^(?:page\s+)?[-–— ]*(?:\d{1,4}|[ivxlc]{1,6})[-–— ]*(?:(?:of|\/)\s*\d{1,4})?$/iu

/**
 * The pages without their running heads and feet: a line among the top or
 * bottom two of a page that recurs (digits aside) at the top or bottom of at
 * least half the pages, and page numbers there. They are the page's furniture,
 * not the document's text.
 */
export function withoutRunningLines(pages: readonly PageLine[][]): PageLine[][] {
  const edgeLines = (lines: readonly PageLine[]) => {
    const byHeight = [...lines].sort((a, b) => b.y - a.y)
    return new Set([...byHeight.slice(0, 2), ...byHeight.slice(-2)])
  }
  const edges = pages.map(edgeLines)
  const key = (line: PageLine) => line.text.toLowerCase().replace(/\d+/gu, '#').replace(/\s+/gu, ' ')
  const pagesWith = new Map<string, number>()
  for (const edge of edges) for (const k of new Set([...edge].map(key))) pagesWith.set(k, (pagesWith.get(k) ?? 0) + 1)
  const recurring = (line: PageLine) => pages.length >= 2 && (pagesWith.get(key(line)) ?? 0) >= Math.max(2, pages.length / 2)
  return pages.map((lines, at) => lines.filter((line) => !(edges[at]!.has(line) && (recurring(line) || PAGE_NUMBER.test(line.text)))))
}
