import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
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
export type Answerer = (
  question: string,
) => { quote: string; score: number; documentId?: string; alsoIn?: Array<{ quote: string; documentId?: string }> } | null

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
  /** Quotes judgements were given for but that no one has judged: each counted wrong. */
  unjudged: number
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

/**
 * Quotes other than the expected one, judged by hand for one question: right
 * when another document states the same fact, or answers a question the
 * set's own document cannot. Quotes as `squash` leaves them.
 */
export interface Judgement {
  right: ReadonlySet<string>
  wrong: ReadonlySet<string>
}

/** The judged quotes of a set's questions, and the documents the set was written for, whose quotes need no judging. */
export interface Judgements {
  questions: ReadonlyMap<string, Judgement>
  setDocuments: ReadonlySet<string>
}

/**
 * `judgements`, when given, say which other documents' quotes are right: one
 * judged right counts as right, and one nobody judged is counted wrong and in
 * `unjudged`, so a change that brings new quotes says they need judging.
 */
export function evaluate(set: EvalSet, answer: Answerer, judgements?: Judgements): EvalReport {
  let unjudged = 0
  const judgedRight = (q: string, quotes: ReadonlyArray<{ quote: string; documentId?: string }>): boolean => {
    const others = quotes.filter(({ documentId }) => documentId === undefined || !judgements?.setDocuments.has(documentId))
    if (!judgements || others.length === 0) return false
    const judgement = judgements.questions.get(q)
    if (others.some(({ quote }) => judgement?.right.has(squash(quote)))) return true
    if (!others.some(({ quote }) => judgement?.wrong.has(squash(quote)))) unjudged++
    return false
  }
  // An answer that quotes the fact from another document too is right when either quote is.
  const quotesOf = (got: ReturnType<Answerer>) => (got ? [got, ...(got.alsoIn ?? [])] : [])
  const answerable = set.answerable.map(({ q, expect }): Outcome => {
    const got = answer(q)
    const quotes = quotesOf(got)
    const correct = quotes.some(({ quote }) => squash(quote).includes(squash(expect))) || judgedRight(q, quotes)
    return { question: q, expect, got: got?.quote ?? null, score: got?.score ?? null, correct }
  })
  const unanswerable = set.unanswerable.map(({ q }): Outcome => {
    const got = answer(q)
    return { question: q, got: got?.quote ?? null, score: got?.score ?? null, correct: got === null || judgedRight(q, quotesOf(got)) }
  })
  const share = (outcomes: Outcome[]) => outcomes.filter((o) => o.correct).length / Math.max(1, outcomes.length)
  return { answerable, unanswerable, unjudged, top1: share(answerable), refused: share(unanswerable) }
}

const judgementsFile = z.array(
  z.strictObject({
    set: z.string().min(1),
    q: z.string().min(1),
    right: z.array(z.strictObject({ quote: z.string().min(1), why: z.string().min(1) })),
    wrong: z.array(z.strictObject({ quote: z.string().min(1), why: z.string().min(1) })),
  }),
)

/** The judged quotes of each set's questions, by set file ("questions.yml") and question. */
export async function loadJudgements(file: string): Promise<Map<string, Map<string, Judgement>>> {
  const bySet = new Map<string, Map<string, Judgement>>()
  for (const { set, q, right, wrong } of judgementsFile.parse(parse(await readFile(file, 'utf8')))) {
    const questions = bySet.get(set) ?? new Map<string, Judgement>()
    questions.set(q, { right: new Set(right.map(({ quote }) => squash(quote))), wrong: new Set(wrong.map(({ quote }) => squash(quote))) })
    bySet.set(set, questions)
  }
  return bySet
}

/**
 * The judgements for an article set asked with the extra documents added:
 * tuned sets only, since judging a quote means reading the set's answers.
 * `articleDocuments` are the ids of the set's own documents, whose quotes need none.
 */
export function judgementsFor(
  info: EvalSetInfo,
  all: ReadonlyMap<string, ReadonlyMap<string, Judgement>>,
  articleDocuments: ReadonlySet<string>,
): Judgements | undefined {
  if (info.corpus !== 'article' || !info.tuned) return undefined
  return { questions: all.get(basename(info.file)) ?? new Map(), setDocuments: articleDocuments }
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
