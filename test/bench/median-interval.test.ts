import { describe, expect, it } from 'vitest'
import { medianInterval } from '../../bench/median-interval.js'

describe('medianInterval', () => {
  it('gives the median of an odd and an even count', () => {
    expect(medianInterval([0.3, -0.1, 0.1]).median).toBe(0.1)
    expect(medianInterval([4, 1, 3, 2]).median).toBe(2.5)
  })

  it('gives no interval for too few rounds to be 95% sure of anything', () => {
    // With 5 values even the widest interval, smallest to largest, misses 2/32 = 6% of the time.
    expect(medianInterval([1, 2, 3, 4, 5])).toEqual({ median: 3 })
  })

  it('takes the second smallest and second largest of nine, which hold the median 96% of the time', () => {
    const interval = medianInterval([9, 1, 8, 2, 7, 3, 6, 4, 5])
    expect(interval).toMatchObject({ median: 5, low: 2, high: 8 })
    expect(interval.confidence).toBeCloseTo(1 - 2 * (10 / 512), 10)
  })

  it('narrows as the confidence asked falls', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9]
    expect(medianInterval(values, 0.8)).toMatchObject({ low: 3, high: 7 })
  })

  it('holds the true median about as often as it says, on values drawn around a known median', () => {
    // A fixed-seed generator, so the test is the same each run.
    let seed = 42
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
      return seed / 2 ** 31
    }
    let held = 0
    const trials = 4000
    for (let t = 0; t < trials; t++) {
      const values = Array.from({ length: 9 }, () => 0.1 + (random() - 0.5) * (random() < 0.2 ? 1 : 0.2))
      const { low, high } = medianInterval(values)
      if (low! <= 0.1 && 0.1 <= high!) held++
    }
    expect(held / trials).toBeGreaterThan(0.94)
    expect(held / trials).toBeLessThan(0.99)
  })

  it('refuses no values', () => {
    expect(() => medianInterval([])).toThrow(/no values/)
  })
})
