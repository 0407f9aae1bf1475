import { createRetriever, type Retriever } from '../core/retriever.js'
import { countriesNamed } from '../core/text/countries.js'
import { englishWord } from '../core/text/english-words.js'
import { loadCorpus } from '../corpus/load-corpus.js'

/** The folder documents are read from when CORPUS_DIR is not set. */
export const DEFAULT_CORPUS_DIR = 'corpus'

export interface OpenRetrieverOptions {
  /**
   * Load now what the first question and the first /stats would otherwise wait
   * for (see `warmUp`). Off for a one-shot command, which loads only what its
   * question needs. Default true.
   */
  warm?: boolean
}

/** Loads the corpus folder and indexes it. Throws a CorpusError naming every problem. */
export async function openRetriever(
  corpusDir: string = DEFAULT_CORPUS_DIR,
  { warm = true }: OpenRetrieverOptions = {},
): Promise<Retriever> {
  const { documents, thesaurus } = await loadCorpus(corpusDir)
  const retriever = createRetriever(documents, { thesaurus })
  if (warm) warmUp(retriever)
  return retriever
}

/**
 * Loads the English word lists and country names and reads the corpus's
 * figures, each otherwise loaded on first use, so the first question and the
 * first /stats are as quick as any.
 */
export function warmUp(retriever: Retriever): void {
  englishWord('') // a word neither list has: both load
  countriesNamed(new Set())
  retriever.statistics()
}
