import { Agent, get } from 'node:http'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'

/** /healthz latency while the bot is loaded: what a balancer's health check, or a new peer, would see. */
export interface ProbeSummary {
  samples: number
  /** Probes that got no answer within 10 s. */
  failed: number
  p50: number
  p99: number
  max: number
}

interface ProbeSettings {
  port: number
  connection: 'new' | 'kept-alive'
  everyMs: number
}

/**
 * Every `everyMs`, asks GET /healthz, timing to the first byte of the answer:
 * on a new TCP connection each time (from the start of the connect), or on
 * one kept-alive connection, as a balancer's check would. A held event loop
 * shows here first: the bot accepts and answers nothing while it is busy.
 * The probe runs in a thread of its own: in this thread it would share an
 * event loop with the load generator and the fakes, and time their stalls too.
 */
export function probeHealth(port: number, connection: 'new' | 'kept-alive', everyMs = 100): { stop(): Promise<ProbeSummary> } {
  // The benchmark runs through tsx, whose loader a worker does not inherit: it registers it first.
  const entry = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}) })`
  const worker = new Worker(entry, { eval: true, workerData: { probe: { port, connection, everyMs } satisfies ProbeSettings } })
  const summary = new Promise<ProbeSummary>((resolve, reject) => {
    worker.once('message', resolve)
    worker.once('error', reject)
  })
  return {
    async stop() {
      worker.postMessage('stop')
      const result = await summary
      await worker.terminate()
      return result
    },
  }
}

/** The probe's loop, in its thread: it answers 'stop' with the summary. */
function probeInThisThread({ port, connection, everyMs }: ProbeSettings): void {
  const agent = connection === 'new' ? false : new Agent({ keepAlive: true, maxSockets: 1 })
  const latencies: number[] = []
  let failed = 0
  const pending = new Set<Promise<void>>()
  const probe = () => {
    const started = performance.now()
    const done = new Promise<void>((resolve) => {
      const request = get({ host: '127.0.0.1', port, path: '/healthz', agent, timeout: 10_000 }, (response) => {
        latencies.push(performance.now() - started)
        response.resume()
        response.on('end', resolve)
      })
      request.on('timeout', () => request.destroy(new Error('probe timed out')))
      request.on('error', () => {
        failed += 1
        resolve()
      })
    })
    pending.add(done)
    void done.then(() => pending.delete(done))
  }
  const timer = setInterval(probe, everyMs)
  parentPort?.once('message', async () => {
    clearInterval(timer)
    await Promise.all(pending)
    if (agent) agent.destroy()
    latencies.sort((a, b) => a - b)
    const at = (share: number) => latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))] ?? 0
    parentPort?.postMessage({
      samples: latencies.length,
      failed,
      p50: at(0.5),
      p99: at(0.99),
      max: latencies.at(-1) ?? 0,
    } satisfies ProbeSummary)
  })
}

if (!isMainThread && (workerData as { probe?: ProbeSettings } | undefined)?.probe)
  probeInThisThread((workerData as { probe: ProbeSettings }).probe)
