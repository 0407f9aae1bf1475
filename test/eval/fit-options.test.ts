import { describe, expect, it } from 'vitest'
import type { EvalReport, Outcome } from './evaluate.js'
import { crossValidateSettings, fitSetting, type Setting, settingsOf } from './fit-options.js'

const answered = (score: number, correct: boolean): Outcome => ({ question: 'q', expect: 'e', got: 'quote', score, correct })
const unanswered = (score: number | null): Outcome => ({ question: 'q', got: score === null ? null : 'quote', score, correct: score === null })
const report = (answerable: Outcome[], unanswerable: Outcome[]): EvalReport => ({ answerable, unanswerable, unjudged: 0, top1: 0, refused: 0 })
const options = (synonymCredit: number): Setting['options'] => ({
  synonymCredit,
  contextCredit: 0.5,
  ignoredWordsPreference: 0.05,
})

describe('fitting the scoring options', () => {
  it('tries every combination of the values in the grid', () => {
    const settings = settingsOf({ synonymCredit: [0.7, 0.9], contextCredit: [0.3, 0.5, 0.7], ignoredWordsPreference: [0, 1] })
    expect(settings).toHaveLength(12)
    expect(settings).toContainEqual({ synonymCredit: 0.9, contextCredit: 0.3, ignoredWordsPreference: 1 })
  })

  it('chooses the setting, with its threshold, under which the most questions come out right', () => {
    // With synonyms counting less, the right answer scores under any threshold that refuses the other question.
    const weak: Setting = { options: options(0.6), open: new Map([['a', report([answered(0.45, true)], [unanswered(0.5)])]]) }
    const strong: Setting = { options: options(0.9), open: new Map([['a', report([answered(0.8, true)], [unanswered(0.5)])]]) }
    const fitted = fitSetting([weak, strong], ['a'])
    expect(fitted.options.synonymCredit).toBe(0.9)
    expect(fitted.threshold).toBeGreaterThan(0.5)
    expect(fitted.threshold).toBeLessThanOrEqual(0.8)
  })

  it('scores each set, in each of its reports, with the setting fitted on the other sets', () => {
    // Sets b to e favour 0.9; set a alone favours 0.6, and so gets 0.9 and loses its answers.
    const setting = (credit: number, a: number, others: number): Setting => ({
      options: options(credit),
      open: new Map([
        ['a', report([answered(a, true)], [])],
        ['a with documents', report([answered(a, true)], [])],
        ...['b', 'c', 'd', 'e'].map((file) => [file, report([answered(others, true)], [unanswered(null)])] as const),
      ]),
    })
    const folds = crossValidateSettings(
      [setting(0.6, 0.9, 0.1), setting(0.9, 0.1, 0.9)],
      [{ set: 'a', reports: ['a', 'a with documents'] }, ...['b', 'c', 'd', 'e'].map((set) => ({ set, reports: [set] }))],
    )
    const fold = (set: string) => folds.find((each) => each.set === set)!
    expect(fold('a').options.synonymCredit).toBe(0.9)
    expect(fold('a').figures.get('a')?.answerable.right).toBe(0)
    expect(fold('a').figures.get('a with documents')?.answerable.right).toBe(0)
    expect(fold('b').figures.get('b')?.answerable.right).toBe(1)
  })
})
