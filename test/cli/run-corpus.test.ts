import { copyFile, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { sources } from '../../commands/sources.js'
import { createLiveRetriever } from '../../src/app/live-retriever.js'
import { createLogger } from '../../src/app/log.js'
import { openRetriever } from '../../src/app/open-retriever.js'
import { watchCorpus } from '../../src/app/watch-corpus.js'
import { runAsk } from '../../src/cli/run-ask.js'
import { runCorpus } from '../../src/cli/run-corpus.js'
import { loadCorpus } from '../../src/corpus/load-corpus.js'
import { runProgram } from '../helpers/run-program.js'
import { captureStream, linesStream } from '../helpers/streams.js'
import { scannedPdf, twoColumnPdf } from '../helpers/two-column-pdf.js'

const FIXTURES = 'test/fixtures/ingest'
const fixture = (name: string) => readFile(path.join(FIXTURES, name))
const REYL = 'Tomas Reyl'
const REYL_ACCENTED = 'Tomás Réyl'
/** The news page as an older site serves it: in Latin-1, with a name that needs it, saying so in its Content-Type only. */
const latin1Page = async () =>
  Buffer.from(
    (await fixture('news-page.html')).toString('utf8').replace('<meta charset="utf-8">', '').replace(REYL, REYL_ACCENTED),
    'latin1',
  )

interface Route {
  type: string
  body: string | Uint8Array
  status?: number
  headers?: Record<string, string>
}

// Pages as sites serve them, from 127.0.0.1 only.
let server: Server
let base: string
beforeAll(async () => {
  const routes: Record<string, Route> = {
    '/news': { type: 'text/html; charset=utf-8', body: await fixture('news-page.html') },
    '/news-latin1': { type: 'text/html; charset=ISO-8859-1', body: await latin1Page() },
    '/papers/rivers': { type: 'text/html', body: await fixture('government-page.html') },
    '/review.pdf': { type: 'application/pdf', body: await twoColumnPdf() },
    '/scan.pdf': { type: 'application/pdf', body: await scannedPdf() },
    '/empty': { type: 'text/html', body: '<!doctype html><html><head><title>Empty</title></head><body></body></html>' },
    '/paywall': {
      type: 'text/html',
      body: '<html><head><meta property="article:published_time" content="2024-01-02"></head><body><article><p>Subscribe to read the rest of this story. Already a subscriber? Sign in to continue reading.</p></article></body></html>',
    },
    '/photo': { type: 'image/png', body: 'not really a picture' },
    '/moved': { type: 'text/html', body: '', status: 301, headers: { location: '/news' } },
    '/loop': { type: 'text/html', body: '', status: 302, headers: { location: '/loop' } },
    '/elsewhere': { type: 'text/html', body: '', status: 302, headers: { location: 'ftp://127.0.0.1/file' } },
    '/huge': { type: 'text/html', body: '', headers: { 'content-length': String(100 * 1024 * 1024) } },
  }
  server = createServer((request, response) => {
    if (request.url === '/slow') return // never answers
    if (request.url === '/endless') {
      // No Content-Length, and more than the limit: the body is cut off as it arrives.
      response.writeHead(200, { 'content-type': 'text/html' })
      const chunk = Buffer.alloc(1024 * 1024, 'a')
      const send = (left: number) => {
        if (left === 0 || response.destroyed) return void response.end()
        response.write(chunk, () => send(left - 1))
      }
      send(25)
      return
    }
    const route = routes[request.url ?? '']
    if (!route) {
      response.writeHead(404).end('not found')
      return
    }
    response.writeHead(route.status ?? 200, { 'content-type': route.type, ...route.headers })
    // A body declared at 100 MB is never sent: the size alone must be refused.
    if (route.headers?.['content-length']) response.flushHeaders()
    else response.end(route.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

let corpusDir: string
let work: string
beforeEach(async () => {
  corpusDir = await mkdtemp(path.join(tmpdir(), 'corpus-add-'))
  work = await mkdtemp(path.join(tmpdir(), 'corpus-files-'))
})
afterEach(async () => {
  await rm(corpusDir, { recursive: true, force: true })
  await rm(work, { recursive: true, force: true })
})

async function corpus(...argv: string[]) {
  const stdout = captureStream()
  const stderr = captureStream()
  const code = await runCorpus(argv, { stdout, stderr, corpusDir, fetch: { timeoutMs: 1500 } })
  return { code, stdout: stdout.text(), stderr: stderr.text() }
}

async function askJson(question: string) {
  const stdout = captureStream()
  const io = { stdin: linesStream([]), stdout, stderr: captureStream(), color: false }
  await runAsk(['--json', question], () => openRetriever(corpusDir, { warm: false }), io)
  return JSON.parse(stdout.text())
}

describe('corpus add', () => {
  it('adds a news page from a URL, through a redirect, with its source, and says what it found', async () => {
    const { code, stdout, stderr } = await corpus('add', `${base}/moved`)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toContain(`Added ${path.join(corpusDir, 'lanwick-opens-its-tidal-energy-dock.md')}`)
    expect(stdout).toContain('title      Lanwick Opens Its Tidal Energy Dock')
    expect(stdout).toContain('source     Coastal Courier, 18 April 2024')
    expect(stdout).toMatch(/sections {3}0\n {2}passages {3}5\n/)
    expect(stdout).toContain('guessed    nothing')

    const answer = (await askJson('what did the dock cost')).answers[0]
    expect(answer.quote).toContain('The dock cost 42 million euros')
    expect(answer.source).toEqual({
      title: 'Lanwick Opens Its Tidal Energy Dock',
      url: 'https://courier.example.org/2024/04/lanwick-tidal-dock',
      publisher: 'Coastal Courier',
      published: '2024-04-18',
    })
    expect(answer.section).toBeNull()
  })

  it('adds a government paper whose answers name their section', async () => {
    expect((await corpus('add', `${base}/papers/rivers`)).code).toBe(0)
    const answer = (await askJson('what share of river sections are rated good or excellent')).answers[0]
    expect(answer.quote).toMatch(/^The share of river sections rated good or excellent rose from 41 percent/)
    expect(answer.section).toBe('I. The Waterways Today › 2. Cleaner water')
    expect(answer.source.publisher).toBe('Eastmark Office of Public Information')
  })

  it('adds a two-column PDF, its sections from its numbering, its guesses named', async () => {
    const { code, stdout } = await corpus('add', `${base}/review.pdf`, '--publisher', 'Riverside Transport Office')
    expect(code).toBe(0)
    expect(stdout).toContain('sections   5') // chapter I holds no passage of its own, only its two sections
    expect(stdout).toContain("guessed    published: the PDF's creation date")
    const answer = (await askJson('how many cycle spaces were added at the station')).answers[0]
    expect(answer.section).toBe('II. Trams and Trains')
    expect(answer.source).toMatchObject({ publisher: 'Riverside Transport Office', published: '2024-05-02', url: `${base}/review.pdf` })
  })

  it('adds a text file, with the flags for what a file cannot say', async () => {
    const file = path.join(work, 'bridges.txt')
    await copyFile(path.join(FIXTURES, 'numbered-paper.txt'), file)
    const flags = ['--url', 'https://example.org/bridges', '--published', '2021-06-30', '--via', 'Northern Wire']
    const { code, stdout } = await corpus('add', file, ...flags)
    expect(code).toBe(0)
    expect(stdout).toContain("publisher: the URL's host")
    const { documents } = await loadCorpus(corpusDir)
    expect(documents[0]?.source).toEqual({
      title: 'Bridges of the Northern Provinces',
      url: 'https://example.org/bridges',
      publisher: 'example.org',
      published: '2021-06-30',
      via: 'Northern Wire',
    })
    const estuary = documents[0]?.passages.find((passage) => passage.text.startsWith('The estuary span'))
    expect(estuary?.section).toBe('I. Building the Crossings › 2. Iron and steel › (1) The great estuary span')
  })

  it('adds Markdown: its front matter, flags over it, its headings as sections', async () => {
    const file = path.join(work, 'ferries.md')
    const body = Array.from(
      { length: 12 },
      (_, i) => `Ferry route ${i + 1} crosses the bay ${i + 2} times a day in summer and once an hour in winter.`,
    )
    await writeFile(
      file,
      `---\ntitle: Ferries of the Bay\nurl: https://example.org/ferries\npublished: 2020-03-01\n---\n# Ferries of the Bay\n\n## Summer timetable\n\n${body.slice(0, 6).join('\n\n')}\n\n## Winter timetable\n\n${body.slice(6).join('\n\n')}\n`,
    )
    const { code, stdout } = await corpus('add', file, '--publisher', 'Bay Ferries')
    expect(code).toBe(0)
    expect(stdout).toContain('sections   2')
    const { documents } = await loadCorpus(corpusDir)
    expect(documents[0]?.source).toEqual({
      title: 'Ferries of the Bay',
      url: 'https://example.org/ferries',
      publisher: 'Bay Ferries',
      published: '2020-03-01',
    })
    expect(documents[0]?.passages.at(-1)).toMatchObject({ text: body.at(-1), section: 'Winter timetable' })
  })

  it('reads a page in the character set it declares: Latin-1 by its Content-Type, or windows-1252 by its <meta charset>', async () => {
    expect((await corpus('add', `${base}/news-latin1`)).code).toBe(0)
    expect((await askJson('who chairs the fishing cooperative')).answers[0].quote).toContain(`said ${REYL_ACCENTED}, who chairs`)
    expect((await corpus('remove', 'lanwick-opens-its-tidal-energy-dock')).code).toBe(0)
    const saved = path.join(work, 'saved.html')
    await writeFile(saved, Buffer.concat([Buffer.from('<meta charset="windows-1252">'), await latin1Page()]))
    expect(await corpus('add', saved)).toMatchObject({ code: 0, stderr: '' })
    expect((await askJson('who chairs the fishing cooperative')).answers[0].quote).toContain(`said ${REYL_ACCENTED}, who chairs`)
  })

  it('lets every flag override what the page says about itself', async () => {
    const flags = {
      title: 'Tidal Dock Opens',
      publisher: 'Harbour Weekly',
      published: '2024-04-20',
      via: 'Coastal Wire',
      url: 'https://weekly.example.org/tidal',
    }
    const argv = Object.entries(flags).flatMap(([flag, value]) => [`--${flag}`, value])
    const { code, stdout } = await corpus('add', `${base}/news`, ...argv)
    expect(code).toBe(0)
    expect(stdout).toContain('title      Tidal Dock Opens')
    expect(stdout).toContain('source     Harbour Weekly, 20 April 2024, via Coastal Wire')
    expect((await loadCorpus(corpusDir)).documents[0]?.source).toEqual(flags)
  })

  it('is picked up by a running bot, which answers from it and lists it in /sources', async () => {
    expect((await corpus('add', `${base}/news`)).code).toBe(0)
    const live = createLiveRetriever(await openRetriever(corpusDir, { warm: false }))
    const watcher = watchCorpus(corpusDir, live, createLogger(captureStream()), 50)
    try {
      const reloaded = watcher.nextReload()
      expect((await corpus('add', `${base}/papers/rivers`)).code).toBe(0)
      expect(await reloaded).toBe('reloaded')
      const [answer] = live.ask('how many locks were rebuilt').answers
      expect(answer?.section).toBe('I. The Waterways Today › 1. A network rebuilt')
      const listed = sources.execute({}, { retriever: live })
      expect(listed.kind === 'sources' && listed.documents.map((document) => [document.source.title, document.sections])).toEqual([
        ['Lanwick Opens Its Tidal Energy Dock', 0],
        ['Rivers and Canals of Eastmark in the New Decade', 5],
      ])
    } finally {
      watcher.close()
    }
  })

  it('lists, checks and removes what it added', async () => {
    await corpus('add', `${base}/papers/rivers`)
    const listed = await corpus('list')
    expect(listed.stdout).toContain('rivers-and-canals-of-eastmark-in-the-new-decade\n  Rivers and Canals of Eastmark in the New Decade')
    expect(listed.stdout).toMatch(/12 September 2023 · 5 sections · 6 passages/)
    expect((await corpus('check')).stdout).toContain('1 document, 6 passages; all load.')
    const removed = await corpus('remove', 'rivers-and-canals-of-eastmark-in-the-new-decade')
    expect(removed.code).toBe(0)
    expect(await readdir(corpusDir)).toEqual([])
    const again = await corpus('remove', 'rivers-and-canals-of-eastmark-in-the-new-decade')
    expect(again.code).toBe(1)
  })
})

describe('corpus check', () => {
  it('names a file that does not load, and exits 1', async () => {
    expect((await corpus('add', `${base}/news`)).code).toBe(0)
    await writeFile(
      path.join(corpusDir, 'notes.md'),
      '---\ntitle: Notes\nurl: https://example.org/notes\npublisher: Me\npublished: last monday\n---\nSome text.\n',
    )
    const { code, stdout, stderr } = await corpus('check')
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toContain('notes.md:5: "published" must be an ISO date (YYYY-MM-DD)')
  })

  it('names a document copied in by hand that repeats another, and exits 1', async () => {
    expect((await corpus('add', `${base}/news`)).code).toBe(0)
    const added = path.join(corpusDir, 'lanwick-opens-its-tidal-energy-dock.md')
    const copy = (await readFile(added, 'utf8'))
      .replace(/^id: .*$/m, 'id: tidal-copy')
      .replace(/^url: .*$/m, 'url: https://mirror.example.org/tidal')
    await writeFile(path.join(corpusDir, 'tidal-copy.md'), copy)
    const { code, stderr } = await corpus('check')
    expect(code).toBe(1)
    expect(stderr).toMatch(/tidal-copy repeats a document already in the corpus: lanwick-opens-its-tidal-energy-dock has the same text/)
  })
})

describe('corpus add refuses, in one line, having written nothing', () => {
  async function refused(argv: string[], message: string | RegExp) {
    const before = await readdir(corpusDir)
    const { code, stdout, stderr } = await corpus('add', ...argv)
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toMatch(message)
    expect(stderr).toMatch(/; nothing was written\.\n$/)
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(await readdir(corpusDir)).toEqual(before)
  }
  const file = async (name: string, content: string | Uint8Array) => {
    const where = path.join(work, name)
    await writeFile(where, content)
    return where
  }

  it('an empty page', () => refused([`${base}/empty`], 'has no readable text'))
  it('a PDF with no text layer', () => refused([`${base}/scan.pdf`], 'this PDF has no text layer; OCR is not supported'))
  it('a page with under 50 words of text', () =>
    refused([`${base}/paywall`], /has only 16 words of readable text \(a paywall or a cookie wall\?\)/))
  it('malformed HTML', async () => refused([await file('broken.html', 'just text <<< and >>> no elements')], 'not well-formed HTML'))
  it('a file that is not what its extension says', async () => {
    await refused([await file('report.pdf', 'plain words, not a PDF')], 'report.pdf is not a PDF')
    await refused([await file('notes.txt', await twoColumnPdf())], 'notes.txt is a PDF, not text')
    await refused([await file('page.txt', await fixture('news-page.html'))], 'page.txt is HTML, not text; save it as .html')
  })
  it('a page that is not UTF-8 and does not say what it is in, or names a character set there is no reading', async () => {
    await refused(
      [await file('old.html', await latin1Page())],
      'old.html is not HTML: it is not UTF-8 text, and says no other character set',
    )
    const klingon = Buffer.concat([Buffer.from('<meta charset="x-klingon">'), await latin1Page()])
    await refused([await file('odd.html', klingon)], 'odd.html is in the character set "x-klingon", which cannot be read')
  })
  it('a 100 MB file', async () => {
    const big = path.join(work, 'big.txt')
    await writeFile(big, '')
    await truncate(big, 100 * 1024 * 1024)
    await refused([big], /big\.txt is 100 MB, larger than 20 MB/)
  })
  it('a 100 MB download', () => refused([`${base}/huge`], 'larger than 20 MB'))
  it('a download that says no size and goes on past the limit', () => refused([`${base}/endless`], 'larger than 20 MB'))

  it('a document already in the corpus, by URL or by text, naming it', async () => {
    expect((await corpus('add', `${base}/news`)).code).toBe(0)
    await refused([`${base}/moved`], 'already in the corpus: lanwick-opens-its-tidal-energy-dock has the same URL')
    const copy = await file('copy.html', await fixture('news-page.html'))
    await refused([copy, '--url', 'https://mirror.example.org/tidal'], /lanwick-opens-its-tidal-energy-dock has the same text/)
  })

  it('a file that does not say its URL or date, naming the flag to give', async () => {
    const text = await file('bridges.txt', await fixture('numbered-paper.txt'))
    await refused([text], 'give its address with --url https://')
    await refused([text, '--url', 'https://example.org/b'], 'give the date with --published YYYY-MM-DD')
  })

  it('URLs that are not http(s), not a document, redirect too often, fail or hang', async () => {
    await refused(['ftp://127.0.0.1/paper.pdf'], 'only http and https URLs can be added')
    await refused([`${base}/elsewhere`], 'only http and https URLs can be added')
    await refused([`${base}/photo`], 'is image/png; only text/html, application/pdf and text/plain can be added')
    await refused([`${base}/loop`], 'redirects more than 5 times')
    await refused([`${base}/gone`], 'answered HTTP 404')
    await refused([`${base}/slow`], 'did not answer within 1.5 s')
  })

  it('a file of a kind it does not read', async () => refused([await file('paper.docx', 'x')], 'cannot add .docx'))
})

describe('npm run corpus, then npm run ask (the programs)', () => {
  it('adds a page from a local URL, and ask --json answers from it with its section and source', async () => {
    const env = { CORPUS_DIR: corpusDir }
    const added = await runProgram('dist/src/bin/corpus.js', ['add', `${base}/papers/rivers`], '', env)
    expect(added.stderr).toBe('')
    expect(added.code).toBe(0)
    const asked = await runProgram('dist/src/bin/ask.js', ['--json', 'how many locks were rebuilt'], '', env)
    expect(asked.code).toBe(0)
    const [answer] = JSON.parse(asked.stdout).answers
    expect(answer.quote).toContain('rebuilt 38 locks')
    expect(answer.section).toBe('I. The Waterways Today › 1. A network rebuilt')
    expect(answer.source).toEqual({
      title: 'Rivers and Canals of Eastmark in the New Decade',
      url: 'https://gov.example.org/papers/rivers-and-canals',
      publisher: 'Eastmark Office of Public Information',
      published: '2023-09-12',
    })
    expect(answer.link).toMatch(/^https:\/\/gov\.example\.org\/papers\/rivers-and-canals#:~:text=Since%202013/)
  })
})
