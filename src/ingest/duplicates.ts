import type { CorpusDocument } from '../core/types.js'

/**
 * The document of the corpus that a new one repeats, described for the
 * message, or undefined. The same URL (ignoring the fragment and a trailing
 * slash) is a repeat, and so is the same text: most of the passages of the
 * shorter of the two found in the other, as when a page is added twice under
 * different addresses.
 */
export function findDuplicate(added: CorpusDocument, existing: readonly CorpusDocument[]): string | undefined {
  const url = sameUrl(added.source.url)
  const byUrl = existing.find((document) => sameUrl(document.source.url) === url)
  if (byUrl) return `${byUrl.id} has the same URL, ${byUrl.source.url}`
  const texts = added.passages.map((passage) => words(passage.text))
  for (const document of existing) {
    const theirs = new Set(document.passages.map((passage) => words(passage.text)))
    const shared = texts.filter((text) => theirs.has(text)).length
    // Most of the shorter one's passages: a page captured with more or less of its surroundings is still that page.
    if (shared >= Math.max(1, Math.min(texts.length, theirs.size) * 0.8))
      return `${document.id} has the same text (“${document.source.title}”)`
  }
  return undefined
}

function sameUrl(address: string): string {
  try {
    const url = new URL(address)
    url.hash = ''
    return url.href.replace(/\/$/u, '')
  } catch {
    return address
  }
}

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
