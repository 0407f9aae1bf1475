import { Worker } from 'node:worker_threads'
import type { Reply } from '../../commands/command.js'
import type { Retriever } from '../core/retriever.js'
import { CorpusError } from '../corpus/corpus-error.js'
import type { WorkerCall, WorkerMessage } from './answer-worker.js'
import type { CorpusService } from './corpus-service.js'
import type { Logger } from './log.js'

/** A corpus indexed and answered in a worker thread; re-indexing builds the next one beside it. */
export interface AnswerWorker extends CorpusService {
  /** Indexes the corpus folder again in a new worker and swaps to it once ready; throws (keeping the old) if it no longer loads. */
  reindex(): Promise<void>
  /** Stops the worker once the calls in flight are answered. */
  close(): Promise<void>
}

// Under the tests the sources are TypeScript: the worker then loads its .ts file through tsx (a development dependency).
const FROM_SOURCES = import.meta.url.endsWith('.ts')
const ENTRY = new URL(FROM_SOURCES ? './answer-worker.ts' : './answer-worker.js', import.meta.url)
const THROUGH_TSX = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(ENTRY.href)}) })`

/** One worker thread holding one index. */
class IndexThread {
  private readonly worker: Worker
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>()
  private next = 0
  private closing = false
  documents: Retriever['documents'] = []
  topics: Retriever['topics'] = []
  readonly ready: Promise<void>

  constructor(corpusDir: string, onCrash: (error: Error) => void) {
    this.worker = FROM_SOURCES
      ? new Worker(THROUGH_TSX, { eval: true, workerData: { corpusDir } })
      : new Worker(ENTRY, { workerData: { corpusDir } })
    this.ready = new Promise((resolve, reject) => {
      this.worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'ready') {
          this.documents = message.documents as Retriever['documents']
          this.topics = message.topics as Retriever['topics']
          resolve()
        } else if (message.type === 'failed') {
          reject(message.problems ? new CorpusError(message.problems) : new Error(message.message))
          void this.worker.terminate()
        } else this.settle(message)
      })
      this.worker.on('error', (error) => {
        reject(error)
        this.failAll(error)
        if (!this.closing) onCrash(error)
      })
      this.worker.on('exit', (code) => {
        const error = new Error(`the answer worker exited (code ${code})`)
        reject(error)
        this.failAll(error)
      })
    })
  }

  call(op: WorkerCall['op'], fields: Omit<WorkerCall, 'id' | 'op'>): Promise<unknown> {
    const id = this.next++
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      this.worker.postMessage({ id, op, ...fields } as WorkerCall)
    })
  }

  /** Ends the thread once what was asked of it is answered, or after `graceMs` whatever it is doing. */
  async close(graceMs = 5_000): Promise<void> {
    this.closing = true
    const deadline = Date.now() + graceMs
    while (this.pending.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10))
    await this.worker.terminate()
  }

  private settle(message: Extract<WorkerMessage, { id: number }>) {
    const waiting = this.pending.get(message.id)
    this.pending.delete(message.id)
    if (message.type === 'result') waiting?.resolve(message.value)
    else waiting?.reject(new Error(message.message))
  }

  private failAll(error: Error) {
    for (const { reject } of this.pending.values()) reject(error)
    this.pending.clear()
  }
}

/**
 * Loads and indexes `corpusDir` in a worker thread and answers from it there:
 * the main thread only passes messages, so it goes on accepting connections
 * and answering /healthz while questions are answered and while a changed
 * corpus is re-indexed. One thread: the main thread needs the other core.
 * Throws a CorpusError, as `openRetriever` does, when the corpus does not load.
 */
export async function startAnswerWorker(corpusDir: string, log: Logger): Promise<AnswerWorker> {
  let current: IndexThread
  const open = async () => {
    const thread: IndexThread = new IndexThread(corpusDir, (error) => {
      // A crashed worker is replaced, so one bad moment does not end answering for good.
      log.error('answer worker failed; starting another', error)
      if (thread === current)
        void open().then(
          (next) => (current = next),
          (failure: unknown) => log.error('could not restart the answer worker', failure),
        )
    })
    await thread.ready
    return thread
  }
  current = await open()
  return {
    get documents() {
      return current.documents
    },
    get topics() {
      return current.topics
    },
    ask: (question) => current.call('ask', { argument: question }) as ReturnType<CorpusService['ask']>,
    statistics: (topic) => current.call('statistics', { argument: topic }) as ReturnType<CorpusService['statistics']>,
    completeWord: (prefix) => current.call('completeWord', { argument: prefix }) as ReturnType<CorpusService['completeWord']>,
    run: (command, input) => current.call('run', { name: command.name, input: { ...input } }) as Promise<Reply>,
    async reindex() {
      const next = await open()
      const previous = current
      current = next
      await previous.close()
    },
    close: () => current.close(),
  }
}
