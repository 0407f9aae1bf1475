import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startHealthServer } from '../../src/app/health.js'
import { InFlight } from '../../src/app/in-flight.js'
import { createLiveRetriever } from '../../src/app/live-retriever.js'
import { createLogger } from '../../src/app/log.js'
import { openRetriever } from '../../src/app/open-retriever.js'
import { watchCorpus } from '../../src/app/watch-corpus.js'
import { SMALL_CORPUS_ID, SMALL_CORPUS_PASSAGES, smallCorpusFolder, writeSmallCorpus } from '../helpers/small-corpus.js'
import { captureStream } from '../helpers/streams.js'

describe('InFlight', () => {
  it('waits for requests in flight, and gives up after its timeout', async () => {
    const inFlight = new InFlight()
    let finish!: () => void
    void inFlight.track(new Promise<void>((resolve) => (finish = resolve)))
    expect(inFlight.size).toBe(1)
    expect(await inFlight.drain(20)).toBe(false)
    const drained = inFlight.drain(1000)
    finish()
    expect(await drained).toBe(true)
    expect(inFlight.size).toBe(0)
  })
})

describe('corpus changes while running', () => {
  let directory: string | undefined
  afterEach(async () => {
    if (directory) await rm(directory, { recursive: true, force: true })
  })

  it('re-indexes a changed document, and keeps the old index when the new one is invalid', async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'live-corpus-'))
    await writeSmallCorpus(directory)
    const logs = captureStream()
    const live = createLiveRetriever(await openRetriever(directory))
    const watcher = watchCorpus(directory, live, createLogger(logs), 50)
    try {
      expect(live.ask('what does the paper say about quantum computing').status).toBe('no-answer')
      const file = path.join(directory, `${SMALL_CORPUS_ID}.md`)
      const original = await readFile(file, 'utf8')

      const reloaded = watcher.nextReload()
      await writeFile(file, `${original}\nLanwick will build quantum computing centres for the harbour.\n`)
      expect(await reloaded).toBe('reloaded')
      expect(live.ask('what does the paper say about quantum computing').answers[0]?.quote).toContain('quantum computing centres')

      const kept = watcher.nextReload()
      await writeFile(file, original.replace('published: 2023-03-14', 'published: last monday'))
      expect(await kept).toBe('kept')
      expect(logs.text()).toContain('corpus reload failed; still answering from the previous version')
      expect(logs.text()).toMatch(/"problems":"[^"]*harbour-review\.md:5: \\"published\\" must be an ISO date \(YYYY-MM-DD\)"/)
      expect(live.ask('quantum computing centres').status).toBe('answered')
    } finally {
      watcher.close()
    }
  })
})

describe('the health check', () => {
  it('answers GET /healthz with the corpus size, on 127.0.0.1', async () => {
    const folder = await smallCorpusFolder()
    const server = await startHealthServer(0, '127.0.0.1', await openRetriever(folder.directory))
    try {
      const { port } = server.address() as { port: number }
      const response = await fetch(`http://127.0.0.1:${port}/healthz`)
      expect(response.status).toBe(200)
      expect(await response.json()).toMatchObject({ status: 'ok', documents: 1, passages: SMALL_CORPUS_PASSAGES.length })
      expect((await fetch(`http://127.0.0.1:${port}/other`)).status).toBe(404)
    } finally {
      await new Promise((resolve) => server.close(resolve))
      await folder.remove()
    }
  })
})
