import { Worker } from 'node:worker_threads'
import type { Retriever } from '../core/retriever.js'
import { CorpusError } from '../corpus/corpus-error.js'
import type { WorkerCall, WorkerFault, WorkerMessage } from './answer-worker.js'

/** The answer worker died (an uncaught error, out of memory, `process.exit`) with this call unanswered, or before it was made. */
export class AnswerWorkerCrashedError extends Error {
  readonly code = 'ANSWER_WORKER_CRASHED'
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'AnswerWorkerCrashedError'
  }
}

/** How one worker thread is started. */
export interface IndexThreadOptions {
  corpusDir: string
  /** Heap limit in MB (`resourceLimits.maxOldGenerationSizeMb`); undefined for Node's. */
  maxHeapMb?: number | undefined
  /** Whether the thread takes `fault` messages (tests only). */
  faultInjection: boolean
  /** Called once if the thread dies after it was ready and while not being closed. */
  onCrash(error: AnswerWorkerCrashedError): void
}

// Under the tests the sources are TypeScript: the worker then loads its .ts file through tsx (a development dependency).
const FROM_SOURCES = import.meta.url.endsWith('.ts')
const ENTRY = new URL(FROM_SOURCES ? './answer-worker.ts' : './answer-worker.js', import.meta.url)
const THROUGH_TSX = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(ENTRY.href)}) })`

/** One worker thread holding one index; its calls are settled exactly once, by an answer or by its death. */
export class IndexThread {
  private readonly worker: Worker
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>()
  private next = 0
  private closing = false
  private dead: AnswerWorkerCrashedError | undefined
  /** Set by an 'error' event, which comes before its 'exit': the cause the crash is reported with. */
  private cause: Error | undefined
  documents: Retriever['documents'] = []
  topics: Retriever['topics'] = []
  readonly ready: Promise<void>
  readonly startedAt = Date.now()

  constructor(private readonly options: IndexThreadOptions) {
    const workerData = { corpusDir: options.corpusDir, faultInjection: options.faultInjection }
    const resourceLimits = options.maxHeapMb ? { resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb } } : {}
    this.worker = FROM_SOURCES
      ? new Worker(THROUGH_TSX, { eval: true, workerData, ...resourceLimits })
      : new Worker(ENTRY, { workerData, ...resourceLimits })
    let isReady = false
    this.ready = new Promise((resolve, reject) => {
      this.worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'ready') {
          this.documents = message.documents as Retriever['documents']
          this.topics = message.topics as Retriever['topics']
          isReady = true
          resolve()
        } else if (message.type === 'failed') {
          reject(message.problems ? new CorpusError(message.problems) : new Error(message.message))
          void this.worker.terminate()
        } else this.settle(message)
      })
      this.worker.on('error', (error) => {
        this.cause = error
      })
      // Every way a thread ends comes here ('error' first if it threw): an exit without an error is `process.exit` inside it.
      this.worker.on('exit', (code) => {
        const reason = this.cause ? `${this.cause.message}` : `exit code ${code}`
        const crash = new AnswerWorkerCrashedError(`the answer worker stopped: ${reason}`, this.cause ? { cause: this.cause } : undefined)
        this.dead = crash
        reject(this.cause ?? crash)
        this.failAll(crash)
        if (isReady && !this.closing) options.onCrash(crash)
      })
    })
  }

  /** Whether the thread is running and not being closed. */
  get alive(): boolean {
    return this.dead === undefined && !this.closing
  }

  call(op: WorkerCall['op'], fields: Omit<WorkerCall, 'id' | 'op'>): Promise<unknown> {
    if (this.dead) return Promise.reject(this.dead)
    const id = this.next++
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      this.worker.postMessage({ id, op, ...fields } as WorkerCall)
    })
  }

  /** Tests only: makes the thread fail in this way when it takes its next call. */
  injectFault(fault: WorkerFault): void {
    if (!this.options.faultInjection) throw new Error('startAnswerWorker: fault injection is off')
    this.worker.postMessage({ id: -1, op: 'fault', fault } satisfies WorkerCall)
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
