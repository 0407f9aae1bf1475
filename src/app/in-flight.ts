/** Counts requests being answered, so a shutdown can let them finish. */
export class InFlight {
  private count = 0
  private idle: Array<() => void> = []

  get size(): number {
    return this.count
  }

  async track<T>(work: Promise<T>): Promise<T> {
    this.count += 1
    try {
      return await work
    } finally {
      this.count -= 1
      if (this.count === 0) for (const resolve of this.idle.splice(0)) resolve()
    }
  }

  /** Resolves true once nothing is in flight, or false after `timeoutMs`. */
  async drain(timeoutMs: number): Promise<boolean> {
    if (this.count === 0) return true
    let timer: NodeJS.Timeout | undefined
    const timedOut = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs)
    })
    const done = new Promise<true>((resolve) => this.idle.push(() => resolve(true)))
    const result = await Promise.race([done, timedOut])
    clearTimeout(timer)
    return result
  }
}
