/**
 * `npm run eval:cv`: the scoring options fitted by hand on the tuned sets
 * (synonym credit, context credit, the "who" preference), fitted again with
 * the refusal threshold by a grid search, and reported leave one set out: for
 * each tuned set, the setting fitted on the other tuned sets scores it. The
 * sets nobody tuned for are then scored with the setting fitted on every tuned
 * set, beside the shipped defaults: whether fitting generalises.
 *
 * Takes a few minutes (one pass over every set per setting), so `npm run
 * eval` does not run it.
 */
import { defaultRetrieverOptions } from '../../src/core/options.js'
import type { Corpus } from '../../src/corpus/load-corpus.js'
import { formatTally, share, sumPooled, type Pooled } from './aggregate.js'
import { atThreshold } from './cross-validate.js'
import { botAnswerer, type EvalReport, evaluate, loadEvalCorpus, loadEvalSet, type EvalSet } from './evaluate.js'
import { crossValidateSettings, fitSetting, OPTION_GRID, type Fitted, type Setting, settingsOf } from './fit-options.js'
import { groupOf } from './measure-sets.js'
import { EVAL_SETS, type EvalSetInfo } from './sets.js'

const corpora: Record<EvalSetInfo['corpus'], Corpus> = {
  article: await loadEvalCorpus('article'),
  documents: await loadEvalCorpus('documents'),
}
const sets: Array<{ info: EvalSetInfo; set: EvalSet }> = []
for (const info of EVAL_SETS) sets.push({ info, set: await loadEvalSet(info.file) })

const shipped: Fitted = {
  options: {
    synonymCredit: defaultRetrieverOptions.synonymCredit,
    contextCredit: defaultRetrieverOptions.contextCredit,
    entityPreference: defaultRetrieverOptions.entityPreference,
  },
  threshold: defaultRetrieverOptions.minScore,
}
const grid = settingsOf(OPTION_GRID)
const sameOptions = (a: Fitted['options'], b: Fitted['options']) =>
  a.synonymCredit === b.synonymCredit && a.contextCredit === b.contextCredit && a.entityPreference === b.entityPreference
if (!grid.some((options) => sameOptions(options, shipped.options))) grid.push(shipped.options)

const settings: Setting[] = []
const started = Date.now()
for (const options of grid) {
  const answerers = {
    article: botAnswerer(corpora.article, -Infinity, options),
    documents: botAnswerer(corpora.documents, -Infinity, options),
  }
  const open = new Map<string, EvalReport>()
  for (const { info, set } of sets) open.set(info.file, evaluate(set, answerers[info.corpus]))
  settings.push({ options, open })
  process.stderr.write(`\r${settings.length}/${grid.length} settings measured`)
}
process.stderr.write(` in ${Math.round((Date.now() - started) / 1000)} s\n`)

const tuned = sets.filter(({ info }) => info.tuned).map(({ info }) => info.file)
const describe = ({ options, threshold }: Fitted) =>
  `synonyms ${options.synonymCredit}, context ${options.contextCredit}, who ${options.entityPreference}, threshold ${threshold.toFixed(2)}`
const scoredWith = (fitted: Fitted, file: string): Pooled => {
  const setting = settings.find(({ options }) => sameOptions(options, fitted.options))
  const report = setting?.open.get(file)
  if (!report) throw new Error(`no report for ${file}`)
  return atThreshold(report, fitted.threshold)
}
const row = (name: string, figures: Pooled) =>
  `  ${name.padEnd(44)}${formatTally(figures.answerable).padEnd(22)}${formatTally(figures.unanswerable)}`
const header = `  ${''.padEnd(44)}${'top-1 answerable'.padEnd(22)}refused`

console.log(`\nLeave one tuned set out: the options and threshold fitted on the other ${tuned.length - 1} tuned sets`)
const folds = crossValidateSettings(settings, tuned)
for (const fold of folds) console.log(`  ${fold.file.replace('test/eval/', '').padEnd(24)}${describe(fold)}`)

const fittedOnAll = fitSetting(settings, tuned)
console.log(`\nShipped: ${describe(shipped)}`)
console.log(`Fitted on every tuned set: ${describe(fittedOnAll)}`)

for (const corpus of ['article', 'documents'] as const) {
  const files = (tunedToo: boolean) => sets.filter(({ info }) => info.corpus === corpus && info.tuned === tunedToo).map(({ info }) => info.file)
  console.log(`\n${groupOf({ corpus, tuned: true })}`)
  console.log(header)
  console.log(row('as shipped', sumPooled(files(true).map((file) => scoredWith(shipped, file)))))
  console.log(row('fitted on every tuned set (seen)', sumPooled(files(true).map((file) => scoredWith(fittedOnAll, file)))))
  const cv = sumPooled(folds.filter(({ file }) => files(true).includes(file)).map(({ figures }) => figures))
  console.log(row('cross-validated', cv))
  const asShipped = sumPooled(files(true).map((file) => scoredWith(shipped, file)))
  const gap = (share(cv.answerable) - share(asShipped.answerable)) * 100
  console.log(`  top-1 cross-validated against as shipped: ${gap >= 0 ? '+' : ''}${gap.toFixed(1)} points`)
  console.log(`\n${groupOf({ corpus, tuned: false })}`)
  console.log(header)
  console.log(row('as shipped', sumPooled(files(false).map((file) => scoredWith(shipped, file)))))
  console.log(row('fitted on every tuned set', sumPooled(files(false).map((file) => scoredWith(fittedOnAll, file)))))
}
