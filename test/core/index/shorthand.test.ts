import { describe, expect, it } from 'vitest'
import { buildPassageIndex } from '../../../src/core/index/passage-index.js'
import { readConcepts } from '../../../src/core/query/concepts.js'
import { compileThesaurus } from '../../../src/core/query/thesaurus.js'
import { createRetriever } from '../../../src/core/retriever.js'
import { EMPTY_THESAURUS } from '../../../src/core/types.js'
import { makeDocument } from '../../helpers/documents.js'

// A note on a shipping register, which writes its terms out in full and never abbreviates them.
const register = makeDocument('ship-register', [
  'Owners must file the vessel history of every ship they buy.',
  'A vessel history lists past names, flags and owners.',
  'The government keeps the register open to the public.',
  'Registered ships pay an international tonnage levy of 2 percent.',
  'Government inspectors visit each port twice a year.',
  'Biometrics of crew members are not recorded.',
  'Owners may register ships in partnerships.',
  'Each province keeps a copy.',
])

describe('shorthand the corpus lacks, read from the words it writes', () => {
  const shorthand = buildPassageIndex([register]).shorthand

  it('reads initials as the lower-case phrase the corpus writes with them', () => {
    expect(shorthand.expansions('vh')).toEqual([['vessel', 'histori']])
  })

  it('reads a shortened word as the word it keeps the start and consonants of', () => {
    expect(shorthand.expansions('govt')).toEqual([['govern']])
    expect(shorthand.expansions('intl')).toEqual([['intern']])
    expect(shorthand.expansions('regis')).toEqual([['regist']])
  })

  it('reads nothing into shorthand that keeps too little of a word, or a vowel after its start', () => {
    // "btc" would be "biometrics" by its consonants, "prc" "province"; "gvmt" and "prc" keep too little of the start.
    expect(shorthand.expansions('btc')).toEqual([])
    expect(shorthand.expansions('prc')).toEqual([])
    expect(shorthand.expansions('gvmt')).toEqual([])
    // A phrase the corpus writes once ("tonnage levy") may be chance.
    expect(shorthand.expansions('tl')).toEqual([])
  })

  it('answers a question in shorthand from the sentence that writes it out', () => {
    const retriever = createRetriever([register])
    expect(retriever.ask('what does a VH list?').answers[0]?.quote).toBe('A vessel history lists past names, flags and owners.')
    expect(retriever.ask('how often do govt inspectors visit each port').answers[0]?.quote).toBe(
      'Government inspectors visit each port twice a year.',
    )
  })

  it('leaves an everyday word as the asker typed it', () => {
    // By its letters "part" could shorten "partnerships", which the register writes; the asker meant a part.
    const index = buildPassageIndex([register])
    const [part] = readConcepts('which part of the levy', index, compileThesaurus(EMPTY_THESAURUS), 0.9)
    expect(part?.alternatives.map(({ terms }) => terms)).toEqual([['part']])
    expect(index.shorthand.expansions('part')).toEqual([['partnership']])
  })
})

describe('a word before a figure', () => {
  // A register's rules, numbered as laws number them.
  const rules = makeDocument('register-rules', [
    'Article 21 requires owners to keep a crew list on board.',
    'Chapter two sets out the fees.',
    'Chapters are read in order.',
    'Each chart of the harbour is kept up to date.',
  ])

  it('is the start of the word the corpus writes before figures', () => {
    // "ch" starts "chart" and "chapters" too, but only "chapter" stands before a figure.
    expect(buildPassageIndex([rules]).shorthand.numbered('ch')).toEqual([['chapter']])
  })

  it('answers a question that numbers what it asks about in shorthand', () => {
    const retriever = createRetriever([rules])
    expect(retriever.ask("what's ch.2 about").answers[0]?.quote).toBe('Chapter two sets out the fees.')
    expect(retriever.ask('what does art 21 require of owners').answers[0]?.quote).toBe(
      'Article 21 requires owners to keep a crew list on board.',
    )
  })
})
