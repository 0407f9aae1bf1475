import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type IndexedWord, TOKEN_PATTERN, tokenize, WordReader } from '../../../src/core/text/tokenize.js'

const termsOf = (text: string) => tokenize(text).flatMap((token) => token.terms)

describe('tokenize', () => {
  it('gives "e-commerce", "ecommerce" and "e commerce" a term in common', () => {
    const joined = termsOf('ecommerce')
    expect(termsOf('e-commerce')).toEqual(expect.arrayContaining(joined))
    expect(termsOf('e commerce')).toEqual(expect.arrayContaining(['commerc']))
    expect(termsOf('cross-border')).toEqual(expect.arrayContaining(termsOf('crossborder')))
  })

  it('reads "U.S.", "US", "USA" and "the us" as the country, but "us" alone as a pronoun', () => {
    for (const text of ['the U.S. bans', 'US officials', 'USA', 'what does the us do']) {
      expect(termsOf(text), text).toContain('usa')
    }
    expect(termsOf('tell us more')).not.toContain('usa')
  })

  it('keeps numbers whole, without thousands separators', () => {
    expect(termsOf('45.5 trillion yuan, 1.05 billion, 74.4 percent')).toEqual(expect.arrayContaining(['45.5', '1.05', '74.4']))
    expect(termsOf('1,000 users')).toContain('1000')
    expect(termsOf('By 2021, the value')).toContain('2021')
  })

  it('reads "39.8%" as the figure and "percent", and "1.05bn" as the figure and "billion"', () => {
    expect(termsOf('39.8%')).toEqual(['39.8', 'percent'])
    expect(termsOf('1.05bn')).toEqual(['1.05', 'billion'])
    expect(termsOf('the 7th of November')).toContain('7')
  })

  it('stems words and drops stop words, but keeps codes with digits whole', () => {
    expect(termsOf('the users of the towers')).toEqual(['user', 'tower'])
    expect(termsOf('5G and COVID-19')).toEqual(['5g', 'covid19', 'covid', '19'])
  })

  it('reads contractions as stop words, typed with the apostrophe or without', () => {
    for (const word of ["can't", 'cant', 'don’t', 'dont', "you're", 'youre', "i'm", 'im', "haven't", "there's", 'theres', 'thats']) {
      expect(tokenize(word)[0]?.stop, word).toBe(true)
    }
    // "Wed" and "shed" are words.
    expect(tokenize('shed')[0]?.stop).toBe(false)
  })

  it('keeps apart words the stemmer would run into another meaning', () => {
    const termOf = (word: string) => tokenize(word)[0]?.terms[0]
    expect(termOf('communication')).not.toBe(termOf('community'))
    expect(termOf('internal')).not.toBe(termOf('international'))
    expect(termOf('general')).not.toBe(termOf('generation'))
    expect(termOf('news')).not.toBe(termOf('new'))
    expect(termOf('publication')).not.toBe(termOf('public'))
    expect(termOf('shared')).not.toBe(termOf('share'))
    expect(termOf('namely')).not.toBe(termOf('name'))
    expect(termOf('commentator')).not.toBe(termOf('commented'))
    expect(termOf('commentators')).toBe(termOf('commentator'))
    expect(termOf('accountability')).not.toBe(termOf('accounting'))
    expect(termOf('issues')).not.toBe(termOf('issued'))
    expect(termOf('criticism')).not.toBe(termOf('critical'))
    expect(termOf('response')).not.toBe(termOf('responsibility'))
    expect(termOf('measured')).not.toBe(termOf('measures'))
    expect(termOf('communications')).toBe(termOf('communication'))
  })

  it('reports where each word is, as the pattern matched it', () => {
    const matchedSpans = (text: string) => [...text.matchAll(TOKEN_PATTERN)].map((match) => [match.index, match.index + match[0].length])
    const spans = (text: string) => tokenize(text).map((token) => [token.start, token.end])
    for (const text of [
      'the U.S.A. and U.S. e-commerce, 1,000.5 users — 45.5% of 45.5 and 5.5.5 ...5 ab-ab ab',
      "China's co-op: 'Сommunity' é e\u0301 5G... 2021,2022 a.b.c.d x'y 4.5bn",
    ]) {
      expect(spans(text), text).toEqual(matchedSpans(text))
    }
    // Any mix of words, figures, abbreviations, apostrophes, hyphens, look-alike letters and marks.
    const pieces = ['the', 'Users', 'U.S.', 'US', 'e-commerce', "China's", 'don’t', '5G', 'COVID-19', '45.5', '1,000', '39.8%', '1.05bn']
    pieces.push(' ', ', ', '. ', '...', '-', "'", '’', '—', '\n', 'Сommunity', 'é', 'e\u0301', '\u200b', '🤔', 'ما', '2021,2022')
    const texts = fc
      .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 16 })
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(texts, (text) => {
        expect(spans(text)).toEqual(matchedSpans(text))
      }),
      { numRuns: 2_000 },
    )
  })

  it('reports offsets into the original text, so quotes can be highlighted', () => {
    const text = 'Jointly Build a “Сommunity”'
    const community = tokenize(text).find((token) => token.word === 'community')
    expect(community && text.slice(community.start, community.end)).toBe('Сommunity')
  })
})

describe('numbers written as words', () => {
  it('are the figures they name, so "chapter two" is "chapter 2"', () => {
    const [two] = tokenize('two')
    expect(two).toMatchObject({ terms: ['2'], number: true })
    expect(tokenize('forty')[0]).toMatchObject({ terms: ['40'], number: true })
  })

  it('leave "one" alone, which is as often a pronoun as a count', () => {
    expect(tokenize('one')[0]?.number).toBe(false)
  })
})

describe('WordReader', () => {
  const read = (reader: WordReader, text: string) => {
    const words: IndexedWord[] = []
    reader.scan(text, (word) => words.push(word))
    return words
  }

  it('reads words as tokenize does, each spelling once', () => {
    const reader = new WordReader()
    const text = 'Users of the US internet: users, 5G users.'
    const words = read(reader, text)
    expect(words.map(({ word, terms, stop, number, capitalised }) => ({ word, terms, stop, number, capitalised }))).toEqual(
      tokenize(text).map(({ word, terms, stop, number, capitalised }) => ({ word, terms, stop, number, capitalised })),
    )
    // "users" twice is one analysis; "Users" is its own spelling, with the same term.
    expect(words[5]).toBe(words[7])
    expect(words[0]).not.toBe(words[5])
    expect(words[0]!.terms[0]).toBe(words[5]!.terms[0])
  })

  it('numbers the spellings of each corpus from zero, apart from any other reader', () => {
    const first = new WordReader()
    read(first, 'one corpus with its own words')
    const second = new WordReader()
    expect(read(second, 'another corpus').map((word) => word.id)).toEqual([0, 1])
    expect(read(first, 'corpus words new').map((word) => word.id)).toEqual([1, 5, 6])
  })
})
