import { type FSWatcher, watch } from 'node:fs'
import { CorpusError } from '../corpus/corpus-error.js'
import type { LiveRetriever } from './live-retriever.js'
import type { Logger } from './log.js'
import { openRetriever } from './open-retriever.js'
import type { AnswerWorker } from './start-answer-worker.js'

export interface CorpusWatcher {
  close(): void
  /** Resolves after the next reload attempt, for tests. */
  nextReload(): Promise<'reloaded' | 'kept'>
}

/**
 * Re-indexes the corpus when a file in its folder changes. A corpus that no
 * longer loads (a broken front matter, say) is logged and the running index
 * kept, so the bot goes on answering from the last good version. A worker's
 * index is rebuilt in a new worker, so answering never waits for it.
 */
export function watchCorpus(directory: string, live: LiveRetriever | AnswerWorker, log: Logger, debounceMs = 250): CorpusWatcher {
  let timer: NodeJS.Timeout | undefined
  const waiting: Array<(outcome: 'reloaded' | 'kept') => void> = []
  const settle = (outcome: 'reloaded' | 'kept') => {
    for (const resolve of waiting.splice(0)) resolve(outcome)
  }
  const reload = async () => {
    try {
      if ('reindex' in live) await live.reindex()
      else live.replace(await openRetriever(directory))
      const passages = live.documents.reduce((sum, document) => sum + document.passages.length, 0)
      log.info('corpus reloaded', { documents: live.documents.length, passages })
      settle('reloaded')
    } catch (error) {
      // A broken corpus file is the editor's to fix: say which and why, without a stack trace.
      if (error instanceof CorpusError)
        log.error('corpus reload failed; still answering from the previous version', undefined, { problems: error.message })
      else log.error('corpus reload failed; still answering from the previous version', error)
      settle('kept')
    }
  }
  const watcher: FSWatcher = watch(directory, { persistent: false }, () => {
    clearTimeout(timer)
    // Editors write a file in several steps: wait for them to finish.
    timer = setTimeout(() => void reload(), debounceMs)
  })
  watcher.on('error', (error) => log.error('corpus watcher failed; changes will not be picked up', error))
  return {
    close: () => {
      clearTimeout(timer)
      watcher.close()
    },
    nextReload: () => new Promise((resolve) => waiting.push(resolve)),
  }
}
