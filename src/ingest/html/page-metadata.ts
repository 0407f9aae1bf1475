import type { SourceFields } from '../draft.js'
import { isoDate } from '../iso-date.js'

/** The DOM subset the metadata is read from (linkedom's document). */
interface Page {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null
  querySelectorAll(selector: string): Iterable<{ textContent: string | null }>
}

/**
 * What a page says about itself, best source first for each field: Open Graph
 * and article meta tags, Highwire `citation_*` tags (government and academic
 * sites), JSON-LD NewsArticle, and a `<time datetime>` in the page. A date
 * from a `<time>` is a guess (a page's header or its related stories have
 * dates too), so it is named among the guesses.
 */
export function pageMetadata(page: Page): { fields: SourceFields; guesses: string[] } {
  const meta = (...names: string[]) => {
    for (const name of names) {
      const value = page.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content')?.trim()
      if (value) return value
    }
    return undefined
  }
  const article = jsonLdArticle(page)
  const fields: SourceFields = {}
  const title = meta('og:title', 'citation_title', 'dc.title', 'DC.title', 'twitter:title') ?? text(article?.headline)
  const url =
    meta('og:url', 'citation_public_url', 'citation_abstract_html_url') ??
    page.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ??
    text(article?.url)
  const publisher = meta('og:site_name', 'citation_publisher', 'dc.publisher', 'DC.publisher') ?? nameOf(article?.publisher)
  const declared = [
    meta('article:published_time', 'citation_publication_date', 'citation_date', 'citation_online_date', 'dc.date', 'DC.date'),
    text(article?.datePublished),
  ]
    .map((value) => (value === undefined ? undefined : isoDate(value)))
    .find((value) => value !== undefined)
  const guesses: string[] = []
  const published = declared ?? timeInPage(page)
  if (published && !declared) guesses.push('published: a <time> in the page')
  if (title) fields.title = title
  if (url && /^https?:\/\//i.test(url)) fields.url = url
  if (publisher) fields.publisher = publisher
  if (published) fields.published = published
  return { fields, guesses }
}

/** The date of the page's `<time>`: the one marked as the publication date, else the article's, else the first. */
function timeInPage(page: Page): string | undefined {
  for (const selector of [
    'time[itemprop="datePublished"][datetime]',
    'time[pubdate][datetime]',
    'article time[datetime]',
    'time[datetime]',
  ]) {
    const value = page.querySelector(selector)?.getAttribute('datetime')
    const date = value ? isoDate(value) : undefined
    if (date) return date
  }
  return undefined
}

const ARTICLE_TYPES = new Set([
  'NewsArticle',
  'Article',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'Report',
  'ScholarlyArticle',
  'BlogPosting',
])

/** The first JSON-LD object of an article type, looking inside arrays and `@graph`. */
function jsonLdArticle(page: Page): Record<string, unknown> | undefined {
  for (const script of page.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown
    try {
      data = JSON.parse(script.textContent ?? '')
    } catch {
      continue // a broken block of JSON-LD: the meta tags may still say it
    }
    const queue = [data]
    while (queue.length > 0) {
      const item = queue.shift()
      if (Array.isArray(item)) queue.push(...item)
      else if (item && typeof item === 'object') {
        const record = item as Record<string, unknown>
        const types = ([] as unknown[]).concat(record['@type'])
        if (types.some((type) => typeof type === 'string' && ARTICLE_TYPES.has(type))) return record
        if (record['@graph']) queue.push(record['@graph'])
      }
    }
  }
  return undefined
}

const text = (value: unknown) => (typeof value === 'string' && value.trim().length > 0 ? value.trim() : undefined)
const nameOf = (value: unknown) =>
  text(value) ?? (value && typeof value === 'object' ? text((value as Record<string, unknown>).name) : undefined)
