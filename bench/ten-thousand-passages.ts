import { createRetriever } from '../src/core/retriever.js'
import { loadCorpus } from '../src/corpus/load-corpus.js'
import { generateCorpus, generatedQuestions } from './generated-corpus.js'
import { measure, type Figures } from './measure.js'
import { evaluationQuestions } from './questions.js'

/** 10,000 generated passages, asked the evaluation questions plus 200 made from the generated text. */
export async function benchTenThousandPassages(): Promise<Figures> {
  const { thesaurus } = await loadCorpus('corpus')
  const documents = generateCorpus(10_000)
  const questions = [...(await evaluationQuestions()), ...generatedQuestions(documents, 200)]
  return measure(() => createRetriever(documents, { thesaurus }), questions, 10_000)
}
