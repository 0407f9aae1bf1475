import { unlink } from 'node:fs/promises'
import path from 'node:path'
import type { Writable } from 'node:stream'
import { summarizeDocument } from '../../commands/document-summary.js'
import { CorpusError } from '../corpus/corpus-error.js'
import { loadCorpus } from '../corpus/load-corpus.js'
import { addDocument } from '../ingest/add-document.js'
import type { SourceFields } from '../ingest/draft.js'
import { findDuplicate } from '../ingest/duplicates.js'
import type { FetchOptions } from '../ingest/fetch-document.js'
import { IngestError } from '../ingest/ingest-error.js'
import { describeDocumentSize } from '../presentation/document-outline.js'
import { describeSource } from '../presentation/source-line.js'
import { parseCommandLine } from './parse-command-line.js'

export interface CorpusIo {
  stdout: Writable
  stderr: Writable
  /** The corpus folder (CORPUS_DIR). */
  corpusDir: string
  /** Fetching limits; the defaults of fetchDocument when absent. */
  fetch?: FetchOptions
}

const USAGE = `Usage:
  npm run corpus -- add <file-or-url> [--title T] [--publisher P] [--published YYYY-MM-DD] [--via V] [--url U]
  npm run corpus -- list
  npm run corpus -- check
  npm run corpus -- remove <id>
add reads HTML (a file or an http(s) URL), PDF, plain text or Markdown and writes corpus/<id>.md.`

const FIELD_FLAGS = ['title', 'publisher', 'published', 'via', 'url'] as const

/** `npm run corpus`: adds, lists, checks and removes the corpus's documents. Returns the exit code. */
export async function runCorpus(argv: readonly string[], io: CorpusIo): Promise<number> {
  const parsed = parseCommandLine(argv, { values: FIELD_FLAGS }, USAGE, io)
  if ('exitCode' in parsed) return parsed.exitCode
  const [command, ...rest] = parsed.words
  const say = (line: string) => io.stdout.write(`${line}\n`)
  const fail = (line: string) => {
    io.stderr.write(`${line}\n`)
    return 1
  }
  const usage = (problem: string) => {
    io.stderr.write(`${problem}\n${USAGE}\n`)
    return 2
  }
  switch (command) {
    case 'add': {
      if (rest.length !== 1) return usage('corpus add takes one file or URL.')
      const fields: SourceFields = {}
      for (const flag of FIELD_FLAGS) {
        const value = parsed.values.get(flag)?.trim()
        if (value) fields[flag] = value
      }
      try {
        const added = await addDocument(rest[0]!, { corpusDir: io.corpusDir, fields, ...(io.fetch ? { fetch: io.fetch } : {}) })
        const { source, passages, id } = added.document
        say(`Added ${added.file} (id ${id}, from ${added.kind === 'pdf' ? 'a PDF' : added.kind === 'html' ? 'HTML' : added.kind})`)
        say(`  title      ${source.title}`)
        say(`  source     ${describeSource(source)}`)
        say(`  url        ${source.url}`)
        say(`  sections   ${added.sections}`)
        say(`  passages   ${passages.length}`)
        say(added.guesses.length > 0 ? `  guessed    ${added.guesses.join('; ')} (check them; flags override)` : '  guessed    nothing')
        return 0
      } catch (error) {
        if (error instanceof IngestError) return fail(`corpus add: ${error.message}; nothing was written.`)
        throw error
      }
    }
    case 'list': {
      const corpus = await loaded(io)
      if (typeof corpus === 'string') return fail(corpus)
      for (const document of corpus.documents) {
        const summary = summarizeDocument(document)
        say(`${document.id}\n  ${document.source.title}\n  ${describeSource(document.source)} · ${describeDocumentSize(summary)}`)
      }
      return 0
    }
    case 'check': {
      const corpus = await loaded(io)
      if (typeof corpus === 'string') return fail(corpus)
      // Files copied in by hand bypass add's check: the same document twice would double every answer's sources.
      const repeated = corpus.documents.flatMap((document, i) => {
        const duplicate = findDuplicate(document, corpus.documents.slice(0, i))
        return duplicate ? [`${io.corpusDir}: ${document.id} repeats a document already in the corpus: ${duplicate}`] : []
      })
      if (repeated.length > 0) return fail(repeated.join('\n'))
      const passages = corpus.documents.reduce((sum, document) => sum + document.passages.length, 0)
      say(`${io.corpusDir}: ${plural(corpus.documents.length, 'document')}, ${plural(passages, 'passage')}; all load.`)
      return 0
    }
    case 'remove': {
      const [id] = rest
      if (rest.length !== 1 || !id) return usage('corpus remove takes one document id (npm run corpus -- list shows them).')
      const corpus = await loaded(io)
      if (typeof corpus === 'string') return fail(corpus)
      const file = path.join(io.corpusDir, `${id}.md`)
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) || !corpus.documents.some((document) => document.id === id)) {
        return fail(`corpus remove: no document "${id}" in ${io.corpusDir} (npm run corpus -- list shows them).`)
      }
      try {
        await unlink(file)
      } catch {
        return fail(`corpus remove: "${id}" is not in ${file}; its front matter names another id: remove its file by hand.`)
      }
      say(`Removed ${file}.`)
      return 0
    }
    default:
      return usage(command === undefined ? 'Say what to do.' : `Unknown command "${command}".`)
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

async function loaded(io: CorpusIo) {
  try {
    return await loadCorpus(io.corpusDir)
  } catch (error) {
    if (error instanceof CorpusError) return error.message
    throw error
  }
}
