import { describe, expect, it } from 'vitest'
import { createRetriever } from '../../../src/core/retriever.js'
import { findFigures } from '../../../src/core/stats/find-figures.js'
import { tokenize } from '../../../src/core/text/tokenize.js'
import { makeDocument } from '../../helpers/documents.js'

const ledger = makeDocument('ledger', [
  'Exports of fish fell to 3.2 million tonnes in December 2021.',
  'The value of tuna exports reached 410 million US dollars.',
  'Its shipyards sold boats worth 95 million yuan.',
])
const retriever = createRetriever([ledger])
const first = (question: string) => retriever.ask(question).answers[0]?.quote

describe('months', () => {
  it('are met however they are abbreviated', () => {
    expect(first('fish exports dec 2021')).toBe('Exports of fish fell to 3.2 million tonnes in December 2021.')
    expect(tokenize('Dec')[0]?.terms).toEqual(tokenize('December')[0]?.terms)
  })

  it('are met when abbreviated within a word', () => {
    expect(first('fish exports by end-dec 2021')).toBe('Exports of fish fell to 3.2 million tonnes in December 2021.')
  })

  it('are not read into words that abbreviate them by chance', () => {
    expect(tokenize('mar')[0]?.terms).not.toEqual(tokenize('March')[0]?.terms)
  })
})

describe('currencies', () => {
  it('are met however they are written: a code, a sign, a name', () => {
    expect(first('tuna exports value in usd')).toBe('The value of tuna exports reached 410 million US dollars.')
    expect(first('boat sales in rmb')).toBe('Its shipyards sold boats worth 95 million yuan.')
    expect(findFigures('It cost US$5 million.')[0]?.unit).toBe('US dollars')
  })

  it('convert a sum asked for by its figure, whose size is no topic of the conversion', () => {
    const conversions = makeDocument('conversions', [
      'Our conversion: 95 million yuan comes to about 13 million dollars.',
      'Rates are the yearly average.',
      'Boats are counted when sold.',
      'Grain is weighed at the quay.',
      'Pilots guide ships into the basin.',
    ])
    expect(createRetriever([conversions]).ask('95m yuan in dollars?').answers[0]?.quote).toBe(
      'Our conversion: 95 million yuan comes to about 13 million dollars.',
    )
  })

  it('do not answer for one another, whichever one is asked', () => {
    expect(first('tuna exports value in euros')).toBeUndefined()
    expect(first('boat sales in roubles')).toBeUndefined()
    expect(first('how much were boat sales worth in dollars')).toBeUndefined()
  })
})
