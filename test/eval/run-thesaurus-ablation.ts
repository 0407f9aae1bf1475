/**
 * `npm run eval:thesaurus`: what each synonym group of `corpus/thesaurus.yml`
 * is worth, measured by leaving it out. For every group, the tuned sets'
 * figures without it against those with the whole thesaurus: the article's
 * sets alone, the same with the extra documents added (judged quotes counted),
 * the documents' own sets and the statistics topics. A group whose absence
 * loses nothing anywhere is a candidate for deletion; one whose absence gains
 * is doing harm.
 *
 * Only the tuned sets are scored: this is a tool for deciding, and the sets
 * nobody tuned for must not decide anything. About a second a group.
 */
import { defaultRetrieverOptions } from '../../src/core/options.js'
import { createRetriever } from '../../src/core/retriever.js'
import type { Thesaurus } from '../../src/core/types.js'
import { pool } from './aggregate.js'
import {
  botAnswerer,
  type EvalReport,
  evaluate,
  evaluateStatistics,
  judgementsFor,
  loadEvalCorpus,
  loadEvalSet,
  loadJudgements,
} from './evaluate.js'
import { EVAL_SETS, JUDGEMENTS_FILE, STATS_SETS } from './sets.js'

const article = await loadEvalCorpus('article')
const withDocuments = await loadEvalCorpus('documents')
const judgements = await loadJudgements(JUDGEMENTS_FILE)
const articleDocuments = new Set(article.documents.map((document) => document.id))
const tuned = await Promise.all(EVAL_SETS.filter((info) => info.tuned).map(async (info) => ({ info, set: await loadEvalSet(info.file) })))

/** Right answers and refusals in each tuned report, and statistics topics right. */
interface Figures {
  alone: number
  aloneRefused: number
  judged: number
  judgedRefused: number
  documents: number
  documentsRefused: number
  stats: number
}

async function measure(thesaurus: Thesaurus): Promise<Figures> {
  const alone = botAnswerer(article, defaultRetrieverOptions.minScore, { thesaurus })
  const both = botAnswerer(withDocuments, defaultRetrieverOptions.minScore, { thesaurus })
  const reports: Record<'alone' | 'judged' | 'documents', EvalReport[]> = { alone: [], judged: [], documents: [] }
  for (const { info, set } of tuned) {
    if (info.corpus === 'article') {
      reports.alone.push(evaluate(set, alone))
      reports.judged.push(evaluate(set, both, judgementsFor(info, judgements, articleDocuments)))
    } else {
      reports.documents.push(evaluate(set, both))
    }
  }
  const [byItself, judged, own] = [pool(reports.alone), pool(reports.judged), pool(reports.documents)]
  const retriever = createRetriever(article.documents, { thesaurus })
  let stats = 0
  for (const info of STATS_SETS.filter((topics) => topics.tuned)) {
    stats += (await evaluateStatistics(retriever, info.file)).filter((outcome) => outcome.correct).length
  }
  return {
    alone: byItself.answerable.right,
    aloneRefused: byItself.unanswerable.right,
    judged: judged.answerable.right,
    judgedRefused: judged.unanswerable.right,
    documents: own.answerable.right,
    documentsRefused: own.unanswerable.right,
    stats,
  }
}

const whole = await measure(article.thesaurus)
console.log(`With the whole thesaurus: ${JSON.stringify(whole)}`)
console.log('Each group left out, and the figures that move: "idle" when none does, "harmful" when some rise and none falls.')
const groups = article.thesaurus.synonyms
for (const [at, group] of groups.entries()) {
  const without = await measure({ ...article.thesaurus, synonyms: groups.filter((_, other) => other !== at) })
  const keys = (Object.keys(whole) as Array<keyof Figures>).filter((key) => without[key] !== whole[key])
  const moved = keys.map((key) => `${key} ${without[key] > whole[key] ? '+' : ''}${without[key] - whole[key]}`)
  const verdict = keys.length === 0 ? 'idle' : keys.every((key) => without[key] > whole[key]) ? 'harmful' : ''
  console.log(`${String(at).padStart(3)} ${group.article.join(', ').slice(0, 40).padEnd(40)} ${verdict.padEnd(8)}${moved.join(', ')}`)
}
