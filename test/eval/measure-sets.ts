import { createRetriever } from '../../src/core/retriever.js'
import { defaultRetrieverOptions, type RetrieverOptions } from '../../src/core/options.js'
import type { Corpus } from '../../src/corpus/load-corpus.js'
import { pool, type Pooled, type Tally } from './aggregate.js'
import { crossValidateThreshold, type FoldResult } from './cross-validate.js'
import {
  botAnswerer,
  evaluate,
  evaluateStatistics,
  judgementsFor,
  loadEvalCorpus,
  loadEvalSet,
  loadJudgements,
  outOfTheBoxAnswerer,
  type EvalReport,
  type StatsOutcome,
} from './evaluate.js'
import { EVAL_SETS, JUDGEMENTS_FILE, STATS_SETS, type EvalSetInfo } from './sets.js'

export interface SetMeasure {
  info: EvalSetInfo
  /** The bot as shipped. */
  bot: EvalReport
  /** MiniSearch with its defaults, on the same documents. */
  baseline: EvalReport
  /** The bot with no refusal threshold: every question's best answer and its score. */
  open: EvalReport
  /** For an `article` set: the bot asked with the evaluation's extra documents added. */
  withDocuments?: EvalReport
  /**
   * The same, counting as right the other documents' quotes judged by hand to
   * give the expected fact (or to answer what the article cannot): tuned sets only,
   * since judging a quote means reading the set's answers.
   */
  withDocumentsJudged?: EvalReport
}

export interface Measures {
  sets: SetMeasure[]
  stats: Array<{ info: (typeof STATS_SETS)[number]; outcomes: StatsOutcome[] }>
  /** Pooled figures by group: "article, tuned", "article, unseen", "documents, unseen", … */
  groups: Record<string, Pooled>
  /** Statistics topics pooled: "stats, tuned", "stats, unseen". */
  statsGroups: Record<string, Tally>
  /** Leave-one-set-out cross-validation of the refusal threshold, over every set. */
  folds: FoldResult[]
  /** What each kind of set is asked of, as loaded for the measures. */
  corpora: Record<EvalSetInfo['corpus'], Corpus>
}

/** Names the group a set is pooled in. */
export const groupOf = (info: Pick<EvalSetInfo, 'corpus' | 'tuned'>): string =>
  `${info.corpus}, ${info.tuned ? 'tuned' : 'unseen'}`

/** Everything `npm run eval` prints and the evaluation test checks, measured once. */
export async function measureSets(options: RetrieverOptions = {}): Promise<Measures> {
  const corpora: Record<EvalSetInfo['corpus'], Corpus> = {
    article: await loadEvalCorpus('article'),
    documents: await loadEvalCorpus('documents'),
  }
  const minScore = options.minScore ?? defaultRetrieverOptions.minScore
  const answerers = {
    article: { bot: botAnswerer(corpora.article, minScore, options), open: botAnswerer(corpora.article, -Infinity, options) },
    documents: { bot: botAnswerer(corpora.documents, minScore, options), open: botAnswerer(corpora.documents, -Infinity, options) },
  }
  const baselines = {
    article: outOfTheBoxAnswerer(corpora.article.documents),
    documents: outOfTheBoxAnswerer(corpora.documents.documents),
  }
  const judgements = await loadJudgements(JUDGEMENTS_FILE)
  const articleDocuments = new Set(corpora.article.documents.map((document) => document.id))
  const sets: SetMeasure[] = []
  for (const info of EVAL_SETS) {
    const set = await loadEvalSet(info.file)
    const measure: SetMeasure = {
      info,
      bot: evaluate(set, answerers[info.corpus].bot),
      baseline: evaluate(set, baselines[info.corpus]),
      open: evaluate(set, answerers[info.corpus].open),
    }
    if (info.corpus === 'article') measure.withDocuments = evaluate(set, answerers.documents.bot)
    const judged = judgementsFor(info, judgements, articleDocuments)
    if (judged) measure.withDocumentsJudged = evaluate(set, answerers.documents.bot, judged)
    sets.push(measure)
  }

  const groups: Record<string, Pooled> = {}
  const byGroup = new Map<string, EvalReport[]>()
  const add = (name: string, report: EvalReport) => byGroup.set(name, [...(byGroup.get(name) ?? []), report])
  for (const { info, bot, withDocuments, withDocumentsJudged } of sets) {
    add(groupOf(info), bot)
    if (withDocuments) add(`${groupOf(info)}, with documents`, withDocuments)
    if (withDocumentsJudged) add(`${groupOf(info)}, with documents, judged`, withDocumentsJudged)
  }
  for (const [name, reports] of byGroup) groups[name] = pool(reports)

  const retriever = createRetriever(corpora.article.documents, { thesaurus: corpora.article.thesaurus, ...options })
  const stats = []
  for (const info of STATS_SETS) stats.push({ info, outcomes: await evaluateStatistics(retriever, info.file) })

  const statsGroups: Record<string, Tally> = {}
  for (const { info, outcomes } of stats) {
    const name = `stats, ${info.tuned ? 'tuned' : 'unseen'}`
    const sum = statsGroups[name] ?? { right: 0, of: 0 }
    statsGroups[name] = { right: sum.right + outcomes.filter((o) => o.correct).length, of: sum.of + outcomes.length }
  }

  const folds = crossValidateThreshold(sets.map(({ info, open }) => ({ file: info.file, report: open })))
  return { sets, stats, groups, statsGroups, folds, corpora }
}
