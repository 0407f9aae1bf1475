import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { openRetriever } from '../../src/app/open-retriever.js'
import type { Retriever } from '../../src/core/retriever.js'

// A small corpus of our own, about a made-up harbour, for unit tests: editing the shipped corpus
// must not break them. Its figures come in the shapes the article's do (an amount with its share,
// a count with a rate and a month, two counts in one sentence, amounts with growth), so the same
// behaviour is tested; only evaluation and the end-to-end tests read corpus/.

export const SMALL_CORPUS_ID = 'harbour-review'
export const SMALL_CORPUS_URL = 'https://example.org/news/lanwick-harbour-yearly-review'
/** The source as every citation of the small corpus gives it. */
export const SMALL_CORPUS_SOURCE_LINE = 'Lanwick Port Authority, 14 March 2023, via Coastal Wire'
const SMALL_CORPUS_TOPICS = [
  'container trade and its share of the regional economy',
  'ferry passengers and online booking',
  'offshore wind and its turbines',
  'the fish market and cruise tourism',
]

/** The passages, numbered from 1 in this order (harbour-review:1 …). */
export const SMALL_CORPUS_PASSAGES = [
  'The Lanwick Port Authority on Tuesday, March 14, published its yearly review of the harbour, calling the quays the working heart of the town.',
  'Harbour master Ilse Kovač says the new breakwater keeps the inner basin calm through the winter storms.',
  "By 2022, the value of Lanwick's container trade had reached 8.4 billion euros, accounting for 21.5 percent of the regional economy, said the review.",
  'By June 2022, there were 3.2 million ferry passengers in Lanwick, and the online booking rate had reached 64.5 percent, the review noted.',
  'The harbour runs the largest offshore wind quay on the coast, with 140 turbine foundations and 2,300 wind farm technicians.',
  "In 2022, Lanwick's fish market sales of fresh catch stood at 3.1 billion euros, up 7 percent year-on-year, said the review.",
  "The turnover in Lanwick's cruise tourism reached 1.6 billion euros, up 15.2 percent year-on-year.",
  'Dredging of the eastern channel will finish next spring, and the old lighthouse will open as a museum.',
  'Since April, the masters of vessels carrying more than 500 passengers have been required to file their routes with the harbour office.',
]

const DOCUMENT = `---
title: Lanwick Harbour Publishes Its Yearly Review
url: ${SMALL_CORPUS_URL}
publisher: Lanwick Port Authority
published: 2023-03-14
via: Coastal Wire
topics:
${SMALL_CORPUS_TOPICS.map((topic) => `  - ${topic}`).join('\n')}
---
${SMALL_CORPUS_PASSAGES.join('\n\n')}
`

const THESAURUS = `ignore: [review, report]
synonyms:
  - article: [container trade]
    people: [box trade, freight, shipping trade]
  - article: [ferry passengers]
    people: [ferry travellers, ferry riders]
  - article: [turbine foundations]
    people: [wind turbines, turbine bases]
  - article: [fish market]
    people: [seafood market, fish sales]
  - article: [cruise tourism]
    people: [cruises, cruise ships]
`

/** Writes the small corpus (one document and its thesaurus) into a folder, as corpus/ is laid out. */
export async function writeSmallCorpus(directory: string): Promise<void> {
  await writeFile(path.join(directory, `${SMALL_CORPUS_ID}.md`), DOCUMENT)
  await writeFile(path.join(directory, 'thesaurus.yml'), THESAURUS)
}

/** A temporary folder holding the small corpus; remove it when done. */
export async function smallCorpusFolder(): Promise<{ directory: string; remove(): Promise<void> }> {
  const directory = await mkdtemp(path.join(tmpdir(), 'small-corpus-'))
  await writeSmallCorpus(directory)
  return { directory, remove: () => rm(directory, { recursive: true, force: true }) }
}

/** The retriever over the small corpus, loaded as the programs load corpus/. */
export async function openSmallCorpus(): Promise<Retriever> {
  const folder = await smallCorpusFolder()
  try {
    return await openRetriever(folder.directory)
  } finally {
    await folder.remove()
  }
}
