import { unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { CorpusDocument } from '../core/types.js'
import { CorpusError } from '../corpus/corpus-error.js'
import { loadCorpus } from '../corpus/load-corpus.js'
import { parseDocument } from '../corpus/parse-document.js'
import type { DocumentKind } from './document-kind.js'
import { type Draft, type SourceFields, wordCount } from './draft.js'
import { findDuplicate } from './duplicates.js'
import { defaultFetchOptions, type FetchOptions } from './fetch-document.js'
import { extractHtml } from './html/extract-html.js'
import { IngestError } from './ingest-error.js'
import { extractPdf } from './pdf/extract-pdf.js'
import { readSource, type SourceContent } from './read-source.js'
import { slugOf } from './slug.js'
import { extractMarkdown } from './text/extract-markdown.js'
import { extractText } from './text/extract-text.js'
import { writeMarkdown } from './write-markdown.js'

/** How `corpus add` adds a document. Every field but `corpusDir` is optional; defaults are below each. */
export interface AddOptions {
  /** The corpus folder the document is written to. */
  corpusDir: string
  /**
   * Front matter that overrides what the document says (--title, --publisher, --published, --via, --url).
   * @default none
   */
  fields?: SourceFields
  /**
   * Readable words below which a page is taken for a paywall or a cookie wall.
   * @default 50
   */
  minWords?: number
  /**
   * Fetching URLs, and the size limit for files too.
   * @default defaultFetchOptions (15 s, 20 MiB, 5 redirects)
   */
  fetch?: FetchOptions
}

/** What was added, for the command to print. */
export interface Added {
  file: string
  document: CorpusDocument
  kind: DocumentKind
  /** How many distinct sections its passages stand in. */
  sections: number
  /** The front matter fields that were inferred, each with how. */
  guesses: string[]
}

/**
 * Reads a document from a file or URL, writes it to the corpus as
 * `<slug>.md` and checks that the corpus loads with it. Throws an IngestError
 * with one line, having written nothing, when it cannot.
 */
export async function addDocument(where: string, options: AddOptions): Promise<Added> {
  const fetchOptions = { ...defaultFetchOptions, ...options.fetch }
  const content = await readSource(where, fetchOptions)
  const draft = await extract(content)
  const words = wordCount(draft.blocks)
  if (words === 0) throw new IngestError('NO_TEXT', `${content.name} has no readable text`)
  const minWords = options.minWords ?? 50
  if (words < minWords) {
    throw new IngestError('NO_TEXT', `${content.name} has only ${words} words of readable text (a paywall or a cookie wall?)`)
  }
  const { fields, guesses } = completeFields(draft, options.fields ?? {}, content)
  const existing = await existingDocuments(options.corpusDir)
  const id = freeId(slugOf(fields.title), existing)
  const file = path.join(options.corpusDir, `${id}.md`)
  const markdown = writeMarkdown({ id, ...fields, added_from: content.url ?? path.basename(content.name) }, draft.blocks)
  const parsed = parseDocument(file, markdown, id)
  if (!parsed.ok) throw new IngestError('INVALID', parsed.problems[0]!.message)
  const duplicate = findDuplicate(parsed.value, existing)
  if (duplicate) throw new IngestError('DUPLICATE', `already in the corpus: ${duplicate}`)

  await writeFile(file, markdown, { flag: 'wx' })
  try {
    await loadCorpus(options.corpusDir)
  } catch (error) {
    await unlink(file)
    throw new IngestError(
      'INVALID',
      `the corpus does not load with it: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    )
  }
  const sections = new Set(parsed.value.passages.map((passage) => passage.section).filter(Boolean)).size
  return { file, document: parsed.value, kind: content.kind, sections, guesses }
}

async function extract(content: SourceContent): Promise<Draft> {
  switch (content.kind) {
    case 'html':
      return extractHtml(content.text ?? '')
    case 'pdf':
      return extractPdf(content.bytes)
    case 'markdown':
      return extractMarkdown(content.text ?? '')
    case 'text':
      return extractText(content.text ?? '')
  }
}

type CompleteFields = Required<Omit<SourceFields, 'via'>> & Pick<SourceFields, 'via'>

/** The document's fields under the flags, the rest guessed where it can be, or a line saying which flag to give. */
function completeFields(draft: Draft, flags: SourceFields, content: SourceContent): { fields: CompleteFields; guesses: string[] } {
  const given = (field: keyof SourceFields) => flags[field] !== undefined
  const guesses = draft.guesses.filter((guess) => !given(guess.split(':')[0] as keyof SourceFields))
  const fields: SourceFields = { ...draft.fields, ...(content.url && !draft.fields.url ? { url: content.url } : {}), ...flags }
  if (!fields.url) {
    throw new IngestError('MISSING_FIELD', `${content.name} does not say where it is published; give its address with --url https://…`)
  }
  if (!fields.title) {
    fields.title = path.basename(content.name).replace(/\.[^.]+$/u, '')
    guesses.push('title: the file name')
  }
  if (!fields.publisher) {
    fields.publisher = hostOf(fields.url)
    guesses.push("publisher: the URL's host")
  }
  if (!fields.published) {
    throw new IngestError('MISSING_FIELD', `${content.name} does not say when it was published; give the date with --published YYYY-MM-DD`)
  }
  const { title, url, publisher, published, via } = fields
  return { fields: { title, url, publisher, published: published!, ...(via ? { via } : {}) } as CompleteFields, guesses }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./u, '')
  } catch {
    return url
  }
}

/** The documents already in the corpus; none in a folder that holds none yet. */
async function existingDocuments(directory: string): Promise<CorpusDocument[]> {
  try {
    return (await loadCorpus(directory)).documents
  } catch (error) {
    const empty = error instanceof CorpusError && error.problems.every((problem) => /has no documents/.test(problem.message))
    if (empty) return []
    const first = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new IngestError('INVALID', `the corpus does not load as it is; fix it first (npm run corpus -- check): ${first}`)
  }
}

function freeId(slug: string, existing: readonly CorpusDocument[]): string {
  const taken = new Set(existing.map((document) => document.id))
  if (!taken.has(slug)) return slug
  for (let n = 2; ; n++) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`
}
