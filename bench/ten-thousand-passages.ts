import { candidateSearch } from '../src/core/index/candidate-search.js'
import { buildPassageIndex } from '../src/core/index/passage-index.js'
import { createRetriever } from '../src/core/retriever.js'
import { loadCorpus } from '../src/corpus/load-corpus.js'
import { generateCorpus, generatedQuestions } from './generated-corpus.js'
import { type Figures, measure, median } from './measure.js'
import { evaluationQuestions } from './questions.js'

/** 10,000 generated passages, asked the evaluation questions plus 200 made from the generated text. */
export async function benchTenThousandPassages(): Promise<Figures & { minisearchMs: number }> {
  const { thesaurus } = await loadCorpus('corpus')
  const documents = generateCorpus(10_000)
  const questions = [...(await evaluationQuestions()), ...generatedQuestions(documents, 200)]
  const figures = measure(() => createRetriever(documents, { thesaurus }), questions, 10_000)
  const termSets = buildPassageIndex(documents).passages.map((entry) => entry.terms)
  return { ...figures, minisearchMs: minisearchPartMs(termSets) }
}

/** How much of a build is MiniSearch's own indexing, timed alone on the same passages. */
function minisearchPartMs(termSets: Parameters<typeof candidateSearch>[0], runs = 5): number {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    candidateSearch(termSets)
    times.push(performance.now() - started)
  }
  return median(times)
}
