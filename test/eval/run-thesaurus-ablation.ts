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
 *
 * `--by-kind` leaves out every group of a kind at once, by the kind its `why`
 * starts with ("everyday English", "article paraphrase", …), to say what each
 * kind is worth. `--unseen-too` adds the unseen sets to that, for reading only:
 * no group is to be kept or deleted for what they show.
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
const args = new Set(process.argv.slice(2))
const byKind = args.has('--by-kind')
if (args.has('--unseen-too') && !byKind) {
  console.error('npm run eval:thesaurus: --unseen-too only goes with --by-kind')
  process.exit(2)
}
const measured = EVAL_SETS.filter((info) => info.tuned || args.has('--unseen-too'))
const sets = await Promise.all(measured.map(async (info) => ({ info, set: await loadEvalSet(info.file) })))

/** Right answers and refusals in each tuned report, and statistics topics right; the unseen sets' when asked for. */
interface Figures {
  alone: number
  aloneRefused: number
  judged: number
  judgedRefused: number
  documents: number
  documentsRefused: number
  stats: number
  unseenAlone?: number
  unseenAloneRefused?: number
  unseenDocuments?: number
  unseenDocumentsRefused?: number
}

async function measure(thesaurus: Thesaurus): Promise<Figures> {
  const alone = botAnswerer(article, defaultRetrieverOptions.minScore, { thesaurus })
  const both = botAnswerer(withDocuments, defaultRetrieverOptions.minScore, { thesaurus })
  const reports: Record<'alone' | 'judged' | 'documents' | 'unseenAlone' | 'unseenDocuments', EvalReport[]> = {
    alone: [],
    judged: [],
    documents: [],
    unseenAlone: [],
    unseenDocuments: [],
  }
  for (const { info, set } of sets) {
    if (!info.tuned) reports[info.corpus === 'article' ? 'unseenAlone' : 'unseenDocuments'].push(evaluate(set, info.corpus === 'article' ? alone : both))
    else if (info.corpus === 'article') {
      reports.alone.push(evaluate(set, alone))
      reports.judged.push(evaluate(set, both, judgementsFor(info, judgements, articleDocuments)))
    } else {
      reports.documents.push(evaluate(set, both))
    }
  }
  const [byItself, judged, own] = [pool(reports.alone), pool(reports.judged), pool(reports.documents)]
  const [unseenAlone, unseenDocuments] = [pool(reports.unseenAlone), pool(reports.unseenDocuments)]
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
    ...(args.has('--unseen-too')
      ? {
          unseenAlone: unseenAlone.answerable.right,
          unseenAloneRefused: unseenAlone.unanswerable.right,
          unseenDocuments: unseenDocuments.answerable.right,
          unseenDocumentsRefused: unseenDocuments.unanswerable.right,
        }
      : {}),
  }
}

/** The figures that differ from the whole thesaurus's, as "alone -49, judged -52". */
function moves(whole: Figures, without: Figures): Array<{ key: keyof Figures; by: number }> {
  return (Object.keys(whole) as Array<keyof Figures>)
    .map((key) => ({ key, by: (without[key] ?? 0) - (whole[key] ?? 0) }))
    .filter(({ by }) => by !== 0)
}
const format = (moved: ReturnType<typeof moves>) => moved.map(({ key, by }) => `${key} ${by > 0 ? '+' : ''}${by}`).join(', ')

const whole = await measure(article.thesaurus)
console.log(`With the whole thesaurus: ${JSON.stringify(whole)}`)
const groups = article.thesaurus.synonyms
if (byKind) {
  const kindOf = (why: string | undefined) => why?.split(':')[0] ?? '(no reason given)'
  console.log('Every group of a kind left out, and the figures that move:')
  for (const kind of new Set(groups.map(({ why }) => kindOf(why)))) {
    const kept = groups.filter(({ why }) => kindOf(why) !== kind)
    const without = await measure({ ...article.thesaurus, synonyms: kept })
    console.log(`  ${kind.padEnd(20)} ${String(groups.length - kept.length).padStart(3)} groups  ${format(moves(whole, without))}`)
  }
} else {
  console.log('Each group left out, and the figures that move: "idle" when none does, "harmful" when some rise and none falls.')
  for (const [at, group] of groups.entries()) {
    const moved = moves(whole, await measure({ ...article.thesaurus, synonyms: groups.filter((_, other) => other !== at) }))
    const verdict = moved.length === 0 ? 'idle' : moved.every(({ by }) => by > 0) ? 'harmful' : ''
    console.log(`${String(at).padStart(3)} ${group.article.join(', ').slice(0, 40).padEnd(40)} ${verdict.padEnd(8)}${format(moved)}`)
  }
}
