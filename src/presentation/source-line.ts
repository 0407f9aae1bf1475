import type { Source } from '../core/types.js'

const longDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' })

// A corpus has a few publication dates, formatted for every reply: each is formatted once.
const formatted = new Map<string, string>()

/** "7 November 2022" from "2022-11-07"; the ISO text itself if it is not a date. */
function formatPublished(published: string): string {
  let shown = formatted.get(published)
  if (shown === undefined) {
    const date = new Date(`${published}T00:00:00Z`)
    shown = Number.isNaN(date.getTime()) ? published : longDate.format(date)
    // Bounded, should a corpus ever have many dates.
    if (formatted.size >= 1_000) formatted.clear()
    formatted.set(published, shown)
  }
  return shown
}

/** "BRICS Competition Law and Policy Centre, 7 November 2022, via Xinhua": who said it and when. */
export function describeSource(source: Source): string {
  const parts = [source.publisher, formatPublished(source.published)]
  if (source.via) parts.push(`via ${source.via}`)
  return parts.join(', ')
}

/**
 * What a citation says beside the title: the source, then where in the
 * document the quote stands when it has headings ("…, via Xinhua · § II.
 * Development and Management of the Internet in China › 1. A booming digital
 * economy"). Every platform builds its citation line from this one.
 */
export function describeCitation({ source, section }: { source: Source; section?: string | undefined }): string {
  const described = describeSource(source)
  return section ? `${described} · § ${section}` : described
}
