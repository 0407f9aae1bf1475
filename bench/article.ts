import { createRetriever } from '../src/core/retriever.js'
import { loadCorpus } from '../src/corpus/load-corpus.js'
import { type Figures, measure } from './measure.js'
import { evaluationQuestions } from './questions.js'

/** The shipped corpus (the article) and the evaluation questions. */
export async function benchArticle(): Promise<Figures> {
  const { documents, thesaurus } = await loadCorpus('corpus')
  const questions = await evaluationQuestions()
  const passages = documents.reduce((sum, document) => sum + document.passages.length, 0)
  return measure(() => createRetriever(documents, { thesaurus }), questions, passages)
}
