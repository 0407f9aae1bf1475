import { describe, expect, it } from 'vitest'
import { findFigures } from '../../../src/core/stats/find-figures.js'

const found = (sentence: string) =>
  findFigures(sentence).map(({ value, number, numberMax, unit, growth, money, percent }) => ({
    value,
    number,
    ...(numberMax === undefined ? {} : { numberMax }),
    unit,
    growth,
    money,
    percent,
  }))

describe('findFigures: every figure of the article', () => {
  it('the digital economy: an amount in yuan and a share of GDP', () => {
    expect(
      found(
        "By 2021, the value of China's digital economy had reached 45.5 trillion yuan, accounting for 39.8 percent of its GDP, said the white paper.",
      ),
    ).toEqual([
      { value: '45.5 trillion', number: 45.5e12, unit: 'yuan', growth: false, money: true, percent: false },
      { value: '39.8 percent', number: 39.8, unit: 'percent', growth: false, money: false, percent: true },
    ])
  })

  it('internet users and the penetration rate', () => {
    expect(
      found(
        'By June 2022, there were 1.05 billion internet users in China, and the internet penetration rate had reached 74.4 percent, read the white paper.',
      ),
    ).toEqual([
      { value: '1.05 billion', number: 1.05e9, unit: 'internet users', growth: false, money: false, percent: false },
      { value: '74.4 percent', number: 74.4, unit: 'percent', growth: false, money: false, percent: true },
    ])
  })

  it('5G towers and subscribers, but not the "5G" in "5G network"', () => {
    expect(
      found(
        "The country hosts the world's largest 5G network and becomes one of the global leaders in 5G standards and technology, with 1.85 million 5G cell towers and 455 million 5G cell phone subscribers.",
      ),
    ).toEqual([
      { value: '1.85 million', number: 1.85e6, unit: '5G cell towers', growth: false, money: false, percent: false },
      { value: '455 million', number: 455e6, unit: '5G cell phone subscribers', growth: false, money: false, percent: false },
    ])
  })

  it('online retail sales and their year-on-year growth', () => {
    expect(
      found(
        "In 2021, China's online retail sales of consumer goods stood at 10.8 trillion yuan, up 12 percent year-on-year, said the white paper.",
      ),
    ).toEqual([
      { value: '10.8 trillion', number: 10.8e12, unit: 'yuan', growth: false, money: true, percent: false },
      { value: '12 percent', number: 12, unit: 'percent', growth: true, money: false, percent: true },
    ])
  })

  it('cross-border e-commerce turnover and its growth', () => {
    expect(found("The turnover in China's cross-border e-commerce reached 1.92 trillion yuan, up 18.6 percent year-on-year.")).toEqual([
      { value: '1.92 trillion', number: 1.92e12, unit: 'yuan', growth: false, money: true, percent: false },
      { value: '18.6 percent', number: 18.6, unit: 'percent', growth: true, money: false, percent: true },
    ])
  })

  it('a threshold with "more than"', () => {
    expect(
      found('operators processing personal information of more than 1 million users have been required to undergo such checks.'),
    ).toEqual([{ value: 'more than 1 million', number: 1e6, unit: 'users', growth: false, money: false, percent: false }])
  })
})

describe('findFigures: what is not a figure', () => {
  it.each([
    ['a year', 'In 2021, the white paper said nothing new.'],
    ['a date', "China's State Council Information Office on Monday, November 7, issued a white paper."],
    ['a date written day first', 'It was issued on 7 November.'],
    ['a code', 'Since the global outbreak of COVID-19, 5G and 4G networks helped.'],
    ['an ordinal', 'It was the 4th quarter.'],
    ['a time', 'The briefing began at 10:30 in Beijing.'],
    ['page chrome', 'Photo: 07.11.2022 184'],
    ['a bare number', 'See chapter 3.'],
  ])('%s', (_kind, sentence) => {
    expect(findFigures(sentence)).toEqual([])
  })
})

describe('findFigures: tricky forms', () => {
  it('reads "%" and "percent" alike, and "per cent"', () => {
    expect(found('Sales rose 7% and costs fell 2 per cent.').map((f) => [f.value, f.number, f.unit, f.growth])).toEqual([
      ['7%', 7, 'percent', true],
      ['2 per cent', 2, 'percent', true],
    ])
  })

  it('reads ranges, keeping both ends', () => {
    expect(found('Exports grew 10–12 percent, to between 5 and 7 million units.')).toMatchObject([
      { value: '10–12 percent', number: 10, numberMax: 12, growth: true },
      { value: 'between 5 and 7 million', number: 5e6, numberMax: 7e6, unit: 'units' },
    ])
  })

  it('reads thousands separators and glued magnitudes', () => {
    expect(found('It has 1,250,000 subscribers and US$3.5bn in revenue, about 455m yuan.')).toMatchObject([
      { value: '1,250,000', number: 1_250_000, unit: 'subscribers' },
      { value: 'US$3.5bn', number: 3.5e9, unit: 'US dollars', money: true },
      { value: 'about 455m', number: 455e6, unit: 'yuan', money: true },
    ])
  })

  it('reads growth whether "year-on-year" is hyphenated or not', () => {
    expect(found('Turnover was 3 trillion yuan, 9.5 percent year on year.')[1]).toMatchObject({ value: '9.5 percent', growth: true })
    expect(found('Turnover was 3 trillion yuan, 9.5 percent y/y.')[1]).toMatchObject({ growth: true })
    expect(found('The share was 9.5 percent of the total.')[0]).toMatchObject({ growth: false })
  })
})

describe('figures written as words', () => {
  it('are figures of what follows them, as the index reads them', () => {
    expect(findFigures('The paper is divided into a preface, four chapters and a conclusion.')).toMatchObject([
      { value: 'four', number: 4, unit: 'chapters', percent: false, money: false },
    ])
    expect(findFigures('Once granted, an approval is valid for two years.')[0]).toMatchObject({ number: 2, unit: 'years' })
  })

  it('leave "one" and words that only contain a number word alone', () => {
    expect(findFigures('One of the variations is often quoted.')).toEqual([])
    expect(findFigures('Someone wrote twofold and often.')).toEqual([])
  })
})

describe('findFigures: a share written as a ratio', () => {
  it('reads "three in every four" and "1 out of 5" as percentages, the whole not counted apart', () => {
    expect(found('Roughly three in every four residents are online, and 1 out of 5 shops has closed.')).toEqual([
      { value: 'Roughly three in every four', number: 75, unit: 'percent', growth: false, money: false, percent: true },
      { value: '1 out of 5', number: 20, unit: 'percent', growth: false, money: false, percent: true },
    ])
  })

  it('leaves "in" alone when it does not join a part to its whole', () => {
    expect(found('Some 40 in total were built, and 3 in 2 of the towns.').map(({ percent }) => percent)).not.toContain(true)
  })
})

describe('findFigures: a share written as a fraction', () => {
  it('reads "two-fifths" and "a third" as percentages, in order', () => {
    expect(found('Rents rose 4 percent, to just under two-fifths of income, and about a third of tenants moved.')).toEqual([
      { value: '4 percent', number: 4, unit: 'percent', growth: true, money: false, percent: true },
      { value: 'under two-fifths', number: 40, unit: 'percent', growth: false, money: false, percent: true },
      { value: 'about a third', number: 33.3, unit: 'percent', growth: false, money: false, percent: true },
    ])
  })

  it('leaves halves of a year and improper fractions alone', () => {
    expect(found('In the first half of 2022, four thirds of the quota was used.').map(({ percent }) => percent)).not.toContain(true)
  })
})
