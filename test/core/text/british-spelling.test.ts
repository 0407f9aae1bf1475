import { describe, expect, it } from 'vitest'
import { createRetriever } from '../../../src/core/retriever.js'
import { stem } from '../../../src/core/text/tokenize.js'
import { makeDocument } from '../../helpers/documents.js'

const port = makeDocument('port', [
  'Data localisation rules keep shipping records inside the country.',
  'The harbour authority will analyse berth fees every quarter.',
  'Four cranes serve the east quay.',
])

describe('British and American spellings', () => {
  it('meet, whichever the document and the asker use', () => {
    const retriever = createRetriever([port])
    expect(retriever.ask('what do the data localization rules do').answers[0]?.quote).toBe(
      'Data localisation rules keep shipping records inside the country.',
    )
    expect(retriever.ask('how often does the harbor authority analyze fees').answers[0]?.quote).toBe(
      'The harbour authority will analyse berth fees every quarter.',
    )
  })

  it('leave short words and other words apart', () => {
    expect(stem('four')).not.toBe(stem('for'))
    expect(stem('rise')).toBe('rise')
    expect(stem('criticised')).toBe(stem('criticized'))
    expect(stem('criticised')).not.toBe(stem('critical'))
  })
})
