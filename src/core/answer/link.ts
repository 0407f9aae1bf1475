/**
 * A link that opens the page scrolled to the quote and highlights it, using a
 * URL text fragment (https://wicg.github.io/scroll-to-text-fragment/). Long
 * quotes are addressed by their first and last words, which keeps the URL short
 * and survives differences in the white space between them.
 */
export function linkToQuote(url: string, quote: string, edgeWords = 5): string {
  if (url.length === 0) return ''
  const words = quote.split(/\s+/u).filter((word) => word.length > 0)
  if (words.length === 0) return url
  const base = url.replace(/#.*$/u, '')
  const fragment =
    words.length <= edgeWords * 2
      ? encodeFragmentText(words.join(' '))
      : `${encodeFragmentText(words.slice(0, edgeWords).join(' '))},${encodeFragmentText(words.slice(-edgeWords).join(' '))}`
  return `${base}#:~:text=${fragment}`
}

// "-", "," and "&" have meanings inside a text fragment, so they must be escaped
// beyond what encodeURIComponent does.
function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D')
}
