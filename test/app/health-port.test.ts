import { createServer } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { PortInUseError } from '../../src/app/health.js'
import { createLiveRetriever } from '../../src/app/live-retriever.js'
import { createLogger } from '../../src/app/log.js'
import { type RunningPlatforms, runPlatforms } from '../../src/app/run-platforms.js'
import { loadSettings } from '../../src/app/settings.js'
import { startupErrorMessage } from '../../src/bin/exit-on-startup-error.js'
import { openSmallCorpus } from '../helpers/small-corpus.js'
import { captureStream } from '../helpers/streams.js'

let running: RunningPlatforms | undefined
afterEach(async () => {
  await running?.stop()
  running = undefined
})

describe('the HEALTH_PORT server', () => {
  it('listens on HOST when no Slack server is running (Discord-only, Socket Mode)', async () => {
    const logs = captureStream()
    const settings = loadSettings({ HEALTH_PORT: '0', HOST: '127.0.0.1' })
    expect(settings.host).toBe('127.0.0.1')
    running = await runPlatforms(settings, createLiveRetriever(await openSmallCorpus()), createLogger(logs))
    const ready = logs
      .text()
      .split('\n')
      .find((line) => line.includes('health check ready'))
    expect(JSON.parse(ready!).address).toMatchObject({ address: '127.0.0.1' })
  })

  it('names HEALTH_PORT, not PORT, when its port is taken', async () => {
    const taken = createServer()
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve))
    const { port } = taken.address() as { port: number }
    try {
      const settings = loadSettings({ HEALTH_PORT: String(port), HOST: '127.0.0.1' })
      const started = runPlatforms(settings, createLiveRetriever(await openSmallCorpus()), createLogger(captureStream()))
      const error = await started.then(
        () => undefined,
        (failure: unknown) => failure,
      )
      expect(error).toBeInstanceOf(PortInUseError)
      expect(startupErrorMessage(error)).toBe(`Port ${port} is in use (HEALTH_PORT). Set HEALTH_PORT to a free port.`)
    } finally {
      await new Promise((resolve) => taken.close(resolve))
    }
  })
})
