import { getDocumentProxy } from 'unpdf'
import type { Draft, SourceFields } from '../draft.js'
import { IngestError } from '../ingest-error.js'
import { isoDate } from '../iso-date.js'
import { headingDepth } from '../text/numbered-heading.js'
import { structureParagraphs } from '../text/structure-text.js'
import { type PageLine, pageLines, type TextPiece } from './page-lines.js'
import { withoutRunningLines } from './running-lines.js'

/**
 * The text of a PDF with pdf.js (through unpdf, which bundles it: nothing is
 * downloaded), read column by column, without running heads, feet and page
 * numbers, hyphenation at line ends undone, and the paper's own numbering
 * ("I. …", "1. …", "Preface") as its sections.
 */
export async function extractPdf(bytes: Uint8Array): Promise<Draft> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes))
  } catch (error) {
    throw new IngestError('MALFORMED', `this PDF cannot be read (${error instanceof Error ? error.message : String(error)})`)
  }
  try {
    const pages: PageLine[][] = []
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number)
      const { items } = await page.getTextContent()
      const pieces: TextPiece[] = []
      for (const item of items) {
        if (!('str' in item) || item.str.trim().length === 0) continue
        const [, , c = 0, d = 0, x = 0, y = 0] = item.transform as number[]
        pieces.push({ text: item.str, x, y, width: item.width, size: Math.hypot(c, d) || item.height })
      }
      pages.push(pageLines(pieces, page.getViewport({ scale: 1 }).width))
    }
    if (pages.every((lines) => lines.length === 0)) {
      throw new IngestError('NO_TEXT', 'this PDF has no text layer; OCR is not supported')
    }
    const lines = withoutRunningLines(pages).flat()
    const { info } = (await pdf.getMetadata().catch(() => ({ info: {} }))) as { info: Record<string, unknown> }
    const { fields, guesses } = readFields(info, lines)
    const blocks = structureParagraphs(paragraphsOf(lines))
    // The title printed over the text is the title, not the first passage.
    const [first] = blocks
    if (first?.kind === 'paragraph' && fields.title && first.text === fields.title) blocks.shift()
    return { fields, blocks, guesses }
  } finally {
    await pdf.destroy()
  }
}

/** Lines into paragraphs: a wider gap than between lines, a heading, or a sentence ended where a column or page ends. */
function paragraphsOf(lines: readonly PageLine[]): string[][] {
  const gaps: number[] = []
  lines.forEach((line, at) => {
    const previous = lines[at - 1]
    if (previous && previous.column === line.column && previous.y > line.y) gaps.push(previous.y - line.y)
  })
  const lineGap = median(gaps) ?? 0
  const paragraphs: string[][] = []
  let current: string[] = []
  const close = () => {
    if (current.length > 0) paragraphs.push(current)
    current = []
  }
  lines.forEach((line, at) => {
    const previous = lines[at - 1]
    const sameRun = previous !== undefined && previous.column === line.column && previous.y > line.y
    // A sentence or a heading ended on the line before.
    const ended = previous === undefined || /[.!?:"”’)]$/u.test(previous.text) || headingDepth(previous.text) !== undefined
    const widerGap = sameRun && lineGap > 0 && previous.y - line.y > lineGap * 1.4
    const otherSize = previous !== undefined && Math.abs(previous.size - line.size) > 0.15 * Math.max(previous.size, line.size)
    const heading = headingDepth(line.text) !== undefined && (ended || widerGap || otherSize)
    if (previous && (widerGap || heading || otherSize || (!sameRun && ended))) close()
    current.push(line.text)
  })
  close()
  return paragraphs
}

function readFields(info: Record<string, unknown>, lines: readonly PageLine[]): Pick<Draft, 'fields' | 'guesses'> {
  const fields: SourceFields = {}
  const guesses: string[] = []
  const title = typeof info.Title === 'string' ? info.Title.trim() : ''
  if (title && !/\.(?:docx?|pdf|indd|tex)$|^Microsoft Word/i.test(title)) fields.title = title
  else {
    // The largest type on the first page is usually the title.
    const largest = Math.max(...lines.slice(0, 20).map((line) => line.size))
    const first = lines.slice(0, 20).find((line) => line.size === largest && headingDepth(line.text) === undefined)
    if (first) {
      fields.title = first.text
      guesses.push('title: the largest line on the first page')
    }
  }
  const created = typeof info.CreationDate === 'string' ? isoDate(info.CreationDate) : undefined
  if (created) {
    fields.published = created
    guesses.push("published: the PDF's creation date")
  }
  if (typeof info.Author === 'string' && info.Author.trim()) {
    fields.publisher = info.Author.trim()
    guesses.push("publisher: the PDF's author")
  }
  return { fields, guesses }
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}
