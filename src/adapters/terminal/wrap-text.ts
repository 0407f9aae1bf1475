import wrapAnsi from 'wrap-ansi'

/**
 * Columns when the output is not a terminal (a file, a pipe, a pager): the
 * width terminals open at. Text output is for people (scripts have --json),
 * and `less` or a narrow editor would otherwise cut long lines mid-word.
 */
export const DEFAULT_WIDTH = 80

/** The width to wrap at: the window's when writing to a terminal, else DEFAULT_WIDTH. */
export function outputWidth(stream: { isTTY?: boolean; columns?: number }): number {
  return stream.isTTY === true && stream.columns !== undefined && stream.columns > 0 ? stream.columns : DEFAULT_WIDTH
}

// What a wrapped line's continuation lines are indented under: its leading spaces and list marker.
const HANGING_INDENT = /^ *(?:[•◦] |\d+\. |\[\d+\] |— )?/

/**
 * Wraps each line at spaces to `width` columns (ANSI styles do not count),
 * continuing under the text after a line's indent and list marker. A word
 * longer than the width (a link) gets a line of its own and is never split,
 * so it stays one link a terminal can open.
 */
export function wrapText(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const indent = HANGING_INDENT.exec(line)?.[0].length ?? 0
      // A deep indent in a narrow window would leave no room: wrap flush instead.
      const hang = indent < width / 2 ? indent : 0
      const parts = wrapAnsi(line.slice(hang), width - hang, { hard: false, trim: true }).split('\n')
      return parts.map((part, i) => `${i === 0 ? line.slice(0, hang) : ' '.repeat(hang)}${part}`).join('\n')
    })
    .join('\n')
}
