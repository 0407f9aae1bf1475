import type { Retriever } from '../src/core/retriever.js'

export interface Figures {
  passages: number
  /** The first build in the process: JIT and word caches cold, as at start-up. */
  firstBuildMs: number
  /** Median, fastest and slowest of the builds after the first. */
  buildMs: number
  buildMinMs: number
  buildMaxMs: number
  p50Ms: number
  p99Ms: number
  maxMs: number
  questions: number
  heapMiB: number
  /** Reading every figure of the corpus, done once at start after the build. */
  statisticsMs: number
  statistics: number
}

const gc = (globalThis as { gc?: () => void }).gc

/** Heap in use after a full collection, when node runs with --expose-gc. */
function heapUsedMiB(): number {
  gc?.()
  return process.memoryUsage().heapUsed / 1024 / 1024
}

/**
 * Builds the retriever `builds` times (this machine is shared and noisy: the
 * median says more than one run), then asks every question `rounds` times
 * after one warm-up round, timing each ask on its own.
 */
export function measure(build: () => Retriever, questions: readonly string[], passages: number, { builds = 5, rounds = 10 } = {}): Figures {
  const buildTimes: number[] = []
  let retriever: Retriever | undefined
  let heapMiB = 0
  for (let i = 0; i < builds; i++) {
    retriever = undefined
    const before = heapUsedMiB()
    const started = performance.now()
    retriever = build()
    buildTimes.push(performance.now() - started)
    heapMiB = heapUsedMiB() - before
  }
  if (!retriever) throw new Error('bench: builds must be at least 1')
  const statisticsStarted = performance.now()
  const statistics = retriever.statistics().statistics.length
  const statisticsMs = performance.now() - statisticsStarted
  const [firstBuildMs = 0, ...later] = buildTimes
  const warm = later.length > 0 ? later : [firstBuildMs]
  const buildMs = median(warm)
  for (const question of questions) retriever.ask(question)
  const times: number[] = []
  for (let round = 0; round < rounds; round++) {
    for (const question of questions) {
      const t = performance.now()
      retriever.ask(question)
      times.push(performance.now() - t)
    }
  }
  times.sort((a, b) => a - b)
  const at = (share: number) => times[Math.min(times.length - 1, Math.floor(share * times.length))] ?? 0
  return {
    passages,
    firstBuildMs,
    buildMs,
    buildMinMs: Math.min(...warm),
    buildMaxMs: Math.max(...warm),
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    maxMs: times.at(-1) ?? 0,
    questions: questions.length,
    heapMiB,
    statisticsMs,
    statistics,
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
