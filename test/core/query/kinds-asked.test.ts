import { describe, expect, it } from 'vitest'
import { readIntent } from '../../../src/core/query/intent.js'

describe('a name asked for', () => {
  it("is a person's when a person is named by their role", () => {
    expect(readIntent('what is the name of the deputy head who presented it').name).toBe('person')
    expect(readIntent("whats the spokesperson's name").name).toBe('person')
    expect(readIntent('who heads the state council information office').name).toBe('person')
    expect(readIntent('who is the director of the centre').name).toBe('person')
    expect(readIntent('who chaired the press conference').name).toBe('person')
    expect(readIntent('who is the editor of the glossary').name).toBe('person')
  })

  it('is any name otherwise', () => {
    expect(readIntent('what was the name of the news agency at the briefing').name).toBe('name')
    expect(readIntent('whats the official name of the paper').name).toBe('name')
    expect(readIntent('what is the approach called?').name).toBe('name')
  })

  it('is not asked by "name" as a verb, or by a role after the thing named', () => {
    expect(readIntent('does the paper name any countries').name).toBeUndefined()
    expect(readIntent('who presented the paper').name).toBeUndefined()
    expect(readIntent('what is the name of the agency that the official mentioned').name).toBe('name')
  })
})

describe('things asked to be listed', () => {
  it('are as many as the question counts', () => {
    expect(readIntent('what are the other six areas of future work').listed).toBe(6)
    expect(readIntent('list all 8 points pls').listed).toBe(8)
    expect(readIntent('name the three adjectives').listed).toBe(3)
  })

  it('are not asked by a figure, a year or a share', () => {
    expect(readIntent('what are the 2022 figures').listed).toBeUndefined()
    expect(readIntent('how many are the five countries worth').listed).toBeUndefined()
    expect(readIntent('what are the ten percent of users doing').listed).toBeUndefined()
  })
})

describe('a penalty asked for', () => {
  it('is asked by what the penalty, fine or sanction is', () => {
    expect(readIntent("what's the max penalty under the law").penalty).toBe(true)
    expect(readIntent('what sanctions apply to firms that skip the review').penalty).toBe(true)
  })

  it('is not asked by a question about penalties already named', () => {
    expect(readIntent('are the fines meant to curb growth').penalty).toBe(false)
    expect(readIntent('why does china fine its tech companies').penalty).toBe(false)
  })
})

describe('what comes top, asked for', () => {
  it('is asked by which, what or who with a superlative', () => {
    expect(readIntent('which province has the most internet users').superlative).toBe(true)
    expect(readIntent('who runs the biggest 5g network').superlative).toBe(true)
  })

  it('is not asked by a yes-or-no question about the thing itself', () => {
    expect(readIntent('does china have the biggest 5g network').superlative).toBe(false)
    expect(readIntent("what is belyaeva's main point").superlative).toBe(false)
  })
})
