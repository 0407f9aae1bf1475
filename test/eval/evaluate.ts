import { readFile } from 'node:fs/promises'
import MiniSearch from 'minisearch'
import { parse } from 'yaml'
import { z } from 'zod'
import { createRetriever, type Retriever } from '../../src/core/retriever.js'
import type { CorpusDocument } from '../../src/core/types.js'
import type { Corpus } from '../../src/corpus/load-corpus.js'

/**
 * The question sets. Each was written by someone who had not seen the bot;
 * the first eleven have since been used to tune it, the last only measures how
 * the tuning carries over to questions nobody tuned for.
 */
export const EVAL_SETS = [
  { file: 'test/eval/questions.yml', role: 'tuned on (round 1)' },
  { file: 'test/eval/questions-2.yml', role: 'tuned on (round 2)' },
  { file: 'test/eval/questions-3.yml', role: 'tuned on (round 3)' },
  { file: 'test/eval/heldout.yml', role: 'tuned on (round 4; held out until then)' },
  { file: 'test/eval/heldout-2.yml', role: 'tuned on (round 5; held out until then)' },
  { file: 'test/eval/heldout-3.yml', role: 'tuned on (round 6; held out until then)' },
  { file: 'test/eval/heldout-4.yml', role: 'tuned on (round 7; held out until then)' },
  { file: 'test/eval/heldout-5.yml', role: 'tuned on (round 8; held out until then)' },
  { file: 'test/eval/heldout-6.yml', role: 'tuned on (round 9; held out until then)' },
  { file: 'test/eval/heldout-7.yml', role: 'tuned on (round 10; held out until then)' },
  { file: 'test/eval/heldout-8.yml', role: 'tuned on (round 11; held out until then)' },
  { file: 'test/eval/heldout-9.yml', role: 'held out: never tuned on' },
] as const

export const evalSet = z.strictObject({
  answerable: z.array(z.strictObject({ q: z.string().min(1), expect: z.string().min(1) })),
  unanswerable: z.array(z.strictObject({ q: z.string().min(1) })),
})
export type EvalSet = z.output<typeof evalSet>

export async function loadEvalSet(file: string): Promise<EvalSet> {
  return evalSet.parse(parse(await readFile(file, 'utf8')))
}

/** The best answer to a question, or null for "the corpus does not say". */
export type Answerer = (question: string) => { quote: string; score: number } | null

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
    return { question: q, expect, got: got?.quote ?? null, score: got?.score ?? null, correct: !!got && squash(got.quote).includes(squash(expect)) }
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
export function botAnswerer(corpus: Corpus, minScore: number): Answerer {
  const retriever = createRetriever(corpus.documents, { thesaurus: corpus.thesaurus, minScore })
  return (question) => retriever.ask(question).answers[0] ?? null
}

/** Topics for the stats command: eight sets tuned on, one only measured. */
export const STATS_SETS = [
  { file: 'test/eval/stats-topics.yml', role: 'tuned on' },
  { file: 'test/eval/stats-heldout.yml', role: 'tuned on (round 4; held out until then)' },
  { file: 'test/eval/stats-heldout-2.yml', role: 'tuned on (round 6; held out until then)' },
  { file: 'test/eval/stats-heldout-3.yml', role: 'tuned on (round 7; held out until then)' },
  { file: 'test/eval/stats-heldout-4.yml', role: 'tuned on (round 8; held out until then)' },
  { file: 'test/eval/stats-heldout-5.yml', role: 'tuned on (round 9; held out until then)' },
  { file: 'test/eval/stats-heldout-6.yml', role: 'tuned on (round 10; held out until then)' },
  { file: 'test/eval/stats-heldout-7.yml', role: 'tuned on (round 11; held out until then)' },
  { file: 'test/eval/stats-heldout-8.yml', role: 'held out: never tuned on' },
] as const

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
