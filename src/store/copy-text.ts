/** A value of a row for COPY: text, a number, or null. */
export type CopyValue = string | number | null

/**
 * Rows in PostgreSQL's COPY text format: a line a row, tabs between values,
 * \N for null, and the backslash, tab, newline and carriage return inside a
 * value escaped, so any question text arrives as it was typed.
 */
export function copyText(rows: ReadonlyArray<ReadonlyArray<CopyValue>>): string {
  let text = ''
  for (const row of rows) text += `${row.map(copyValue).join('\t')}\n`
  return text
}

function copyValue(value: CopyValue): string {
  if (value === null) return '\\N'
  return String(value).replace(/[\\\t\n\r]/g, (character) => ESCAPES[character] as string)
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' }

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/

/** PGlite's COPY of the data given with the statement, into these columns of the table. */
export function copyFromBlob(table: string, columns: readonly string[]): string {
  for (const name of [table, ...columns]) if (!IDENTIFIER.test(name)) throw new Error(`not a plain SQL name: ${name}`)
  return `COPY ${table} (${columns.join(', ')}) FROM '/dev/blob'`
}
