/**
 * `npm run eval`: for each question set, top-1 accuracy on answerable questions
 * and the share of unanswerable ones refused, for this bot and for MiniSearch
 * out of the box. `--failures` lists what went wrong; `--sweep` shows the
 * refusal threshold's trade-off (calibrate on questions.yml only).
 */
import { createRetriever } from '../../src/core/retriever.js'
import { loadCorpus } from '../../src/corpus/load-corpus.js'
import { defaultRetrieverOptions } from '../../src/core/options.js'
import {
  botAnswerer,
  EVAL_SETS,
  evaluate,
  evaluateStatistics,
  loadEvalSet,
  outOfTheBoxAnswerer,
  STATS_SETS,
  unrelatedQuotes,
  type EvalReport,
} from './evaluate.js'

const args = new Set(process.argv.slice(2))
const corpus = await loadCorpus('corpus')
const percent = (share: number) => `${(share * 100).toFixed(1)}%`
const count = (outcomes: EvalReport['answerable']) => `${outcomes.filter((o) => o.correct).length}/${outcomes.length}`
const row = (name: string, report: EvalReport) =>
  `  ${name.padEnd(32)}${`${percent(report.top1)} (${count(report.answerable)})`.padEnd(22)}${`${percent(report.refused)} (${count(report.unanswerable)})`.padEnd(24)}${unrelatedQuotes(report)}`

for (const { file, role } of EVAL_SETS) {
  const set = await loadEvalSet(file)
  const bot = evaluate(set, botAnswerer(corpus, defaultRetrieverOptions.minScore))
  const baseline = evaluate(set, outOfTheBoxAnswerer(corpus.documents))
  console.log(`\n${file} — ${role}: ${set.answerable.length} answerable, ${set.unanswerable.length} unanswerable`)
  console.log(`  ${''.padEnd(32)}${'top-1 answerable'.padEnd(22)}${'unanswerable refused'.padEnd(24)}unrelated quotes`)
  console.log(row(`this bot (minScore ${defaultRetrieverOptions.minScore})`, bot))
  console.log(row('MiniSearch out of the box', baseline))

  if (args.has('--failures')) {
    for (const o of [...bot.answerable, ...bot.unanswerable].filter((outcome) => !outcome.correct)) {
      console.log(`  ✗ ${o.question}\n      expected: ${o.expect ?? '(no answer)'}\n      got [${o.score}]: ${o.got ?? '(no answer)'}`)
    }
  }
  if (args.has('--sweep')) {
    // One run without a threshold gives every question's best score; a threshold is then a filter.
    const open = evaluate(set, botAnswerer(corpus, -Infinity))
    console.log('  minScore   top-1 answerable   unanswerable refused')
    for (let threshold = 0.3; threshold <= 0.951; threshold += 0.05) {
      const kept = (o: EvalReport['answerable'][number]) => o.score !== null && o.score >= threshold
      const top1 = open.answerable.filter((o) => o.correct && kept(o)).length / open.answerable.length
      const refused = open.unanswerable.filter((o) => !kept(o)).length / open.unanswerable.length
      console.log(`  ${threshold.toFixed(2).padEnd(11)}${percent(top1).padEnd(19)}${percent(refused)}`)
    }
  }
}

const retriever = createRetriever(corpus.documents, { thesaurus: corpus.thesaurus })
for (const { file, role } of STATS_SETS) {
  const outcomes = await evaluateStatistics(retriever, file)
  const right = outcomes.filter((outcome) => outcome.correct).length
  const none = outcomes.filter((outcome) => outcome.expect.length === 0).length
  console.log(`\n${file} — stats topics, ${role}: ${outcomes.length} topics, ${none} with no figure`)
  console.log(`  expected figures first: ${percent(right / outcomes.length)} (${right}/${outcomes.length})`)
  if (args.has('--failures')) {
    for (const o of outcomes.filter((outcome) => !outcome.correct)) {
      console.log(`  ✗ ${o.topic}\n      expected first: ${o.expect.join(', ') || '(none)'}\n      got: ${o.got.join(', ') || '(none)'}`)
    }
  }
}
