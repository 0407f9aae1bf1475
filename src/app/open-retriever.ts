import { createRetriever, type Retriever } from '../core/retriever.js'
import { loadCorpus } from '../corpus/load-corpus.js'

/** The folder documents are read from when CORPUS_DIR is not set. */
export const DEFAULT_CORPUS_DIR = 'corpus'

/**
 * Loads the corpus folder, indexes it and reads its figures, so the first
 * question and the first /stats are as quick as any. Throws a CorpusError
 * naming every problem.
 */
export async function openRetriever(corpusDir: string = DEFAULT_CORPUS_DIR): Promise<Retriever> {
  const { documents, thesaurus } = await loadCorpus(corpusDir)
  const retriever = createRetriever(documents, { thesaurus })
  retriever.statistics()
  return retriever
}
