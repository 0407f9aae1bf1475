import { Agent, get } from 'node:http'

/** /healthz latency while the bot is loaded: what a balancer's health check, or a new peer, would see. */
export interface ProbeSummary {
  samples: number
  /** Probes that got no answer within 10 s. */
  failed: number
  p50: number
  p99: number
  max: number
}

/**
 * Every `everyMs`, asks GET /healthz, timing to the first byte of the answer:
 * on a new TCP connection each time (from the start of the connect), or on
 * one kept-alive connection, as a balancer's check would. A held event loop
 * shows here first: the bot accepts and answers nothing while it is busy.
 */
export function probeHealth(port: number, connection: 'new' | 'kept-alive', everyMs = 100): { stop(): Promise<ProbeSummary> } {
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
  return {
    async stop() {
      clearInterval(timer)
      await Promise.all(pending)
      if (agent) agent.destroy()
      latencies.sort((a, b) => a - b)
      const at = (share: number) => latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))] ?? 0
      return { samples: latencies.length, failed, p50: at(0.5), p99: at(0.99), max: latencies.at(-1) ?? 0 }
    },
  }
}
