import { beforeAll, describe, expect, it } from 'vitest'
import { floorOf, share } from './aggregate.js'
import { isFigure, unrelatedQuotes } from './evaluate.js'
import { measureSets, type Measures } from './measure-sets.js'
import { readRecorded, type Recorded } from './recorded.js'
import { EVAL_SETS, STATS_SETS } from './sets.js'

// One measurement of every set, checked against the pooled figures recorded when
// they were last raised: a change may lose what is within two standard errors of
// them (a question or two), not more. Raise them when the bot improves.
let measures: Measures
let recorded: Recorded
beforeAll(async () => {
  ;[measures, recorded] = await Promise.all([measureSets(), readRecorded()])
}, 120_000)

describe('pooled figures', () => {
  const groups = [...new Set(EVAL_SETS.map((s) => `${s.corpus}, ${s.tuned ? 'tuned' : 'unseen'}`))]
  const withDocuments = [...new Set(EVAL_SETS.filter((s) => s.corpus === 'article').map((s) => `article, ${s.tuned ? 'tuned' : 'unseen'}, with documents`))]

  // Judged quotes exist for the article's tuned sets only.
  const judged = ['article, tuned, with documents, judged']

  it.each([...groups, ...withDocuments, ...judged])('%s: answers and refuses within the noise of what is recorded', (name) => {
    const floor = recorded.floors[name]
    const now = measures.groups[name]
    expect(floor && 'answerable' in floor, `recorded.json has no floor for "${name}"`).toBe(true)
    if (!floor || !('answerable' in floor) || !now) return
    expect(now.answerable.of, 'the sets changed: record their figures again').toBe(floor.answerable.of)
    expect(share(now.answerable)).toBeGreaterThanOrEqual(floorOf(floor.answerable))
    expect(share(now.unanswerable)).toBeGreaterThanOrEqual(floorOf(floor.unanswerable))
  })

  it.each(['stats, tuned', 'stats, unseen'])('%s: brings the expected figures first within the noise of what is recorded', (name) => {
    const floor = recorded.floors[name]
    const now = measures.statsGroups[name]
    expect(floor && 'topics' in floor, `recorded.json has no floor for "${name}"`).toBe(true)
    if (!floor || !('topics' in floor) || !now) return
    expect(now.of).toBe(floor.topics.of)
    expect(share(now)).toBeGreaterThanOrEqual(floorOf(floor.topics))
  })

  // A target not met yet: `fails` turns red once it is met, to be made an ordinary test then.
  it.fails('adding the extra documents costs the article sets at most 2 points of top-1', () => {
    for (const tuned of [true, false]) {
      const alone = measures.groups[`article, ${tuned ? 'tuned' : 'unseen'}`]!
      const added = measures.groups[`article, ${tuned ? 'tuned' : 'unseen'}, with documents`]!
      expect(share(alone.answerable) - share(added.answerable)).toBeLessThanOrEqual(0.02)
    }
  })

  // The same target counting the other documents' quotes judged right (tuned sets only: judging reads their answers).
  it.fails('adding the extra documents costs the tuned article sets at most 2 points, judged quotes counted', () => {
    const alone = measures.groups['article, tuned']!
    const added = measures.groups['article, tuned, with documents, judged']!
    expect(share(alone.answerable) - share(added.answerable)).toBeLessThanOrEqual(0.02)
  })
})

function aheadOfMiniSearch(file: string): void {
  const { bot, baseline } = measures.sets.find((s) => s.info.file === file)!
  const right = (r: typeof bot) => r.answerable.filter((o) => o.correct).length + r.unanswerable.filter((o) => o.correct).length
  const questions = bot.answerable.length + bot.unanswerable.length
  // Right answers and right refusals together, by at least a tenth of the questions.
  expect(right(bot) - right(baseline)).toBeGreaterThanOrEqual(questions / 10)
  expect(bot.top1).toBeGreaterThan(baseline.top1)
  expect(unrelatedQuotes(bot) * 3).toBeLessThan(unrelatedQuotes(baseline))
}

describe.each(EVAL_SETS.filter((s) => s.corpus === 'article'))('$file', ({ file }) => {
  it('is clearly ahead of MiniSearch with its defaults: more right, far fewer unrelated quotes', () => aheadOfMiniSearch(file))
})

// On the extra documents, whose words the thesaurus was not written for, a target met for
// these sets and not yet for the others. A set that gets ahead turns its test red: list it here.
const DOCUMENT_SETS_AHEAD = new Set(['test/eval/documents-a.yml', 'test/eval/documents-b.yml', 'test/eval/documents-j.yml', 'test/eval/documents-l.yml'])
describe.each(EVAL_SETS.filter((s) => s.corpus === 'documents'))('$file', ({ file }) => {
  const test = DOCUMENT_SETS_AHEAD.has(file) ? it : it.fails
  test('is clearly ahead of MiniSearch with its defaults: more right, far fewer unrelated quotes', () => aheadOfMiniSearch(file))
})

describe('the statistics sets', () => {
  it('each have enough topics to measure something', () => {
    for (const { info, outcomes } of measures.stats) expect(outcomes.length, info.file).toBeGreaterThanOrEqual(20)
    expect(measures.stats.length).toBe(STATS_SETS.length)
  })
})

describe('the refusal threshold, cross-validated leaving one set out', () => {
  it('scores the tuned sets within 5 points of their figure as shipped', () => {
    const tuned = measures.folds.filter((fold) => EVAL_SETS.some((s) => s.file === fold.file && s.tuned && s.corpus === 'article'))
    const right = tuned.reduce((sum, fold) => sum + fold.figures.answerable.right, 0)
    const of = tuned.reduce((sum, fold) => sum + fold.figures.answerable.of, 0)
    expect(share(measures.groups['article, tuned']!.answerable) - right / of).toBeLessThanOrEqual(0.05)
  })
})

describe('matching an expected figure', () => {
  it('takes a figure without its qualifier for the figure, and nothing else', () => {
    expect(isFigure('more than 1 million', '1 million')).toBe(true)
    expect(isFigure('more than 1 million', 'more than 1 million')).toBe(true)
    expect(isFigure('455 million', '55 million')).toBe(false)
    expect(isFigure('1.85 million', '85 million')).toBe(false)
    expect(isFigure('up 12 percent', '12 percent')).toBe(false)
  })
})
