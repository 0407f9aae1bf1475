import { parentPort, workerData } from 'node:worker_threads'
import { findCommand } from '../../commands/index.js'
import { CorpusError } from '../corpus/corpus-error.js'
import { openRetriever } from './open-retriever.js'

// The worker thread behind `startAnswerWorker`: it indexes the corpus and answers from it, so
// neither the index build (over a second for a long document) nor answering holds the main thread.

export type WorkerCall =
  | { id: number; op: 'run'; name: string; input: Record<string, string | boolean | undefined> }
  | { id: number; op: 'ask' | 'statistics' | 'completeWord'; argument: string | undefined }

export type WorkerMessage =
  | { type: 'ready'; documents: unknown; topics: unknown }
  | { type: 'failed'; message: string; problems?: CorpusError['problems'] }
  | { type: 'result'; id: number; value: unknown }
  | { type: 'error'; id: number; message: string }

const port = parentPort
if (port) {
  const { corpusDir } = workerData as { corpusDir: string }
  try {
    const retriever = await openRetriever(corpusDir)
    port.postMessage({ type: 'ready', documents: retriever.documents, topics: retriever.topics } satisfies WorkerMessage)
    port.on('message', (call: WorkerCall) => {
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
