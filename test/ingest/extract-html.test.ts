import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import type { Block } from '../../src/ingest/draft.js'
import { extractHtml } from '../../src/ingest/html/extract-html.js'

const fixture = (name: string) => readFile(`test/fixtures/ingest/${name}`, 'utf8')
const texts = (blocks: readonly Block[]) => blocks.map((block) => block.text).join('\n')

describe('extractHtml: a news page', async () => {
  const draft = extractHtml(await fixture('news-page.html'))

  it('reads the source from Open Graph and article metadata', () => {
    expect(draft.fields).toEqual({
      title: 'Lanwick Opens Its Tidal Energy Dock',
      url: 'https://courier.example.org/2024/04/lanwick-tidal-dock',
      publisher: 'Coastal Courier',
      published: '2024-04-18',
    })
    expect(draft.guesses).toEqual([])
  })

  it('keeps the story, each paragraph whole and in order', () => {
    const paragraphs = draft.blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text)
    expect(paragraphs[0]).toMatch(/^The harbour town of Lanwick opened its first tidal energy dock on Thursday, a floating platform/)
    expect(paragraphs).toContain(
      '"We argued for two years about where it would go, and in the end we were listened to," said Tomas Reyl, who chairs the fishing cooperative.',
    )
    expect(paragraphs.findIndex((text) => text.startsWith('The dock cost'))).toBeLessThan(
      paragraphs.findIndex((text) => text.startsWith('Engineers')),
    )
  })

  it('leaves out the cookie banner, the share bar, the menu, related stories and the footer', () => {
    const all = texts(draft.blocks)
    for (const chrome of [
      'cookies',
      'Share on Facebook',
      'Email this story',
      'Sport',
      'Ferry timetable',
      'Related stories',
      'All rights reserved',
    ]) {
      expect(all).not.toContain(chrome)
    }
  })
})

describe('extractHtml: a government paper with a table of contents', async () => {
  const draft = extractHtml(await fixture('government-page.html'))

  it('reads the citation_* tags, the date written with slashes', () => {
    expect(draft.fields).toEqual({
      title: 'Rivers and Canals of Eastmark in the New Decade',
      url: 'https://gov.example.org/papers/rivers-and-canals',
      publisher: 'Eastmark Office of Public Information',
      published: '2023-09-12',
    })
  })

  it('makes its headings sections, chapter over section, and leaves the table of contents out', () => {
    const headings = draft.blocks.filter((block) => block.kind === 'heading').map((block) => [block.depth, block.text])
    expect(headings).toEqual([
      [2, 'Preface'],
      [2, 'I. The Waterways Today'],
      [3, '1. A network rebuilt'],
      [3, '2. Cleaner water'],
      [2, 'II. Plans for the Coming Years'],
      [2, 'Conclusion'],
    ])
    expect(draft.blocks.filter((block) => block.kind === 'item')).toEqual([])
    expect(texts(draft.blocks)).not.toContain('Contents')
    expect(texts(draft.blocks)).not.toContain('Government Portal')
  })
})

describe('extractHtml: a paper whose headings are bold paragraphs', () => {
  it("makes them sections by the paper's numbering", () => {
    const text = (n: number) =>
      `<p>Paragraph ${n} of the paper says what the office has done for the rivers and canals, and why it matters to the towns along them.</p>`
    const html = `<!doctype html><html><head><title>Rivers</title></head><body><div id="content">
      <p><strong>Preface</strong></p>${text(1)}${text(2)}
      <p><strong>I. The Waterways Today</strong></p><p><b>1. A network rebuilt</b></p>${text(3)}${text(4)}
      <p><strong>Conclusion</strong></p>${text(5)}</div></body></html>`
    const headings = extractHtml(html).blocks.filter((block) => block.kind === 'heading')
    expect(headings.map((block) => block.kind === 'heading' && [block.depth, block.text])).toEqual([
      [1, 'Preface'],
      [1, 'I. The Waterways Today'],
      [2, '1. A network rebuilt'],
      [1, 'Conclusion'],
    ])
  })
})

describe('extractHtml: what is not a page', () => {
  it('refuses text with no HTML elements in it', () => {
    expect(() => extractHtml('just some words <<< >>> and no tags')).toThrow(/not well-formed HTML/)
  })

  it('says a page has no readable text when its body is empty', () => {
    expect(() => extractHtml('<!doctype html><html><head><title>Nothing</title></head><body></body></html>')).toThrow(/no readable text/)
  })
})

/** A page of our own around `head` and `body`, with enough text for Readability to take it for an article. */
const story = (head: string, body = '') => `<!doctype html><html><head>${head}</head><body>
  <header><nav><a href="/">Home</a> <time datetime="2025-01-01">Today</time></nav></header>
  <article>${body}<h1>Ferry Fares Fall for Islanders</h1>
  ${[1, 2, 3, 4]
    .map(
      (n) =>
        `<p>Islanders will pay less for the morning ferry from March, the harbour board said in its notice number ${n}, after a year in which the crossing was full on most weekdays and the board asked riders what would help them most.</p>`,
    )
    .join('\n')}
  </article>
  <aside><h2>Related</h2><ul><li><a href="/old">An older story</a> <time datetime="2019-05-05">2019</time></li></ul></aside>
  </body></html>`

describe('extractHtml: metadata a page gives in other ways', () => {
  it('reads JSON-LD NewsArticle inside @graph, its publisher an object and its date with a time zone', () => {
    const jsonLd = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Not the publisher' },
        {
          '@type': ['NewsArticle'],
          headline: 'Ferry Fares Fall for Islanders',
          url: 'https://isles.example.org/ferry-fares',
          datePublished: '2024-02-03T23:30:00-05:00',
          publisher: { '@type': 'Organization', name: 'Isles Gazette' },
        },
      ],
    }
    const draft = extractHtml(story(`<title>Ferry | Isles</title><script type="application/ld+json">${JSON.stringify(jsonLd)}</script>`))
    // The date as the page wrote it, not moved to another day by the time zone.
    expect(draft.fields).toEqual({
      title: 'Ferry Fares Fall for Islanders',
      url: 'https://isles.example.org/ferry-fares',
      publisher: 'Isles Gazette',
      published: '2024-02-03',
    })
    expect(draft.guesses).toEqual([])
  })

  it("takes the date from the article's <time>, not the header's or a related story's, and says it guessed", () => {
    const draft = extractHtml(
      story(
        '<title>Ferry Fares Fall for Islanders</title>',
        '<p class="byline">By Ana Lee, <time itemprop="datePublished" datetime="2024-02-03">3 February</time></p>',
      ),
    )
    expect(draft.fields.published).toBe('2024-02-03')
    expect(draft.guesses).toContain('published: a <time> in the page')
    const plain = extractHtml(
      story('<title>Ferry Fares Fall for Islanders</title>', '<p><time datetime="2024-02-04">4 February</time></p>'),
    )
    expect(plain.fields.published).toBe('2024-02-04')
  })

  it('reads a page of sloppy HTML as browsers do: unclosed paragraphs, stray closing tags, no </body>', () => {
    const paragraphs = [1, 2, 3].map(
      (n) =>
        `<p>Part ${n} of the notice says the harbour board will cut the morning fare, and that riders asked for it in the survey it ran last year`,
    )
    const draft = extractHtml(`<html><head><title>Ferry fares</title><body><div id="main">${paragraphs.join('\n')}</div></div></span>`)
    expect(draft.blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text.slice(0, 6))).toEqual([
      'Part 1',
      'Part 2',
      'Part 3',
    ])
  })
})
