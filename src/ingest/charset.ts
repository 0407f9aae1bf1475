/**
 * The character set a document says it is in: the Content-Type's `charset`,
 * else, for HTML, a `<meta charset>` or `http-equiv` tag near its start (as
 * browsers sniff it). Undefined when it says none: UTF-8 is then assumed.
 */
export function declaredCharset(bytes: Uint8Array, html: boolean, contentType = ''): string | undefined {
  const fromHeader = /;\s*charset\s*=\s*"?([\w.:-]+)/iu.exec(contentType)?.[1]
  if (fromHeader) return fromHeader.toLowerCase()
  if (!html) return undefined
  // The tag is ASCII whatever the page's encoding; read the start as Latin-1 to find it.
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1')
  const fromMeta = /<meta\b[^>]*?charset\s*=\s*["']?([\w.:-]+)/iu.exec(head)?.[1]
  return fromMeta?.toLowerCase()
}

/** Whether a charset is a name of UTF-8, which is read strictly, so bytes that are not UTF-8 are caught. */
export const isUtf8 = (charset: string | undefined) => charset === undefined || /^utf-?8$/iu.test(charset)
