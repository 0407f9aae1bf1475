import type { Retriever } from '../core/retriever.js'

/** A retriever whose index can be swapped while the bot runs, as the adapters keep hold of it. */
export interface LiveRetriever extends Retriever {
  replace(next: Retriever): void
  readonly current: Retriever
}

export function createLiveRetriever(initial: Retriever): LiveRetriever {
  let current = initial
  return {
    ask: (question) => current.ask(question),
    statistics: (topic) => current.statistics(topic),
    completeWord: (prefix) => current.completeWord(prefix),
    get topics() {
      return current.topics
    },
    get documents() {
      return current.documents
    },
    get current() {
      return current
    },
    replace(next) {
      current = next
    },
  }
}
