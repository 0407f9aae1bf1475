import { readFile } from 'node:fs/promises'
import MiniSearch from 'minisearch'
import { parse } from 'yaml'
import { z } from 'zod'
import { createRetriever, type Retriever } from '../../src/core/retriever.js'
import type { CorpusDocument } from '../../src/core/types.js'
import type { RetrieverOptions } from '../../src/core/options.js'
import { loadCorpus, type Corpus } from '../../src/corpus/load-corpus.js'
import { EVAL_DOCUMENTS_DIR, type EvalSetInfo } from './sets.js'

export const evalSet = z.strictObject({
  answerable: z.array(z.strictObject({ q: z.string().min(1), expect: z.string().min(1) })),
  unanswerable: z.array(z.strictObject({ q: z.string().min(1) })),
})
export type EvalSet = z.output<typeof evalSet>

export async function loadEvalSet(file: string): Promise<EvalSet> {
  return evalSet.parse(parse(await readFile(file, 'utf8')))
}

/** The best answer to a question, or null for "the corpus does not say". */
export type Answerer = (question: string) => { quote: string; score: number; alsoIn?: Array<{ quote: string }> } | null

export interface Outcome {
  question: string
  expect?: string
  got: string | null
  score: number | null
  correct: boolean
}

export interface EvalReport {
  answerable: Outcome[]
  unanswerable: Outcome[]
  /** Share of answerable questions whose first answer contains the expected text. */
  top1: number
  /** Share of unanswerable questions that got no answer. */
  refused: number
}

// Quotes keep the page's non-breaking spaces; the expected texts are typed.
const squash = (text: string) => text.replace(/\s+/gu, ' ')

/** Quotes that do not answer: the wrong sentence, or any sentence for a question the corpus cannot answer. */
export function unrelatedQuotes(report: EvalReport): number {
  const wrong = report.answerable.filter((outcome) => !outcome.correct && outcome.got !== null).length
  return wrong + report.unanswerable.filter((outcome) => !outcome.correct).length
}

export function evaluate(set: EvalSet, answer: Answerer): EvalReport {
  const answerable = set.answerable.map(({ q, expect }): Outcome => {
    const got = answer(q)
    // An answer that quotes the fact from another document too is right when either quote is.
    const quotes = got ? [got.quote, ...(got.alsoIn ?? []).map(({ quote }) => quote)] : []
    const correct = quotes.some((quote) => squash(quote).includes(squash(expect)))
    return { question: q, expect, got: got?.quote ?? null, score: got?.score ?? null, correct }
  })
  const unanswerable = set.unanswerable.map(({ q }): Outcome => {
    const got = answer(q)
    return { question: q, got: got?.quote ?? null, score: got?.score ?? null, correct: got === null }
  })
  const share = (outcomes: Outcome[]) => outcomes.filter((o) => o.correct).length / Math.max(1, outcomes.length)
  return { answerable, unanswerable, top1: share(answerable), refused: share(unanswerable) }
}

/** MiniSearch exactly as its README sets it up: the baseline the tuned retriever must beat. */
export function outOfTheBoxAnswerer(documents: readonly CorpusDocument[]): Answerer {
  const passages = documents.flatMap((document) => document.passages)
  const search = new MiniSearch<{ id: string; text: string }>({ fields: ['text'], storeFields: ['text'] })
  search.addAll(passages)
  return (question) => {
    const [top] = search.search(question)
    return top ? { quote: String(top.text), score: top.score } : null
  }
}

/** This bot as configured, with a given refusal threshold. */
export function botAnswerer(corpus: Corpus, minScore: number, options: RetrieverOptions = {}): Answerer {
  const retriever = createRetriever(corpus.documents, { thesaurus: corpus.thesaurus, minScore, ...options })
  return (question) => retriever.ask(question).answers[0] ?? null
}

/** The shipped corpus, with the evaluation's extra documents added for `documents`. */
export async function loadEvalCorpus(kind: EvalSetInfo['corpus']): Promise<Corpus> {
  const shipped = await loadCorpus('corpus')
  if (kind === 'article') return shipped
  const extra = await loadCorpus(EVAL_DOCUMENTS_DIR)
  return { documents: [...shipped.documents, ...extra.documents], thesaurus: shipped.thesaurus }
}

const statsTopics = z.strictObject({
  topics: z.array(z.strictObject({ topic: z.string().min(1), expect: z.array(z.string().min(1)) })),
})

export interface StatsOutcome {
  topic: string
  expect: string[]
  got: string[]
  correct: boolean
}

/**
 * For each topic, whether the expected figures come back first (in any order)
 * and nothing before them; a topic expecting none must get none.
 */
export async function evaluateStatistics(retriever: Retriever, file: string): Promise<StatsOutcome[]> {
  const { topics } = statsTopics.parse(parse(await readFile(file, 'utf8')))
  return topics.map(({ topic, expect }) => {
    const got = retriever.statistics(topic).statistics.map((statistic) => statistic.value)
    const first = got.slice(0, expect.length)
    const correct =
      expect.length === 0 ? got.length === 0 : expect.every((value) => first.some((figure) => isFigure(figure, value)))
    return { topic, expect, got, correct }
  })
}

/**
 * Whether a figure as the bot gives it is the expected one. Most held-out sets
 * leave out a figure's qualifier ("1 million" for "more than 1 million"); the
 * figure is the same, so only a qualifier may stand before it.
 */
export function isFigure(given: string, expected: string): boolean {
  return given === expected || (given.endsWith(` ${expected}`) && FIGURE_QUALIFIER.test(given.slice(0, -expected.length - 1)))
}
const FIGURE_QUALIFIER = /^(more than|less than|fewer than|over|under|about|around|nearly|almost|up to|at least|at most|approximately|roughly|some|close to)$/i
