import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { checkContent, type DocumentKind, kindOfExtension } from './document-kind.js'
import { type FetchOptions, fetchDocument, formatSize } from './fetch-document.js'
import { IngestError } from './ingest-error.js'

/** A document's content as read from a file or a URL, checked to be the kind it says. */
export interface SourceContent {
  kind: DocumentKind
  /** The text, for every kind but PDF. */
  text?: string
  bytes: Uint8Array
  /** The URL it was fetched from (after redirects); undefined for a file. */
  url?: string
  /** How it is named in messages: the file's path or the URL. */
  name: string
}

/** Reads `where`: an http(s) URL is fetched, anything else is a file. */
export async function readSource(where: string, options: Required<FetchOptions>): Promise<SourceContent> {
  if (/^[a-z][a-z0-9+.-]*:\/\//iu.test(where)) {
    const fetched = await fetchDocument(where, options)
    const text = checkContent(fetched.bytes, fetched.kind, fetched.url, fetched.contentType)
    return { kind: fetched.kind, bytes: fetched.bytes, url: fetched.url, name: fetched.url, ...textOf(text, fetched.kind, fetched.url) }
  }
  const extension = path.extname(where)
  const kind = kindOfExtension(extension)
  if (kind === undefined) {
    throw new IngestError(
      'WRONG_KIND',
      `${where}: cannot add ${extension || 'a file without an extension'}; add .html, .pdf, .txt or .md files`,
    )
  }
  let size: number
  try {
    const info = await stat(where)
    if (!info.isFile()) throw new IngestError('UNREADABLE', `${where} is not a file`)
    size = info.size
  } catch (error) {
    if (error instanceof IngestError) throw error
    throw new IngestError('UNREADABLE', `cannot read ${where} (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
  }
  if (size > options.maxBytes) {
    throw new IngestError(
      'TOO_LARGE',
      `${where} is ${formatSize(size)}, larger than ${formatSize(options.maxBytes)}, the most a document may be`,
    )
  }
  if (size === 0) throw new IngestError('NO_TEXT', `${where} is empty`)
  const bytes = new Uint8Array(await readFile(where))
  return { kind, bytes, name: where, ...textOf(checkContent(bytes, kind, where), kind, where) }
}

// Text or Markdown that is a web page was saved under the wrong name: say so rather than quote its tags.
function textOf(text: string | undefined, kind: DocumentKind, name: string): { text?: string } {
  if (text === undefined) return {}
  if ((kind === 'text' || kind === 'markdown') && /^\s*<(?:!doctype html|html)\b/iu.test(text)) {
    throw new IngestError('WRONG_KIND', `${name} is HTML, not ${kind === 'text' ? 'text' : 'Markdown'}; save it as .html`)
  }
  return { text }
}
