/**
 * `npm run eval:cv`: the scoring options once chosen by hand on the tuned
 * sets (synonym credit, context credit, the preference for a phrase the
 * question used that the thesaurus ignores), fitted together
 * with the refusal threshold by a grid search over the tuned sets: the
 * article's alone and with the extra documents added (judged quotes counted),
 * and the documents' own. Reported leave one set out: each tuned set is scored
 * with what was fitted on the others. The sets nobody tuned for are then
 * scored with what was fitted on every tuned set, beside the shipped defaults:
 * whether fitting generalises.
 *
 * Each setting is run once with no threshold and the thresholds are applied
 * afterwards, so the retriever's second pass (which lets a question's verbs off
 * standing beside a figure when nothing passes the threshold) never runs here,
 * nor does its asking a message's questions one at a time when together they
 * find nothing.
 * Its "as shipped" rows can therefore count a few more refusals, and fewer
 * answers, than `npm run eval`, which runs the bot as it ships.
 *
 * Takes two to three minutes (two passes over every set per setting), so `npm
 * run eval` does not run it.
 */
import { groupOf } from './measure-sets.js'
import { defaultRetrieverOptions } from '../../src/core/options.js'
import type { Corpus } from '../../src/corpus/load-corpus.js'
import { formatTally, type Pooled, share, sumPooled } from './aggregate.js'
import { atThreshold, worthAt } from './cross-validate.js'
import {
  botAnswerer,
  type EvalReport,
  type EvalSet,
  evaluate,
  type Judgements,
  judgementsFor,
  loadEvalCorpus,
  loadEvalSet,
  loadJudgements,
} from './evaluate.js'
import {
  crossValidateSettings,
  type Fitted,
  type FittedOption,
  type FittedOptions,
  type Fold,
  fitSetting,
  OPTION_GRID,
  type Setting,
  settingsOf,
} from './fit-options.js'
import { EVAL_SETS, type EvalSetInfo, JUDGEMENTS_FILE } from './sets.js'

const corpora: Record<EvalSetInfo['corpus'], Corpus> = {
  article: await loadEvalCorpus('article'),
  documents: await loadEvalCorpus('documents'),
}
const allJudgements = await loadJudgements(JUDGEMENTS_FILE)
const articleDocuments = new Set(corpora.article.documents.map((document) => document.id))
const sets: Array<{ info: EvalSetInfo; set: EvalSet; judgements?: Judgements }> = []
for (const info of EVAL_SETS) {
  const judgements = judgementsFor(info, allJudgements, articleDocuments)
  sets.push({ info, set: await loadEvalSet(info.file), ...(judgements ? { judgements } : {}) })
}
// The article's sets are asked of the article alone and again with the documents added.
const WITH_DOCUMENTS = ' with documents'
const reportsOf = (info: EvalSetInfo) => (info.corpus === 'article' ? [info.file, info.file + WITH_DOCUMENTS] : [info.file])

const names = Object.keys(OPTION_GRID) as FittedOption[]
const shipped: Fitted = {
  options: Object.fromEntries(names.map((name) => [name, defaultRetrieverOptions[name]])) as FittedOptions,
  threshold: defaultRetrieverOptions.minScore,
}
const sameOptions = (a: FittedOptions, b: FittedOptions) => names.every((name) => a[name] === b[name])
// The shipped setting first: of equally good settings the fit keeps the first, so a tie changes nothing.
const grid = [shipped.options, ...settingsOf(OPTION_GRID).filter((options) => !sameOptions(options, shipped.options))]

const settings: Setting[] = []
const started = Date.now()
for (const options of grid) {
  const answerers = {
    article: botAnswerer(corpora.article, -Infinity, options),
    documents: botAnswerer(corpora.documents, -Infinity, options),
  }
  const open = new Map<string, EvalReport>()
  for (const { info, set, judgements } of sets) {
    open.set(info.file, evaluate(set, answerers[info.corpus]))
    if (info.corpus === 'article') open.set(info.file + WITH_DOCUMENTS, evaluate(set, answerers.documents, judgements))
  }
  settings.push({ options, open })
  process.stderr.write(`\r${settings.length}/${grid.length} settings measured`)
}
process.stderr.write(` in ${Math.round((Date.now() - started) / 1000)} s\n`)

const tunedFolds: Fold[] = sets.filter(({ info }) => info.tuned).map(({ info }) => ({ set: info.file, reports: reportsOf(info) }))
const describe = ({ options, threshold }: Fitted) =>
  `${names.map((name) => `${name} ${options[name]}`).join(', ')}, threshold ${threshold.toFixed(2)}`
const openWith = (fitted: Fitted, report: string): EvalReport => {
  const open = settings.find(({ options }) => sameOptions(options, fitted.options))?.open.get(report)
  if (!open) throw new Error(`no report ${report}`)
  return open
}
const scoredWith = (fitted: Fitted, report: string): Pooled => atThreshold(openWith(fitted, report), fitted.threshold)
const row = (name: string, figures: Pooled) =>
  `  ${name.padEnd(44)}${formatTally(figures.answerable).padEnd(22)}${formatTally(figures.unanswerable)}`
const header = `  ${''.padEnd(44)}${'top-1 answerable'.padEnd(22)}refused`

console.log(`\nLeave one tuned set out: the options and threshold fitted on the other ${tunedFolds.length - 1} tuned sets`)
const folds = crossValidateSettings(settings, tunedFolds)
for (const fold of folds) console.log(`  ${fold.set.replace('test/eval/', '').padEnd(20)}${describe(fold)}`)

const fittedOnAll = fitSetting(
  settings,
  tunedFolds.flatMap(({ reports }) => reports),
)
// What the fit maximises, on the tuned sets: right answers and refusals, less quotes that do not answer.
const worthWith = (fitted: Fitted, reports: readonly string[]) =>
  reports.reduce((sum, report) => sum + worthAt(openWith(fitted, report), fitted.threshold), 0)
const tunedReports = tunedFolds.flatMap(({ reports }) => reports)
const cvWorth = folds.reduce((sum, fold) => sum + worthWith(fold, tunedFolds.find(({ set }) => set === fold.set)?.reports ?? []), 0)
console.log(`\nWorth on the tuned sets (right answers and refusals, less quotes that do not answer):`)
console.log(`  as shipped ${worthWith(shipped, tunedReports)}, cross-validated ${cvWorth}, fitted on them all ${worthWith(fittedOnAll, tunedReports)} (seen)`)
console.log(`\nShipped:                   ${describe(shipped)}`)
console.log(`Fitted on every tuned set: ${describe(fittedOnAll)}`)

// The groups `npm run eval` pools, each as report names.
const groups: Array<{ name: string; tuned: boolean; reports: string[] }> = [
  { name: 'article, tuned', tuned: true, reports: [] },
  { name: 'article, tuned, with documents, judged', tuned: true, reports: [] },
  { name: 'documents, tuned', tuned: true, reports: [] },
  { name: 'article, unseen', tuned: false, reports: [] },
  { name: 'article, unseen, with documents', tuned: false, reports: [] },
  { name: 'documents, unseen', tuned: false, reports: [] },
]
for (const { info } of sets) {
  const [alone, withDocuments] = reportsOf(info)
  const base = groupOf(info)
  groups.find(({ name }) => name === base)?.reports.push(alone!)
  if (withDocuments) groups.find(({ name }) => name.startsWith(`${base}, with documents`))?.reports.push(withDocuments)
}
for (const group of groups) {
  console.log(`\n${group.name}`)
  console.log(header)
  const asShipped = sumPooled(group.reports.map((report) => scoredWith(shipped, report)))
  console.log(row('as shipped', asShipped))
  console.log(row(`fitted on every tuned set${group.tuned ? ' (seen)' : ''}`, sumPooled(group.reports.map((report) => scoredWith(fittedOnAll, report)))))
  if (!group.tuned) continue
  const cv = sumPooled(folds.flatMap(({ figures }) => group.reports.flatMap((report) => figures.get(report) ?? [])))
  console.log(row('cross-validated', cv))
  const gap = (share(cv.answerable) - share(asShipped.answerable)) * 100
  console.log(`  top-1 cross-validated against as shipped: ${gap >= 0 ? '+' : ''}${gap.toFixed(1)} points`)
}
