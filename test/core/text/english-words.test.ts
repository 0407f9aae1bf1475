import { describe, expect, it } from 'vitest'
import { englishWord } from '../../../src/core/text/english-words.js'

describe('englishWord', () => {
  it('rates everyday words low and rare words high', () => {
    expect(englishWord('job').rarity).toBeLessThan(englishWord('forecast').rarity)
  })

  it('takes words subtitles capitalise, and words no list has, for names', () => {
    expect(englishWord('india')).toMatchObject({ name: true, listed: true })
    expect(englishWord('huawei')).toMatchObject({ name: true, listed: false })
  })

  it('takes a word only the dictionary has for a rare word, not a name', () => {
    expect(englishWord('telecom')).toEqual({ rarity: 1, name: false, listed: true })
  })

  it('reads a slip of the keys as the everyday word it is one letter from', () => {
    for (const typo of ['usefull', 'usefl', 'ueseful', 'uzeful']) {
      expect(englishWord(typo)).toEqual({ ...englishWord('useful'), listed: false })
    }
  })

  it('does not read short unknown words as typos: too many words are a letter away', () => {
    expect(englishWord('zte')).toMatchObject({ name: true, listed: false })
  })
})
