import { loadEvalSet } from '../test/eval/evaluate.js'

/** Every question of both evaluation sets: the varied questions people ask, answerable or not. */
export async function evaluationQuestions(): Promise<string[]> {
  const sets = await Promise.all([loadEvalSet('test/eval/questions.yml'), loadEvalSet('test/eval/heldout.yml')])
  return sets.flatMap((set) => [...set.answerable.map(({ q }) => q), ...set.unanswerable.map(({ q }) => q)])
}
