import type { RetrieverOptions } from '../../src/core/options.js'
import type { Pooled } from './aggregate.js'
import { atThreshold, bestThreshold } from './cross-validate.js'
import type { EvalReport } from './evaluate.js'

/** The options that weigh how a sentence meets a question; the threshold is fitted beside them. */
export type FittedOption = 'synonymCredit' | 'contextCredit' | 'ignoredWordsPreference'

/** The values tried for each fitted option. */
export type OptionGrid = { readonly [K in FittedOption]: readonly number[] }

/**
 * Around each value chosen by hand before fitting (0.8, 0.5, 0.05), in steps
 * small enough that a neighbour could have been chosen instead; a synonym
 * cannot count more than the word typed. 48 settings; each is one pass over
 * every set, alone and with the documents, about 4 s here.
 */
export const OPTION_GRID: OptionGrid = {
  synonymCredit: [0.8, 0.9, 1],
  contextCredit: [0.3, 0.4, 0.5, 0.7],
  ignoredWordsPreference: [0.05, 0.1, 0.2, 0.3],
}

export type FittedOptions = Required<Pick<RetrieverOptions, FittedOption>>

/** One setting of the fitted options, with its reports when no threshold is applied. */
export interface Setting {
  options: FittedOptions
  /** Every question's best answer and its score, by report name. */
  open: ReadonlyMap<string, EvalReport>
}

/** Every combination of the grid's values, in grid order. */
export function settingsOf(grid: OptionGrid): FittedOptions[] {
  let settings: Array<Partial<FittedOptions>> = [{}]
  for (const [name, values] of Object.entries(grid) as Array<[FittedOption, readonly number[]]>) {
    settings = settings.flatMap((setting) => values.map((value) => ({ ...setting, [name]: value })))
  }
  return settings as FittedOptions[]
}

export interface Fitted {
  options: FittedOptions
  threshold: number
}

/**
 * The setting and threshold worth most on the named reports (`bestThreshold`),
 * each question counting once. Of equally good ones, the first given, so a
 * fit is reproducible and a tie can leave a setting as it was.
 */
export function fitSetting(settings: readonly Setting[], reports: readonly string[]): Fitted {
  let best: (Fitted & { worth: number }) | undefined
  for (const setting of settings) {
    const open = reports.map((name) => setting.open.get(name)).filter((report) => report !== undefined)
    const { threshold, worth } = bestThreshold(open)
    if (!best || worth > best.worth) best = { options: setting.options, threshold, worth }
  }
  if (!best) throw new Error('no setting to fit')
  return { options: best.options, threshold: best.threshold }
}

/** A question set, and the names of its reports: alone, and asked with the extra documents, say. */
export interface Fold {
  set: string
  reports: readonly string[]
}

export interface SettingFold extends Fitted {
  set: string
  /** Each of the left-out set's reports, scored with what was fitted on the other sets. */
  figures: ReadonlyMap<string, Pooled>
}

/**
 * Leave-one-set-out cross-validation of the options and the threshold
 * together: for each set, both are fitted on the other sets' reports, and the
 * set's own reports are scored with them.
 */
export function crossValidateSettings(settings: readonly Setting[], folds: readonly Fold[]): SettingFold[] {
  return folds.map(({ set, reports }) => {
    const others = folds.filter((fold) => fold.set !== set).flatMap((fold) => fold.reports)
    const fitted = fitSetting(settings, others)
    const setting = settings.find(({ options }) => options === fitted.options)
    const figures = new Map<string, Pooled>()
    for (const name of reports) {
      const report = setting?.open.get(name)
      if (!report) throw new Error(`no report ${name}`)
      figures.set(name, atThreshold(report, fitted.threshold))
    }
    return { set, ...fitted, figures }
  })
}
