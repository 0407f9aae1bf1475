import type { RetrieverOptions } from '../../src/core/options.js'
import type { Pooled } from './aggregate.js'
import { atThreshold, bestThreshold } from './cross-validate.js'
import type { EvalReport } from './evaluate.js'

/** The scoring options fitted by hand on the tuned sets, each with the values tried. */
export type OptionGrid = { readonly [K in FittedOption]: readonly number[] }

/** The options that weigh how a sentence meets a question; the threshold is fitted beside them. */
export type FittedOption = 'synonymCredit' | 'contextCredit' | 'entityPreference'

/**
 * Around each shipped default (0.8, 0.5, 0.05), in steps small enough that a
 * neighbour could have been chosen instead. 36 settings; each is one pass
 * over every set, about 3 s here.
 */
export const OPTION_GRID: OptionGrid = {
  synonymCredit: [0.6, 0.7, 0.8, 0.9, 1],
  contextCredit: [0.1, 0.2, 0.3, 0.5, 0.7],
  entityPreference: [0, 0.05, 0.1],
}

/** One setting of the fitted options, with each set's report when no threshold is applied. */
export interface Setting {
  options: Required<Pick<RetrieverOptions, FittedOption>>
  /** Every question's best answer and its score, by set file. */
  open: ReadonlyMap<string, EvalReport>
}

/** Every combination of the grid's values. */
export function settingsOf(grid: OptionGrid): Array<Setting['options']> {
  const settings: Array<Setting['options']> = []
  for (const synonymCredit of grid.synonymCredit)
    for (const contextCredit of grid.contextCredit)
      for (const entityPreference of grid.entityPreference) settings.push({ synonymCredit, contextCredit, entityPreference })
  return settings
}

export interface Fitted {
  options: Setting['options']
  threshold: number
}

/**
 * The setting and threshold worth most on the given sets (`bestThreshold`),
 * each question counting once. Of equally good ones, the first in grid order,
 * so a fit is reproducible.
 */
export function fitSetting(settings: readonly Setting[], files: readonly string[]): Fitted {
  let best: (Fitted & { worth: number }) | undefined
  for (const setting of settings) {
    const reports = files.map((file) => setting.open.get(file)).filter((report) => report !== undefined)
    const { threshold, worth } = bestThreshold(reports)
    if (!best || worth > best.worth) best = { options: setting.options, threshold, worth }
  }
  if (!best) throw new Error('no setting to fit')
  return { options: best.options, threshold: best.threshold }
}

export interface SettingFold extends Fitted {
  file: string
  /** The left-out set, scored with what was fitted on the others. */
  figures: Pooled
}

/**
 * Leave-one-set-out cross-validation of the options and the threshold
 * together: for each set, both are fitted on the other sets, and the set is
 * scored with them.
 */
export function crossValidateSettings(settings: readonly Setting[], files: readonly string[]): SettingFold[] {
  return files.map((file) => {
    const fitted = fitSetting(
      settings,
      files.filter((other) => other !== file),
    )
    const report = settings.find((setting) => setting.options === fitted.options)?.open.get(file)
    if (!report) throw new Error(`no report for ${file}`)
    return { file, ...fitted, figures: atThreshold(report, fitted.threshold) }
  })
}
