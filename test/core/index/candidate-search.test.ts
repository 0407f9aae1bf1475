import fc from 'fast-check'
import MiniSearch from 'minisearch'
import { describe, expect, it } from 'vitest'
import { type CandidateSearch, candidateSearch, candidateSearchOptions } from '../../../src/core/index/candidate-search.js'
import { buildPassageIndex } from '../../../src/core/index/passage-index.js'
import { loadCorpus } from '../../../src/corpus/load-corpus.js'
import { smallCorpusFolder } from '../../helpers/small-corpus.js'

/** The index as MiniSearch builds it document by document: what loading its serialised form must give. */
function builtByAddAll(termSets: readonly ReadonlySet<string>[]): CandidateSearch {
  const search = new MiniSearch(candidateSearchOptions)
  search.addAll(termSets.map((terms, id) => ({ id, terms: [...terms].join(' ') })))
  return search
}

function expectSameIndex(termSets: readonly ReadonlySet<string>[], queries: readonly string[] = []): void {
  const loaded = candidateSearch(termSets)
  const built = builtByAddAll(termSets)
  // Same terms in the same order, same ids, field lengths and average, to the last bit.
  expect(JSON.stringify(loaded)).toBe(JSON.stringify(built))
  for (const query of queries) {
    expect(loaded.search(query, { combineWith: 'OR' })).toEqual(built.search(query, { combineWith: 'OR' }))
  }
}

describe('candidateSearch', () => {
  it('loads the index addAll would build over a corpus', async () => {
    const folder = await smallCorpusFolder()
    const { documents } = await loadCorpus(folder.directory).finally(folder.remove)
    const termSets = buildPassageIndex(documents).passages.map((entry) => entry.terms)
    expectSameIndex(termSets, ['ferri passeng', 'lanwick harbour', 'contain trade 2022'])
  })

  it('loads the index addAll would build over any passages, and answers any query as it would', () => {
    // Terms from a small pool, so passages share some, as a corpus's do, and any others without a
    // space (a term never has one: tokenize splits at spaces); odd characters included.
    const anyTerm = fc.string({ minLength: 1, maxLength: 4, unit: 'grapheme' }).filter((text) => !text.includes(' '))
    const term = fc.oneof(fc.constantFrom('port', 'contain', '5g', '45.5', 'trade', 'a"b', 'back\\slash', 'é', '\u2028'), anyTerm)
    const termSets = fc.array(
      fc.uniqueArray(term, { maxLength: 12 }).map((terms) => new Set(terms)),
      { maxLength: 30 },
    )
    const queries = fc.array(
      fc.array(term, { minLength: 1, maxLength: 3 }).map((terms) => terms.join(' ')),
      { maxLength: 3 },
    )
    fc.assert(
      fc.property(termSets, queries, (sets, asked) => {
        expectSameIndex(sets, asked)
      }),
      { numRuns: 300 },
    )
  })

  it('keeps what addAll does with passages without terms and with unusual characters in terms', () => {
    expectSameIndex([])
    expectSameIndex([new Set()])
    expectSameIndex([new Set(['a"b', 'back\\slash']), new Set(), new Set(['a"b', '5g', '\u2028'])], ['a"b 5g'])
  })
})
