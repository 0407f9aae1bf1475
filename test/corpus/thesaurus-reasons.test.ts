import { describe, expect, it } from 'vitest'
import { loadCorpus } from '../../src/corpus/load-corpus.js'

// The kinds a shipped group's reason starts with (corpus/README.md, "The thesaurus").
const KINDS = new Set(['name', 'acronym', 'unit or spelling', 'domain term', 'everyday English', 'article paraphrase'])

describe('the shipped thesaurus', () => {
  it('says for every group why it is there, starting with its kind', async () => {
    const { thesaurus } = await loadCorpus('corpus')
    expect(thesaurus.synonyms.length).toBeGreaterThan(0)
    for (const group of thesaurus.synonyms) {
      const [kind, reason] = (group.why ?? '').split(/:\s*/, 2)
      expect(KINDS.has(kind ?? ''), `${group.article.join(', ')}: ${group.why}`).toBe(true)
      expect(reason?.length ?? 0, group.article.join(', ')).toBeGreaterThan(0)
    }
  })
})
