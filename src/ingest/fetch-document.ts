import { type DocumentKind, kindOfContentType } from './document-kind.js'
import { IngestError } from './ingest-error.js'

/** How a document is fetched from a URL. Every field is optional; defaults are below each. */
export interface FetchOptions {
  /**
   * Time for the whole fetch, redirects and body included, in milliseconds.
   * @default 15000
   */
  timeoutMs?: number
  /**
   * The largest body accepted, in bytes.
   * @default 20 MiB
   */
  maxBytes?: number
  /**
   * Redirects followed before giving up.
   * @default 5
   */
  maxRedirects?: number
}

export const defaultFetchOptions: Required<FetchOptions> = { timeoutMs: 15_000, maxBytes: 20 * 1024 * 1024, maxRedirects: 5 }

/** A fetched document: its bytes, its kind by Content-Type, and the URL it ended at. */
export interface Fetched {
  bytes: Uint8Array
  kind: DocumentKind
  url: string
  /** The Content-Type it was served with, for its character set. */
  contentType: string
}

/**
 * Fetches a document over http(s) only, following at most `maxRedirects`
 * redirects (each checked as the first), and only HTML, PDF or plain text.
 * Every failure is an IngestError with one line that says what went wrong.
 */
export async function fetchDocument(address: string, options: FetchOptions = {}): Promise<Fetched> {
  const settings = { ...defaultFetchOptions, ...options }
  const signal = AbortSignal.timeout(settings.timeoutMs)
  let url = checkedUrl(address)
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(url, { redirect: 'manual', signal, headers: { accept: 'text/html, application/pdf, text/plain' } })
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel()
        if (redirects >= settings.maxRedirects)
          throw new IngestError('UNREADABLE', `${address} redirects more than ${settings.maxRedirects} times`)
        url = checkedUrl(new URL(response.headers.get('location')!, url).href)
        continue
      }
      if (!response.ok) {
        await response.body?.cancel()
        throw new IngestError('UNREADABLE', `${url} answered HTTP ${response.status}`)
      }
      const contentType = response.headers.get('content-type') ?? ''
      const kind = kindOfContentType(contentType)
      if (kind === undefined || kind === 'markdown') {
        await response.body?.cancel()
        throw new IngestError(
          'WRONG_KIND',
          `${url} is ${contentType || 'of no stated type'}; only text/html, application/pdf and text/plain can be added`,
        )
      }
      return { bytes: await readCapped(response, settings.maxBytes, url), kind, url, contentType }
    }
  } catch (error) {
    if (error instanceof IngestError) throw error
    if (signal.aborted) throw new IngestError('UNREADABLE', `${address} did not answer within ${settings.timeoutMs / 1000} s`)
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error)
    throw new IngestError('UNREADABLE', `cannot fetch ${url} (${cause})`)
  }
}

function checkedUrl(address: string): string {
  let url: URL
  try {
    url = new URL(address)
  } catch {
    throw new IngestError('UNREADABLE', `${address} is not a URL`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new IngestError('UNREADABLE', `${address}: only http and https URLs can be added`)
  }
  return url.href
}

async function readCapped(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const tooLarge = () => new IngestError('TOO_LARGE', `${url} is larger than ${formatSize(maxBytes)}, the most a document may be`)
  const declared = Number(response.headers.get('content-length'))
  if (declared > maxBytes) {
    await response.body?.cancel()
    throw tooLarge()
  }
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of response.body ?? []) {
    size += chunk.byteLength
    if (size > maxBytes) throw tooLarge()
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

/** "20 MB" from a byte count. */
export function formatSize(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`
}
