import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { type CorpusDocument, EMPTY_THESAURUS, type Thesaurus } from '../core/types.js'
import { CorpusError, type CorpusProblem } from './corpus-error.js'
import { thesaurusFile } from './document-schema.js'
import { parseDocument } from './parse-document.js'
import { parseYaml } from './yaml-fields.js'

export interface Corpus {
  documents: CorpusDocument[]
  thesaurus: Thesaurus
}

/** The thesaurus file's name inside the corpus folder. */
const THESAURUS_FILE = 'thesaurus.yml'

/**
 * Reads every `*.md` document (but README.md) and the thesaurus from a folder.
 * Throws a CorpusError listing every problem found, each with its file and line.
 */
export async function loadCorpus(directory: string): Promise<Corpus> {
  let names: string[]
  try {
    names = (await readdir(directory)).sort()
  } catch (error) {
    throw new CorpusError([{ file: directory, message: `cannot read the corpus folder (${describe(error)})` }])
  }
  const problems: CorpusProblem[] = []
  const documents: CorpusDocument[] = []
  const firstFileOfId = new Map<string, string>()

  for (const name of names.filter(isDocumentFile)) {
    const file = path.join(directory, name)
    const parsed = parseDocument(file, await readFile(file, 'utf8'), name.replace(/\.md$/i, ''))
    if (!parsed.ok) {
      problems.push(...parsed.problems)
      continue
    }
    const earlier = firstFileOfId.get(parsed.value.id)
    if (earlier) {
      problems.push({ file, message: `duplicate id "${parsed.value.id}" (also used by ${earlier})` })
      continue
    }
    firstFileOfId.set(parsed.value.id, file)
    documents.push(parsed.value)
  }
  if (documents.length === 0 && problems.length === 0) {
    problems.push({ file: directory, message: 'has no documents (Markdown files with front matter)' })
  }

  const thesaurus = await loadThesaurus(path.join(directory, THESAURUS_FILE), problems)
  if (problems.length > 0) throw new CorpusError(problems)
  return { documents, thesaurus }
}

function isDocumentFile(name: string): boolean {
  return name.toLowerCase().endsWith('.md') && name.toLowerCase() !== 'readme.md'
}

async function loadThesaurus(file: string, problems: CorpusProblem[]): Promise<Thesaurus> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    return EMPTY_THESAURUS // the thesaurus is optional
  }
  const parsed = parseYaml(file, text, 1, thesaurusFile)
  if (parsed.ok) return parsed.value
  problems.push(...parsed.problems)
  return EMPTY_THESAURUS
}

function describe(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : String(error)
}
