import { describe, expect, it } from 'vitest'
import { createUserHasher } from '../../src/store/user-hash.js'

describe('the user hash', () => {
  it('is the same for a user on every instance with the key, and after many other users', () => {
    const hashUser = createUserHasher('a shared key')
    const first = hashUser('slack', 'U0FIRST')
    // Enough others that any memory of the first must have let go of it.
    for (let user = 0; user < 50_000; user++) hashUser('slack', `U${user}`)
    expect(hashUser('slack', 'U0FIRST')).toBe(first)
    expect(createUserHasher('a shared key')('slack', 'U0FIRST')).toBe(first)
  })

  it('tells apart users, platforms and keys, and never holds the raw id', () => {
    const hashUser = createUserHasher('a shared key')
    const hash = hashUser('discord', '400000000000000001')
    expect(hash).toMatch(/^[0-9a-f]{32}$/)
    expect(hashUser('discord', '400000000000000002')).not.toBe(hash)
    expect(hashUser('slack', '400000000000000001')).not.toBe(hash)
    expect(createUserHasher('another key')('discord', '400000000000000001')).not.toBe(hash)
  })
})
