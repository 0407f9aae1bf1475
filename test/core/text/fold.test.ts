import { describe, expect, it } from 'vitest'
import { fold } from '../../../src/core/text/fold.js'

describe('fold', () => {
  it('reads a Cyrillic look-alike inside a Latin word as the Latin letter', () => {
    expect(fold('Сommunity')).toBe('community')
    expect('Сommunity'.codePointAt(0)).toBe(0x421)
  })

  it('leaves words written wholly in another script alone', () => {
    expect(fold('Россия')).toBe('россия')
  })

  it('folds full-width forms, accents, case, curly apostrophes and Unicode hyphens', () => {
    expect(fold('５Ｇ')).toBe('5g')
    expect(fold('Beliäeva')).toBe('beliaeva')
    expect(fold('China’s')).toBe("china's")
    expect(fold('e‑commerce')).toBe('e-commerce')
  })
})
