import type { Reply } from '../../commands/command.js'
import type { WorkerFault } from './answer-worker.js'
import type { CorpusService } from './corpus-service.js'
import { AnswerWorkerCrashedError, IndexThread } from './index-thread.js'
import type { Logger } from './log.js'

export { AnswerWorkerCrashedError } from './index-thread.js'

/** A corpus indexed and answered in a worker thread; re-indexing builds the next one beside it. */
export interface AnswerWorker extends CorpusService {
  /** Indexes the corpus folder again in a new worker and swaps to it once ready; throws (keeping the old) if it no longer loads. */
  reindex(): Promise<void>
  /** False from a crash until a new worker is ready: questions asked meanwhile wait a little, then get the apology. */
  readonly answering: boolean
  /** How many times a crashed worker was replaced since the start. */
  readonly restarts: number
  /** Tests only (`faultInjection`): the worker fails this way on its next call. */
  injectFault(fault: WorkerFault): void
  /** Stops the worker once the calls in flight are answered. */
  close(): Promise<void>
}

export interface AnswerWorkerOptions {
  /** The wait before restarting a crashed worker; it doubles with each crash in a row. @default 250 */
  restartDelayMs?: number
  /** The longest wait between restarts, so a worker that keeps crashing is retried, slowly, without spinning. @default 30000 */
  maxRestartDelayMs?: number
  /** A worker that stays up this long has the next crash count as the first again. @default 60000 */
  stableAfterMs?: number
  /**
   * How long a question asked while no worker is up waits for the restart before it
   * gets the apology; short enough for Discord's 3 s to reply. @default 1500
   */
  waitForRestartMs?: number
  /** The worker's heap limit in MB; past it the worker is ended and restarted, not the process. @default Node's own */
  maxHeapMb?: number
  /** Tests only: lets `injectFault` make the worker fail. No setting or request reaches it. @default false */
  faultInjection?: boolean
}

const DEFAULTS = { restartDelayMs: 250, maxRestartDelayMs: 30_000, stableAfterMs: 60_000, waitForRestartMs: 1_500 }

/**
 * Loads and indexes `corpusDir` in a worker thread and answers from it there:
 * the main thread only passes messages, so it goes on accepting connections
 * and answering /healthz while questions are answered and while a changed
 * corpus is re-indexed. One thread: the main thread needs the other core.
 * A worker that dies fails its calls in flight (each gets the apology once)
 * and is restarted after a backoff. Throws a CorpusError, as `openRetriever`
 * does, when the corpus does not load at start.
 */
export async function startAnswerWorker(corpusDir: string, log: Logger, options: AnswerWorkerOptions = {}): Promise<AnswerWorker> {
  const settings = { ...DEFAULTS, ...options }
  let current: IndexThread
  let restarts = 0
  let crashesInARow = 0
  let closed = false
  let restartTimer: NodeJS.Timeout | undefined
  // Settles when a worker is up again after a crash; what questions asked meanwhile wait on.
  let restarted: { promise: Promise<void>; resolve(): void } | undefined

  const open = async (): Promise<IndexThread> => {
    const thread: IndexThread = new IndexThread({
      corpusDir,
      maxHeapMb: options.maxHeapMb,
      faultInjection: options.faultInjection === true,
      onCrash: (error) => {
        if (thread === current) crashed(error, thread)
      },
    })
    await thread.ready
    return thread
  }

  const crashed = (error: AnswerWorkerCrashedError, thread: IndexThread) => {
    if (closed) return
    if (Date.now() - thread.startedAt >= settings.stableAfterMs) crashesInARow = 0
    crashesInARow += 1
    if (!restarted) {
      let resolve = () => {}
      const promise = new Promise<void>((done) => (resolve = done))
      restarted = { promise, resolve }
    }
    scheduleRestart(error)
  }

  const scheduleRestart = (error: Error) => {
    const delayMs = Math.min(settings.restartDelayMs * 2 ** (crashesInARow - 1), settings.maxRestartDelayMs)
    log.error('answer worker stopped; restarting it', error, { crashesInARow, restartInMs: delayMs })
    restartTimer = setTimeout(() => {
      restartTimer = undefined
      open().then(
        (next) => {
          // Closed meanwhile, or a re-index already put a new worker in its place.
          if (closed || current.alive) return void next.close()
          current = next
          restarts += 1
          log.info('answer worker restarted', { restarts })
          restarted?.resolve()
          restarted = undefined
        },
        (failure: unknown) => {
          if (closed) return
          // A worker that cannot start (a corpus broken meanwhile, memory) is tried again, later each time.
          crashesInARow += 1
          scheduleRestart(failure instanceof Error ? failure : new Error(String(failure)))
        },
      )
    }, delayMs)
  }

  /** The worker to ask: the current one, or the next one if it comes up within the wait. */
  const thread = async (): Promise<IndexThread> => {
    if (current.alive || !restarted) return current
    const waiting = restarted.promise
    let timer: NodeJS.Timeout | undefined
    const upInTime = await Promise.race([
      waiting.then(() => true),
      new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), settings.waitForRestartMs)
      }),
    ])
    clearTimeout(timer)
    if (!upInTime) throw new AnswerWorkerCrashedError('the answer worker is restarting')
    return current
  }
  const call = async (op: Parameters<IndexThread['call']>[0], fields: Parameters<IndexThread['call']>[1]) =>
    (await thread()).call(op, fields)

  current = await open()
  return {
    get documents() {
      return current.documents
    },
    get topics() {
      return current.topics
    },
    get answering() {
      return current.alive
    },
    get restarts() {
      return restarts
    },
    ask: (question) => call('ask', { argument: question }) as ReturnType<CorpusService['ask']>,
    statistics: (topic) => call('statistics', { argument: topic }) as ReturnType<CorpusService['statistics']>,
    completeWord: (prefix) => call('completeWord', { argument: prefix }) as ReturnType<CorpusService['completeWord']>,
    run: (command, input) => call('run', { name: command.name, input: { ...input } }) as Promise<Reply>,
    injectFault: (fault) => current.injectFault(fault),
    async reindex() {
      const next = await open()
      const previous = current
      current = next
      // A re-index that lands while a crashed worker waits for its restart is that restart.
      if (restartTimer) {
        clearTimeout(restartTimer)
        restartTimer = undefined
        restarted?.resolve()
        restarted = undefined
      }
      await previous.close()
    },
    close: async () => {
      closed = true
      clearTimeout(restartTimer)
      await current.close()
    },
  }
}
