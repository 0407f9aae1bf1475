import { declaredCharset, isUtf8 } from './charset.js'
import { IngestError } from './ingest-error.js'

/** The kinds of document `corpus add` reads. */
export type DocumentKind = 'html' | 'pdf' | 'text' | 'markdown'

const BY_EXTENSION: Record<string, DocumentKind> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
}

const BY_CONTENT_TYPE: Record<string, DocumentKind> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/pdf': 'pdf',
  'text/plain': 'text',
  'text/markdown': 'markdown',
}

/** The kind a file's name says, or undefined for a name that says none this reads. */
export function kindOfExtension(extension: string): DocumentKind | undefined {
  return BY_EXTENSION[extension.toLowerCase()]
}

/** The kind a Content-Type says ("text/html; charset=utf-8"), or undefined. */
export function kindOfContentType(contentType: string): DocumentKind | undefined {
  return BY_CONTENT_TYPE[contentType.split(';')[0]!.trim().toLowerCase()]
}

/**
 * Checks that the bytes are what they are said to be and returns them as
 * text for the text kinds: a ".pdf" must start as PDFs do, and HTML, text and
 * Markdown must be text, not binary (a PDF or an image renamed): UTF-8, or
 * the character set the document declares (`contentType` for a download).
 */
export function checkContent(bytes: Uint8Array, said: DocumentKind, name: string, contentType?: string): string | undefined {
  const looksPdf = Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-')
  if (said === 'pdf') {
    if (!looksPdf) throw new IngestError('WRONG_KIND', `${name} is not a PDF (it does not start as a PDF does)`)
    return undefined
  }
  if (looksPdf) throw new IngestError('WRONG_KIND', `${name} is a PDF, not ${describe(said)}`)
  const charset = declaredCharset(bytes, said === 'html', contentType)
  let text: string
  if (isUtf8(charset)) {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      throw new IngestError('WRONG_KIND', `${name} is not ${describe(said)}: it is not UTF-8 text, and says no other character set`)
    }
  } else {
    try {
      // Pages in Latin-1 or GBK say so; every byte means a character there, so nothing is refused here.
      text = new TextDecoder(charset).decode(bytes)
    } catch {
      throw new IngestError('WRONG_KIND', `${name} is in the character set "${charset}", which cannot be read`)
    }
  }
  if (text.includes('\u0000')) throw new IngestError('WRONG_KIND', `${name} is not ${describe(said)}: it holds binary data`)
  return text.replace(/^\uFEFF/u, '')
}

function describe(kind: DocumentKind): string {
  return { html: 'HTML', pdf: 'a PDF', text: 'text', markdown: 'Markdown' }[kind]
}
