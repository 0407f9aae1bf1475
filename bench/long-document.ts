import { createRetriever } from '../src/core/retriever.js'
import type { CorpusDocument } from '../src/core/types.js'
import { loadCorpus } from '../src/corpus/load-corpus.js'
import { parseDocument } from '../src/corpus/parse-document.js'
import type { Block } from '../src/ingest/draft.js'
import { writeMarkdown } from '../src/ingest/write-markdown.js'
import { generateCorpus, generatedQuestions } from './generated-corpus.js'
import { type Figures, measure } from './measure.js'
import { evaluationQuestions } from './questions.js'

const WORDS = 40_000
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']

/**
 * One generated document of 40,000 words in the white paper's shape: chapters
 * "I. …" of numbered sections "1. …", ten passages each, written as
 * `corpus add` writes a document. The build is what loading it costs: parsing
 * the Markdown, then indexing it beside the article.
 */
export async function benchLongDocument(): Promise<Figures & { sections: number; words: number }> {
  const { documents: article, thesaurus } = await loadCorpus('corpus')
  const markdown = longDocumentMarkdown()
  const load = (): CorpusDocument => {
    const parsed = parseDocument('long-document.md', markdown, 'long-document')
    if (!parsed.ok) throw new Error(`bench: the generated document does not load: ${parsed.problems[0]?.message}`)
    return parsed.value
  }
  const document = load()
  const questions = [...(await evaluationQuestions()), ...generatedQuestions([document], 200)]
  const passages = article.reduce((sum, { passages }) => sum + passages.length, document.passages.length)
  const figures = measure(() => createRetriever([...article, load()], { thesaurus }), questions, passages)
  const sections = new Set(document.passages.map((passage) => passage.section)).size
  const words = document.passages.reduce((sum, passage) => sum + passage.text.split(/\s+/u).length, 0)
  return { ...figures, sections, words }
}

function longDocumentMarkdown(): string {
  const texts = generateCorpus(1_500, 14).flatMap((document) => document.passages.map((passage) => passage.text))
  const blocks: Block[] = []
  let words = 0
  let at = 0
  for (let chapter = 0; words < WORDS; chapter++) {
    blocks.push({ kind: 'heading', depth: 1, text: `${ROMAN[chapter] ?? chapter + 1}. ${titleFrom(texts[at]!)}` })
    for (let section = 1; section <= 9 && words < WORDS; section++) {
      blocks.push({ kind: 'heading', depth: 2, text: `${section}. ${titleFrom(texts[at + 1]!)}` })
      for (let passage = 0; passage < 10 && words < WORDS; passage++, at++) {
        const text = texts[at]
        if (text === undefined) throw new Error('bench: not enough generated text for 40,000 words')
        blocks.push({ kind: 'paragraph', text })
        words += text.split(/\s+/u).length
      }
    }
  }
  const source = {
    id: 'long-document',
    title: 'A Generated Long Paper',
    url: 'https://example.org/long',
    publisher: 'Bench',
    published: '2022-11-07',
  }
  return writeMarkdown(source, blocks)
}

/** Four words of a passage as a heading: "Market Weeks Whether Sound". */
function titleFrom(text: string): string {
  return text
    .replace(/[^\p{L}\s]/gu, '')
    .split(/\s+/u)
    .filter((word) => word.length > 3)
    .slice(2, 6)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ')
}
