import { afterEach, describe, expect, it } from 'vitest'
import { createLogger } from '../../src/app/log.js'
import { type AnswerWorker, AnswerWorkerCrashedError, startAnswerWorker } from '../../src/app/start-answer-worker.js'
import { captureStream } from '../helpers/streams.js'
import { waitUntil } from '../helpers/wait-until.js'

// A real worker thread, made to fail through the test-only fault hook, as a bug or a memory leak would.
describe('a crashed answer worker', () => {
  let worker: AnswerWorker | undefined
  afterEach(async () => {
    await worker?.close()
    worker = undefined
  })

  for (const fault of ['throw', 'exit', 'out-of-memory'] as const) {
    it(`(${fault}) fails the calls in flight once each, is restarted, and answers the next question`, async () => {
      const logs = captureStream()
      worker = await startAnswerWorker('corpus', createLogger(logs), {
        faultInjection: true,
        restartDelayMs: 50,
        waitForRestartMs: 10_000,
        maxHeapMb: 256,
      })
      worker.injectFault(fault)
      // Three questions in flight when it dies: each is settled once, with the crash.
      const settled = await Promise.allSettled([worker.ask('internet users'), worker.ask('5g towers'), worker.ask('data centres')])
      expect(settled.map((result) => result.status)).toEqual(['rejected', 'rejected', 'rejected'])
      for (const result of settled) expect((result as PromiseRejectedResult).reason).toBeInstanceOf(AnswerWorkerCrashedError)
      // Asked at once after the crash, the next question waits for the new worker rather than failing.
      const next = await worker.ask('how many internet users does china have')
      expect(next.answers[0]?.quote).toContain('1.05 billion')
      expect(worker.restarts).toBe(1)
      expect(worker.answering).toBe(true)
      expect(logs.text()).toContain('answer worker stopped; restarting it')
      expect(logs.text()).toContain('answer worker restarted')
    })
  }

  it('while no worker is up it says so, and a question that outwaits the restart gets a crash error, not silence', async () => {
    worker = await startAnswerWorker('corpus', createLogger(captureStream()), {
      faultInjection: true,
      restartDelayMs: 2_000,
      waitForRestartMs: 100,
    })
    worker.injectFault('exit')
    await expect(worker.ask('internet users')).rejects.toBeInstanceOf(AnswerWorkerCrashedError)
    expect(worker.answering).toBe(false)
    await expect(worker.ask('internet users')).rejects.toThrow('the answer worker is restarting')
    await waitUntil(() => worker!.answering, 10_000)
    expect((await worker.ask('internet users')).status).toBe('answered')
  })

  it('crashes in a row are restarted later each time, logged with their count, and do not spin', async () => {
    const logs = captureStream()
    worker = await startAnswerWorker('corpus', createLogger(logs), { faultInjection: true, restartDelayMs: 100 })
    for (let crash = 1; crash <= 3; crash += 1) {
      worker.injectFault('exit')
      await expect(worker.ask('internet users')).rejects.toBeInstanceOf(AnswerWorkerCrashedError)
      await waitUntil(() => worker!.restarts === crash, 10_000)
    }
    const waits = logs
      .text()
      .split('\n')
      .filter((line) => line.includes('answer worker stopped'))
      .map((line) => JSON.parse(line) as { crashesInARow: number; restartInMs: number })
    expect(waits.map((line) => [line.crashesInARow, line.restartInMs])).toEqual([
      [1, 100],
      [2, 200],
      [3, 400],
    ])
    expect((await worker.ask('internet users')).status).toBe('answered')
  })

  it('a worker closed on purpose is not restarted', async () => {
    const logs = captureStream()
    const closing = await startAnswerWorker('corpus', createLogger(logs), { restartDelayMs: 10 })
    await closing.close()
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(logs.text()).not.toContain('answer worker stopped')
    expect(closing.restarts).toBe(0)
  })
})
