import { createRequire } from 'node:module'
import type { LocaleData } from 'i18n-iso-countries'
import { tokenize } from './tokenize.js'

// The library's index, with English alone: its default entry loads every language it has.
const require = createRequire(import.meta.url)
const isoCountries = require('i18n-iso-countries/index.js') as typeof import('i18n-iso-countries')

/** Each country's names ("United States of America", "USA", "U.S."), as the index terms each needs. */
let names: Array<{ country: string; terms: string[] }> | undefined

function countryNames(): Array<{ country: string; terms: string[] }> {
  if (names) return names
  isoCountries.registerLocale(require('i18n-iso-countries/langs/en.json') as LocaleData)
  names = []
  for (const [country, written] of Object.entries(isoCountries.getNames('en', { select: 'all' }))) {
    for (const name of written) {
      const terms = tokenize(name).flatMap((token) => (token.stop ? [] : token.terms.slice(0, 1)))
      if (terms.length > 0) names.push({ country, terms })
    }
  }
  return names
}

/** The countries (ISO 3166 alpha-2 codes) that a text with these terms names. */
export function countriesNamed(terms: ReadonlySet<string>): Set<string> {
  const named = new Set<string>()
  for (const { country, terms: needed } of countryNames()) {
    if (!named.has(country) && needed.every((term) => terms.has(term))) named.add(country)
  }
  return named
}
