import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ask } from '../../commands/ask.js'
import { createLogger } from '../../src/app/log.js'
import { type AnswerWorker, startAnswerWorker } from '../../src/app/start-answer-worker.js'
import { watchCorpus } from '../../src/app/watch-corpus.js'
import { CorpusError } from '../../src/corpus/corpus-error.js'
import { SMALL_CORPUS_ID, SMALL_CORPUS_PASSAGES, writeSmallCorpus } from '../helpers/small-corpus.js'
import { captureStream } from '../helpers/streams.js'

// The index lives in a worker thread: these go through a real one.
describe('answers from a worker thread', () => {
  let directory: string | undefined
  let worker: AnswerWorker | undefined
  afterEach(async () => {
    await worker?.close()
    worker = undefined
    if (directory) await rm(directory, { recursive: true, force: true })
  })

  it('answers commands and completions from the corpus, and lists its documents here', async () => {
    worker = await startAnswerWorker('corpus', createLogger(captureStream()))
    const reply = await worker.run(ask, { question: 'how many internet users does china have' })
    expect(reply.kind).toBe('answers')
    expect(reply.kind === 'answers' && reply.answers[0]?.quote).toContain('1.05 billion')
    expect(await worker.completeWord('tow')).toBe('towers')
    expect((await worker.statistics('5G')).statistics.map((s) => s.label)).toContain('5G cell towers')
    expect(worker.documents.map((document) => document.id)).toContain('cyberspace-white-paper')
  })

  it('a broken corpus at start is a CorpusError naming the file and line, as in this thread', async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'worker-corpus-'))
    await writeSmallCorpus(directory)
    const file = path.join(directory, `${SMALL_CORPUS_ID}.md`)
    await writeFile(file, (await readFile(file, 'utf8')).replace('published: 2023-03-14', 'published: last monday'))
    const started = startAnswerWorker(directory, createLogger(captureStream()))
    await expect(started).rejects.toBeInstanceOf(CorpusError)
    await expect(started).rejects.toThrow(/harbour-review\.md:5: "published" must be an ISO date/)
  })

  it('re-indexes a changed corpus in a new worker, answering from the old one meanwhile; a broken one is not swapped in', async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'worker-corpus-'))
    await writeSmallCorpus(directory)
    const logs = captureStream()
    worker = await startAnswerWorker(directory, createLogger(logs))
    const watcher = watchCorpus(directory, worker, createLogger(logs), 50)
    try {
      expect((await worker.ask('what does the paper say about quantum computing')).status).toBe('no-answer')
      const file = path.join(directory, `${SMALL_CORPUS_ID}.md`)
      const original = await readFile(file, 'utf8')

      const reloaded = watcher.nextReload()
      await writeFile(file, `${original}\nLanwick will build quantum computing centres for the harbour.\n`)
      expect(await reloaded).toBe('reloaded')
      expect((await worker.ask('what does the paper say about quantum computing')).answers[0]?.quote).toContain('quantum computing centres')
      expect(worker.documents[0]?.passages.length).toBe(SMALL_CORPUS_PASSAGES.length + 1)

      const kept = watcher.nextReload()
      await writeFile(file, original.replace('published: 2023-03-14', 'published: last monday'))
      expect(await kept).toBe('kept')
      expect(logs.text()).toContain('corpus reload failed; still answering from the previous version')
      expect((await worker.ask('quantum computing centres')).status).toBe('answered')
    } finally {
      watcher.close()
    }
  })

  it('a reindex in progress does not hold questions: they are answered from the old index before it ends', async () => {
    worker = await startAnswerWorker('corpus', createLogger(captureStream()))
    let reindexed = false
    const reindexing = worker.reindex().then(() => (reindexed = true))
    const answer = await worker.ask('internet users')
    expect(answer.status).toBe('answered')
    expect(reindexed).toBe(false)
    await reindexing
  })
})
