import { monitorEventLoopDelay } from 'node:perf_hooks'

/** How long callbacks waited for the event loop, in milliseconds, since start. */
export interface EventLoopDelay {
  p50Ms: number
  p99Ms: number
  maxMs: number
}

/**
 * Samples how late the event loop runs (Node's own histogram, every 10 ms), so
 * the log says when work held it: while it is held, new connections, /healthz
 * and heartbeats all wait. Reported at stop, and read by `npm run bench:load`.
 */
export function watchEventLoopDelay(): { read(): EventLoopDelay } {
  const histogram = monitorEventLoopDelay({ resolution: 10 })
  histogram.enable()
  const ms = (nanoseconds: number) => Math.round(nanoseconds / 1e4) / 100
  return {
    read: () => ({ p50Ms: ms(histogram.percentile(50)), p99Ms: ms(histogram.percentile(99)), maxMs: ms(histogram.max) }),
  }
}
