/** A piece of text on a PDF page, where pdf.js put it (y grows upwards). */
export interface TextPiece {
  text: string
  x: number
  y: number
  width: number
  /** The font size. */
  size: number
}

/** A line of a page, in reading order. */
export interface PageLine {
  text: string
  y: number
  size: number
  /** Which column it is in: one for a page set in one, left and right for two. */
  column: 'full' | 'left' | 'right'
}

/**
 * The lines of one page in reading order. On a page set in two columns the
 * left column is read to its end before the right one; text across the middle
 * (a title, a heading set over both) is read where it stands above them.
 */
export function pageLines(pieces: readonly TextPiece[], pageWidth: number): PageLine[] {
  const middle = pageWidth / 2
  const gutter = pageWidth * 0.02
  const side = (piece: TextPiece): PageLine['column'] =>
    piece.x + piece.width <= middle + gutter ? 'left' : piece.x >= middle - gutter ? 'right' : 'full'
  const sides = pieces.map(side)
  const right = sides.filter((s) => s === 'right').length
  const left = sides.filter((s) => s === 'left').length
  const twoColumns = right >= 3 && left >= 3 && right + left >= 0.6 * pieces.length
  const columnOf = (i: number): PageLine['column'] => (twoColumns ? sides[i]! : 'full')

  const groups: Record<PageLine['column'], TextPiece[]> = { full: [], left: [], right: [] }
  pieces.forEach((piece, i) => {
    groups[columnOf(i)].push(piece)
  })
  const lines = (column: PageLine['column']) => linesOf(groups[column], column)
  if (!twoColumns) return lines('full')
  const columnsTop = Math.max(...[...groups.left, ...groups.right].map((piece) => piece.y))
  const full = lines('full')
  return [
    ...full.filter((line) => line.y > columnsTop),
    ...lines('left'),
    ...lines('right'),
    ...full.filter((line) => line.y <= columnsTop),
  ]
}

/** Pieces on one baseline make a line, top to bottom, left to right. */
function linesOf(pieces: readonly TextPiece[], column: PageLine['column']): PageLine[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x)
  const lines: Array<{ y: number; size: number; pieces: TextPiece[] }> = []
  for (const piece of sorted) {
    const line = lines[lines.length - 1]
    if (line && Math.abs(line.y - piece.y) < Math.max(line.size, piece.size) * 0.5) line.pieces.push(piece)
    else lines.push({ y: piece.y, size: piece.size, pieces: [piece] })
  }
  return lines.map(({ y, size, pieces: onLine }) => {
    const ordered = onLine.sort((a, b) => a.x - b.x)
    let text = ''
    let end = -Infinity
    for (const piece of ordered) {
      const gap = piece.x - end
      text += text.length > 0 && gap > piece.size * 0.15 && !text.endsWith(' ') ? ` ${piece.text}` : piece.text
      end = piece.x + piece.width
    }
    return { text: text.replace(/\s+/gu, ' ').trim(), y, size, column }
  })
}
