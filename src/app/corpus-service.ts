import type { RunCommand } from '../../commands/handle-request.js'
import type { AskResult, Retriever, StatisticsResult } from '../core/retriever.js'

/**
 * The corpus as the chat adapters use it: documents listed at once, answers
 * as promises, so they can come from a worker thread (`startAnswerWorker`)
 * while this thread goes on accepting connections.
 */
export interface CorpusService {
  readonly documents: Retriever['documents']
  readonly topics: Retriever['topics']
  ask(question: string): Promise<AskResult>
  statistics(topic?: string): Promise<StatisticsResult>
  completeWord(prefix: string): Promise<string | undefined>
  /** Runs a command against the corpus where the index is. */
  run: RunCommand
}

/** A retriever in this thread, served as a CorpusService (tests, the terminal, one-shot commands). */
function serveInThisThread(retriever: Retriever): CorpusService {
  return {
    get documents() {
      return retriever.documents
    },
    get topics() {
      return retriever.topics
    },
    ask: async (question) => retriever.ask(question),
    statistics: async (topic) => retriever.statistics(topic),
    completeWord: async (prefix) => retriever.completeWord(prefix),
    run: async (command, input) => command.execute(input, { retriever }),
  }
}

/** What the adapters accept: a retriever to answer from in this thread, or a service that answers elsewhere. */
export type CorpusSource = Retriever | CorpusService

export function corpusServiceOf(source: CorpusSource): CorpusService {
  return 'run' in source ? source : serveInThisThread(source)
}
