import { loadEvalSet } from '../test/eval/evaluate.js'
import { EVAL_SETS } from '../test/eval/sets.js'

/** Every question of the evaluation sets: the varied questions people ask, answerable or not. */
export async function evaluationQuestions(): Promise<string[]> {
  const sets = await Promise.all(EVAL_SETS.map(({ file }) => loadEvalSet(file)))
  return sets.flatMap((set) => [...set.answerable.map(({ q }) => q), ...set.unanswerable.map(({ q }) => q)])
}
