import { describe, expect, it } from 'vitest'
import { describeFigures } from '../../../src/core/stats/describe-figure.js'
import { findFigures } from '../../../src/core/stats/find-figures.js'

const describeAll = (sentence: string) => describeFigures(sentence, findFigures(sentence))

describe('describeFigures: what each figure of the article measures, and when', () => {
  it.each([
    [
      "By 2021, the value of China's digital economy had reached 45.5 trillion yuan, accounting for 39.8 percent of its GDP, said the white paper.",
      [
        { label: "value of China's digital economy", period: '2021' },
        { label: "value of China's digital economy as a share of GDP", period: '2021' },
      ],
    ],
    [
      'By June 2022, there were 1.05 billion internet users in China, and the internet penetration rate had reached 74.4 percent, read the white paper.',
      [
        { label: 'internet users in China', period: 'June 2022' },
        { label: 'internet penetration rate', period: 'June 2022' },
      ],
    ],
    [
      "The country hosts the world's largest 5G network and becomes one of the global leaders in 5G standards and technology, with 1.85 million 5G cell towers and 455 million 5G cell phone subscribers.",
      [
        { label: '5G cell towers', period: null },
        { label: '5G cell phone subscribers', period: null },
      ],
    ],
    [
      "In 2021, China's online retail sales of consumer goods stood at 10.8 trillion yuan, up 12 percent year-on-year, said the white paper.",
      [
        { label: "China's online retail sales of consumer goods", period: '2021' },
        { label: "year-on-year growth of China's online retail sales of consumer goods", period: '2021' },
      ],
    ],
    [
      "The turnover in China's cross-border e-commerce reached 1.92 trillion yuan, up 18.6 percent year-on-year.",
      [
        { label: "turnover in China's cross-border e-commerce", period: null },
        { label: "year-on-year growth of turnover in China's cross-border e-commerce", period: null },
      ],
    ],
    [
      'For example, since recently, operators of critical information infrastructure or processing personal information of more than 1 million users have been required to undergo such checks.',
      [{ label: 'processing personal information of users', period: null }],
    ],
  ])('%s', (sentence, expected) => {
    expect(describeAll(sentence)).toEqual(expected)
  })

  it('takes the period nearest before the figure, else after it', () => {
    expect(describeAll('Sales were 5 million units in the first half of 2023.')).toEqual([{ label: 'Sales', period: 'first half of 2023' }])
  })
})
