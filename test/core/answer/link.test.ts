import { describe, expect, it } from 'vitest'
import { linkToQuote } from '../../../src/core/answer/link.js'

describe('linkToQuote', () => {
  const url = 'https://example.org/news/article'

  it('addresses a short quote whole in a text fragment', () => {
    expect(linkToQuote(url, 'The internet has turned the world')).toBe(`${url}#:~:text=The%20internet%20has%20turned%20the%20world`)
  })

  it('addresses a long quote by its first and last words', () => {
    const link = linkToQuote(
      url,
      'By June 2022, there were 1.05 billion internet users in China, and the internet penetration rate had reached 74.4 percent.',
    )
    expect(link).toBe(`${url}#:~:text=By%20June%202022%2C%20there%20were,rate%20had%20reached%2074.4%20percent.`)
  })

  it('escapes the characters that mean something inside a fragment', () => {
    const link = linkToQuote(url, 'cross-border e-commerce, up & away')
    expect(link).toContain('cross%2Dborder%20e%2Dcommerce%2C%20up%20%26%20away')
  })

  it('replaces an existing fragment and folds odd white space', () => {
    expect(linkToQuote(`${url}#top`, 'November 7,\u00a0 issued')).toBe(`${url}#:~:text=November%207%2C%20issued`)
  })
})
