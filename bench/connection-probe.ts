import { get } from 'node:http'

/** New-connection latency while the bot is loaded: what a balancer's health check, or a new peer, would see. */
export interface ProbeSummary {
  samples: number
  /** Probes that got no answer within 10 s. */
  failed: number
  p50: number
  p99: number
  max: number
}

/**
 * Every `everyMs`, opens a new TCP connection to the bot and asks GET /healthz
 * on it, timing from the start of the connect to the first byte of the answer.
 * A held event loop shows here first: the bot accepts nothing while it is busy.
 */
export function probeNewConnections(port: number, everyMs = 100): { stop(): Promise<ProbeSummary> } {
  const latencies: number[] = []
  let failed = 0
  const pending = new Set<Promise<void>>()
  const probe = () => {
    const started = performance.now()
    const done = new Promise<void>((resolve) => {
      const request = get({ host: '127.0.0.1', port, path: '/healthz', agent: false, timeout: 10_000 }, (response) => {
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
      latencies.sort((a, b) => a - b)
      const at = (share: number) => latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))] ?? 0
      return { samples: latencies.length, failed, p50: at(0.5), p99: at(0.99), max: latencies.at(-1) ?? 0 }
    },
  }
}
