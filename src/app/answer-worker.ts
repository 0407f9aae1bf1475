import { parentPort, workerData } from 'node:worker_threads'
import { findCommand } from '../../commands/index.js'
import { CorpusError } from '../corpus/corpus-error.js'
import { openRetriever } from './open-retriever.js'

// The worker thread behind `startAnswerWorker`: it indexes the corpus and answers from it, so
// neither the index build (over a second for a long document) nor answering holds the main thread.

export type WorkerCall =
  | { id: number; op: 'run'; name: string; input: Record<string, string | boolean | undefined> }
  | { id: number; op: 'ask' | 'statistics' | 'completeWord'; argument: string | undefined }
  | { id: number; op: 'fault'; fault: WorkerFault }

/**
 * Tests only: how the worker fails when it takes its next call, so the main thread's crash
 * handling can be tried for real. Taken only with `faultInjection`, which no setting turns on.
 */
export type WorkerFault = 'throw' | 'exit' | 'out-of-memory'

export type WorkerMessage =
  | { type: 'ready'; documents: unknown; topics: unknown }
  | { type: 'failed'; message: string; problems?: CorpusError['problems'] }
  | { type: 'result'; id: number; value: unknown }
  | { type: 'error'; id: number; message: string }

const port = parentPort
if (port) {
  const { corpusDir, faultInjection } = workerData as { corpusDir: string; faultInjection?: boolean }
  let armed: WorkerFault | undefined
  try {
    const retriever = await openRetriever(corpusDir)
    port.postMessage({ type: 'ready', documents: retriever.documents, topics: retriever.topics } satisfies WorkerMessage)
    port.on('message', (call: WorkerCall) => {
      if (call.op === 'fault') {
        if (faultInjection) armed = call.fault
        return
      }
      if (armed) fail(armed)
      try {
        let value: unknown
        if (call.op === 'run') {
          const command = findCommand(call.name)
          if (!command) throw new Error(`no command ${call.name}`)
          value = command.execute(call.input, { retriever })
        } else if (call.op === 'ask') value = retriever.ask(call.argument ?? '')
        else if (call.op === 'statistics') value = retriever.statistics(call.argument)
        else value = retriever.completeWord(call.argument ?? '')
        port.postMessage({ type: 'result', id: call.id, value } satisfies WorkerMessage)
      } catch (error) {
        port.postMessage({
          type: 'error',
          id: call.id,
          message: error instanceof Error ? error.message : String(error),
        } satisfies WorkerMessage)
      }
    })
  } catch (error) {
    port.postMessage({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
      ...(error instanceof CorpusError ? { problems: error.problems } : {}),
    } satisfies WorkerMessage)
  }
}

/** Fails as a worker can: an uncaught error, `process.exit`, or running out of heap. */
function fail(fault: WorkerFault): void {
  if (fault === 'exit') process.exit(3)
  // Thrown from the message listener: uncaught, as a bug in answering would be.
  if (fault === 'throw') throw new Error('injected fault')
  if (fault === 'out-of-memory') {
    const hoard: number[][] = []
    for (;;) hoard.push(new Array(100_000).fill(hoard.length))
  }
}
