/**
 * `npm run eval`: each question set's top-1 accuracy on answerable questions
 * and share of unanswerable ones refused, for this bot and for MiniSearch with
 * its defaults; then the figures pooled two ways (sets tuned on, and sets
 * nobody has tuned for), the refusal threshold cross-validated leave one set
 * out, and what adding the evaluation's extra documents does to the article's
 * sets.
 *
 * `--failures` lists what went wrong on the tuned sets, each missed answer
 * with why by the bot's own rules (`explain-miss.ts`), and tallies the reasons
 * at the end. Listing an unseen
 * set's failures makes it a tuned set: `--failures --unseen-too` does, and
 * then mark the set `tuned: true` in sets.ts and say so in docs/evaluation.md.
 * `--record` makes the pooled figures the new floors in recorded.json.
 * `--tuned-only` prints nothing of the unseen sets: for trying a change on the
 * tuned sets without a look at the figures it has not yet been decided on.
 */
import { writeFile } from 'node:fs/promises'
import { formatTally, pool, share, sumPooled, type Pooled } from './aggregate.js'
import { unrelatedQuotes, type EvalReport } from './evaluate.js'
import { missExplainer } from './explain-miss.js'
import { groupOf, measureSets } from './measure-sets.js'
import { readRecorded } from './recorded.js'

const args = new Set(process.argv.slice(2))
const tunedOnly = args.has('--tuned-only')
if (tunedOnly && (args.has('--record') || args.has('--unseen-too'))) {
  console.error('npm run eval: --tuned-only cannot be combined with --record or --unseen-too')
  process.exit(2)
}
const shown = (tuned: boolean) => tuned || !tunedOnly
// Why the answerable questions listed were missed, tallied for the summary at the end.
const missedBecause = new Map<string, number>()
const { sets, stats, groups, statsGroups, folds, corpora } = await measureSets()
// What the failures are explained against: the set's own corpus, indexed once.
const explainers = new Map<string, ReturnType<typeof missExplainer>>()
const explainerFor = (kind: keyof typeof corpora) => {
  let explain = explainers.get(kind)
  if (!explain) explainers.set(kind, (explain = missExplainer(corpora[kind])))
  return explain
}
const recorded = await readRecorded()

const row = (name: string, figures: Pooled, unrelated?: number) =>
  `  ${name.padEnd(40)}${formatTally(figures.answerable).padEnd(22)}${formatTally(figures.unanswerable).padEnd(22)}${unrelated ?? ''}`
const header = `  ${''.padEnd(40)}${'top-1 answerable'.padEnd(22)}${'refused'.padEnd(22)}unrelated quotes`

for (const { info, bot, baseline, withDocuments, withDocumentsJudged } of sets) {
  if (!shown(info.tuned)) continue
  console.log(`\n${info.file} — ${info.tuned ? 'tuned on' : 'unseen'} (${info.note}), asked of the ${info.corpus === 'article' ? 'article' : 'article and the extra documents'}`)
  console.log(header)
  console.log(row('this bot', pool([bot]), unrelatedQuotes(bot)))
  if (withDocuments) console.log(row('this bot, extra documents added', pool([withDocuments]), unrelatedQuotes(withDocuments)))
  if (withDocumentsJudged) {
    const unjudged = withDocumentsJudged.unjudged > 0 ? ` (${withDocumentsJudged.unjudged} quotes not judged yet)` : ''
    console.log(row('  the same, judged quotes right', pool([withDocumentsJudged]), unrelatedQuotes(withDocumentsJudged)) + unjudged)
  }
  console.log(row('MiniSearch defaults', pool([baseline]), unrelatedQuotes(baseline)))
  const first = recorded.firstScores[info.file]
  if (first) console.log(`  first scored, before any change for it: ${first.answerable} top-1, ${first.unanswerable} refused (${first.code})`)
  if (args.has('--failures') && (info.tuned || args.has('--unseen-too'))) printFailures(bot, explainerFor(info.corpus))
}

console.log('\nPooled')
console.log(header)
for (const [name, figures] of Object.entries(groups).sort()) {
  if (!shown(!name.includes('unseen'))) continue
  const floor = recorded.floors[name]
  console.log(row(name, figures) + (floor ? '' : '(no floor recorded)'))
}

console.log('\nRefusal threshold, fitted leaving one set out (the shipped threshold is fitted on all of them)')
// The article's tuned sets, compared with the same sets as shipped.
const tunedFolds = folds.filter((fold) => sets.some((s) => s.info.file === fold.file && s.info.tuned && s.info.corpus === 'article'))
for (const fold of folds) {
  const { info } = sets.find((s) => s.info.file === fold.file)!
  if (!shown(info.tuned)) continue
  console.log(row(`${fold.file.replace('test/eval/', '')} at ${fold.threshold.toFixed(2)}`, fold.figures) + (info.tuned ? '' : 'unseen'))
}
const tunedCv = sumPooled(tunedFolds.map(({ figures }) => figures))
const tunedNow = groups[groupOf({ corpus: 'article', tuned: true })]
console.log(row('article, tuned, cross-validated', tunedCv))
if (tunedNow) {
  const gap = (share(tunedNow.answerable) - share(tunedCv.answerable)) * 100
  console.log(`  top-1 on the article's tuned sets: ${formatTally(tunedNow.answerable)} as shipped, ${formatTally(tunedCv.answerable)} cross-validated (${gap.toFixed(1)} points)`)
}

console.log('\nStatistics topics (expected figures first)')
for (const { info, outcomes } of stats) {
  if (!shown(info.tuned)) continue
  const right = outcomes.filter((o) => o.correct).length
  console.log(`  ${info.file.padEnd(36)}${`${right}/${outcomes.length}`.padEnd(10)}${info.tuned ? 'tuned on' : 'unseen'} (${info.note})`)
  if (args.has('--failures') && (info.tuned || args.has('--unseen-too'))) {
    for (const o of outcomes.filter((outcome) => !outcome.correct)) {
      console.log(`  ✗ ${o.topic}\n      expected first: ${o.expect.join(', ') || '(none)'}\n      got: ${o.got.join(', ') || '(none)'}`)
    }
  }
}

for (const [name, figures] of Object.entries(statsGroups).sort()) if (shown(!name.includes('unseen'))) console.log(`  ${name.padEnd(40)}${formatTally(figures)}`)

if (missedBecause.size > 0) {
  console.log('\nWhy the answers listed above were missed')
  for (const [why, count] of [...missedBecause].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(4)}  ${why}`)
}

if (args.has('--record')) {
  const floors: typeof recorded.floors = { ...groups }
  for (const [name, topics] of Object.entries(statsGroups)) floors[name] = { topics }
  await writeFile('test/eval/recorded.json', `${JSON.stringify({ ...recorded, floors }, null, 2)}\n`)
  console.log('\nRecorded the pooled figures as the floors in test/eval/recorded.json.')
}

function printFailures(report: EvalReport, whyMissed: ReturnType<typeof missExplainer>): void {
  for (const o of [...report.answerable, ...report.unanswerable].filter((outcome) => !outcome.correct)) {
    console.log(`  ✗ ${o.question}\n      expected: ${o.expect ?? '(no answer)'}\n      got [${o.score}]: ${o.got ?? '(no answer)'}`)
    if (o.expect === undefined) continue
    const why = whyMissed(o.question, o.expect)
    console.log(`      why: ${why}`)
    const kind = why.replace(/"[^"]*"/g, 'X').replace(/[\d.]+/g, 'N').split(/[;(]/)[0]!.trim()
    missedBecause.set(kind, (missedBecause.get(kind) ?? 0) + 1)
  }
}
