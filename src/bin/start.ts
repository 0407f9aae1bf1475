#!/usr/bin/env node
import './require-supported-node.js'
import { runTerminalSession } from '../adapters/terminal/session.js'
import { outputWidth } from '../adapters/terminal/wrap-text.js'
import { watchEventLoopDelay } from '../app/event-loop-delay.js'
import { createLiveRetriever } from '../app/live-retriever.js'
import { createLogger } from '../app/log.js'
import { openRetriever, warmUp } from '../app/open-retriever.js'
import { recordingWhenOpen } from '../app/recording-when-open.js'
import { runPlatforms } from '../app/run-platforms.js'
import { loadSettings, readEnvFile } from '../app/settings.js'
import { startAnswerWorker } from '../app/start-answer-worker.js'
import { watchCorpus } from '../app/watch-corpus.js'
import { StoreError } from '../store/database.js'
import { type OpenStore, openStore } from '../store/open-store.js'
import { exitOnStartupError } from './exit-on-startup-error.js'

// `npm start`: every platform with credentials (Discord, Slack, or both); the terminal when there are none.
try {
  readEnvFile()
  const settings = loadSettings(process.env)
  const log = createLogger(process.stderr, { level: settings.logLevel })
  const chat = settings.discord !== undefined || settings.slack !== undefined

  if (chat) {
    // A bot indexes and answers in a worker thread, ready once warm: this thread stays free for connections.
    const answers = await startAnswerWorker(settings.corpusDir, log)
    const platforms = await runPlatforms(settings, answers, log)
    // Every platform answers from the corpus as it is now, as the README says.
    const watcher = watchCorpus(settings.corpusDir, answers, log)
    const eventLoop = watchEventLoopDelay()
    let stopping = false
    const stop = async (signal: string) => {
      if (stopping) return
      stopping = true
      log.info('stopping', { signal })
      watcher.close()
      await platforms.stop()
      // The request store was closed by platforms.stop(), after the drain, so what the last requests wrote is in it.
      await answers.close()
      log.info('stopped', { eventLoopDelay: eventLoop.read() })
      process.exit(0)
    }
    process.once('SIGINT', () => void stop('SIGINT'))
    process.once('SIGTERM', () => void stop('SIGTERM'))
    // One request's failure must never end the process; it is logged where it happens, and here as a last resort.
    process.on('unhandledRejection', (reason) => log.error('unhandled rejection', reason))
  } else {
    // The terminal shows its prompt first; what the first answer needs loads while it is typed (below).
    const retriever = createLiveRetriever(await openRetriever(settings.corpusDir, { warm: false }))
    // So does the request store (creating ./data takes about 2 s): what is answered before it is open waits for it.
    const recording = settings.recording
      ? recordingWhenOpen(openRequestStore(), { note: (line) => process.stderr.write(`${line}\n`) })
      : undefined
    const watcher = watchCorpus(settings.corpusDir, retriever, log)
    process.stderr.write(
      'No chat credentials set: running in the terminal. To connect Discord or Slack, set DISCORD_TOKEN or SLACK_BOT_TOKEN (see the README).\n',
    )
    // What the first answer needs loads while the first question is typed.
    setImmediate(() => warmUp(retriever))
    await runTerminalSession({
      input: process.stdin,
      output: process.stdout,
      errors: process.stderr,
      context: { retriever, ...(recording ? { readUsage: recording.readUsage } : {}) },
      ...(recording ? { onFinished: recording.onFinished } : {}),
      interactive: process.stdin.isTTY === true,
      color: process.stdout.isTTY === true,
      width: () => outputWidth(process.stdout),
    })
    watcher.close()
    // Piped questions may all be answered before the store is open: they are written before the exit.
    await recording?.close()
  }

  /**
   * The request store, opened while the session runs. For the terminal, a store the running bot
   * holds (the embedded one serves one process) is no reason to refuse questions: they go
   * unrecorded, said once. Any other failure (a schema newer than this program) stops the
   * session with its one line, as it would have before the prompt.
   */
  async function openRequestStore(): Promise<OpenStore | undefined> {
    try {
      return await openStore(settings.store, log)
    } catch (error) {
      if (!(error instanceof StoreError) || error.code !== 'STORE_IN_USE') exitOnStartupError(error)
      process.stderr.write(`Not recording this session's questions: ${error.message}\n`)
      return undefined
    }
  }
} catch (error) {
  exitOnStartupError(error)
}
