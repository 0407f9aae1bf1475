import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { CorpusError } from '../../src/corpus/corpus-error.js'
import { loadCorpus } from '../../src/corpus/load-corpus.js'
import { writeSmallCorpus } from '../helpers/small-corpus.js'

// The page as captured (a byte-for-byte copy of shared/seed/white-paper-article.txt).
const CAPTURED_PAGE = 'test/fixtures/white-paper-article.txt'
const squash = (text: string) => text.replace(/\s+/gu, ' ')

// A check of the shipped data, not of the loader: whatever the corpus holds must be the page's own
// words. How the loader reads a document is tested below on documents of our own.
describe('the shipped corpus', () => {
  it('holds passages found verbatim in the captured page, with the source in front matter', async () => {
    const page = squash(await readFile(CAPTURED_PAGE, 'utf8'))
    const { documents } = await loadCorpus('corpus')
    expect(documents).toHaveLength(1)
    expect(documents[0]?.source).toMatchObject({
      url: expect.stringMatching(/^https:\/\/bricscompetition\.org\//),
      published: '2022-11-07',
    })
    for (const passage of documents[0]!.passages) expect(page).toContain(squash(passage.text))
  })
})

describe('loadCorpus: reading a document', () => {
  let directory: string | undefined
  afterEach(async () => {
    if (directory) await rm(directory, { recursive: true, force: true })
  })

  const document = [
    '---',
    'title: Lanwick Harbour Publishes Its Yearly Review',
    'url: https://example.org/news/lanwick-harbour-yearly-review',
    'publisher: Lanwick Port Authority',
    'section: Harbour News',
    'published: 2023-03-14',
    'via: Coastal Wire',
    'photo_caption: "Photo: the quay at dawn"',
    '---',
    'The review came out on Tuesday, March 14,\u00a0 before the spring tides.',
    '',
    'Among its plans:',
    '',
    '- a second ferry berth;',
    '- a longer breakwater.',
    '',
    '"Every harbour lives by its breakwater,"',
    '',
    'explains the harbour master.',
    '',
  ].join('\n')

  it('takes the source from front matter, keeps the page around the text out of the passages, and numbers them', async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'corpus-'))
    await writeFile(path.join(directory, 'harbour-review.md'), document)
    const { documents } = await loadCorpus(directory)
    expect(documents[0]?.source).toEqual({
      title: 'Lanwick Harbour Publishes Its Yearly Review',
      url: 'https://example.org/news/lanwick-harbour-yearly-review',
      publisher: 'Lanwick Port Authority',
      published: '2023-03-14',
      via: 'Coastal Wire',
    })
    const passages = documents[0]!.passages
    expect(passages.map((passage) => passage.id).slice(0, 3)).toEqual(['harbour-review:1', 'harbour-review:2', 'harbour-review:3'])
    const text = passages.map((passage) => passage.text).join('\n')
    for (const chrome of ['Harbour News', 'Photo: the quay at dawn']) expect(text).not.toContain(chrome)
    expect(text).toContain('March 14,\u00a0 before') // the text's own non-breaking space
  })

  it('makes each bullet a passage and joins a lower-case attribution to its quotation', async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'corpus-'))
    await writeFile(path.join(directory, 'harbour-review.md'), document)
    const texts = (await loadCorpus(directory)).documents[0]!.passages.map((passage) => passage.text)
    expect(texts).toContain('a second ferry berth;')
    expect(texts).toContain('a longer breakwater.')
    expect(texts.find((text) => text.endsWith('explains the harbour master.'))).toMatch(/^"Every harbour lives by its breakwater,"/)
    expect(texts.some((text) => /^explains\b/.test(text))).toBe(false)
  })

  it('loads the thesaurus beside the documents', async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'corpus-'))
    await writeSmallCorpus(directory)
    const { thesaurus } = await loadCorpus(directory)
    expect(thesaurus.synonyms).toContainEqual({ article: ['ferry passengers'], people: ['ferry travellers', 'ferry riders'] })
  })
})

describe('loadCorpus: problems are named by file, line and field', () => {
  let directory: string | undefined
  afterEach(async () => {
    if (directory) await rm(directory, { recursive: true, force: true })
  })

  async function corpusOf(files: Record<string, string>): Promise<string> {
    directory = await mkdtemp(path.join(tmpdir(), 'corpus-'))
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(directory, name), text)
    return directory
  }
  async function problemsOf(files: Record<string, string>): Promise<string> {
    const dir = await corpusOf(files)
    const error = await loadCorpus(dir).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(CorpusError)
    return (error as CorpusError).message.replaceAll(dir + path.sep, '')
  }
  const valid = (front: string, body = 'Some text.\n') =>
    `---\ntitle: A title\nurl: https://example.org/a\npublisher: Someone\npublished: 2022-11-07\n${front}---\n${body}`

  it('accepts a valid document and takes its id from the file name', async () => {
    const { documents } = await loadCorpus(await corpusOf({ 'my-doc.md': valid(''), 'README.md': '# not a document' }))
    expect(documents.map((document) => document.id)).toEqual(['my-doc'])
    expect(documents[0]?.passages).toEqual([{ id: 'my-doc:1', text: 'Some text.' }])
  })

  it('names a missing title', async () => {
    const text = '---\nurl: https://example.org/a\npublisher: Someone\npublished: 2022-11-07\n---\nText.\n'
    expect(await problemsOf({ 'a.md': text })).toBe('a.md: "title" is missing')
  })

  it('names a bad date with its line', async () => {
    const text = valid('').replace('published: 2022-11-07', 'published: 07/11/2022')
    expect(await problemsOf({ 'a.md': text })).toBe('a.md:5: "published" must be an ISO date (YYYY-MM-DD)')
  })

  it('names a bad URL and an empty publisher together', async () => {
    const text = valid('').replace('https://example.org/a', 'not a url').replace('Someone', '""')
    expect((await problemsOf({ 'a.md': text })).split('\n')).toEqual([
      'a.md:3: "url" must be an http(s) URL',
      'a.md:4: "publisher" must not be empty',
    ])
  })

  it('names an empty body', async () => {
    expect(await problemsOf({ 'a.md': valid('', '\n\n') })).toBe('a.md:7: has no text after its front matter')
  })

  it('names a missing front matter and broken YAML', async () => {
    expect(await problemsOf({ 'a.md': 'Just text.\n' })).toBe('a.md:1: must start with YAML front matter between "---" lines')
    expect(await problemsOf({ 'b.md': valid('topics: [unclosed\n') })).toMatch(/^b\.md:6: YAML: /)
  })

  it('names a duplicate id and the file that has it first', async () => {
    const message = await problemsOf({ 'a.md': valid('id: same\n'), 'b.md': valid('id: same\n') })
    expect(message).toBe('b.md: duplicate id "same" (also used by a.md)')
  })

  it('names a malformed thesaurus entry', async () => {
    const message = await problemsOf({ 'a.md': valid(''), 'thesaurus.yml': 'synonyms:\n  - article: [gdp]\n' })
    expect(message).toBe('thesaurus.yml:2: "synonyms.0.people" is missing')
  })

  it('names a folder that is missing or has no documents', async () => {
    await expect(loadCorpus(path.join(tmpdir(), 'no-such-corpus-dir'))).rejects.toThrow(/cannot read the corpus folder \(ENOENT\)/)
    expect(await problemsOf({ 'README.md': '# only a readme' })).toMatch(/has no documents/)
  })
})
