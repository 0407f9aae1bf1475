import { isNode, LineCounter, parseDocument } from 'yaml'
import type { z } from 'zod'
import type { CorpusProblem } from './corpus-error.js'

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: CorpusProblem[] }

/**
 * Parses YAML and validates it against a schema, turning every failure into a
 * problem that names the file, the line and the field. `firstLine` is the line
 * of the file where the YAML text starts.
 */
export function parseYaml<S extends z.ZodType>(file: string, text: string, firstLine: number, schema: S): Parsed<z.output<S>> {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter, prettyErrors: false })
  const lineAt = (offset: number) => firstLine + lineCounter.linePos(offset).line - 1
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => ({
        file,
        line: lineAt(error.pos[0]),
        message: `YAML: ${error.message.split('\n')[0]}`,
      })),
    }
  }
  const data: unknown = document.toJS()
  const result = schema.safeParse(data ?? {})
  if (result.success) return { ok: true, value: result.data }

  // The line of the deepest part of the path the file has: the field itself, or what should hold it.
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth > 0; depth--) {
      const node: unknown = document.getIn(path.slice(0, depth), true)
      if (isNode(node) && node.range) return lineAt(node.range[0])
    }
    return undefined
  }
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      const field = issue.path.map(String).join('.')
      const present = document.getIn(issue.path, true) !== undefined
      const message = field === '' ? issue.message : present ? `"${field}" ${issue.message}` : `"${field}" is missing`
      return { file, line: lineOf(issue.path), message }
    }),
  }
}
