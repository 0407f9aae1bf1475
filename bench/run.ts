/**
 * `npm run bench`: index build time, query latency (p50/p99) and heap, on the
 * article and on 10,000 generated passages. Targets: p99 under 2 ms on the
 * article and under 20 ms on 10,000 passages; build under 1 s for 10,000;
 * for a 40,000-word paper in sections (issue 14), p99 under 20 ms and loading
 * and indexing it under 2 s.
 */
import os from 'node:os'
import { englishWord } from '../src/core/text/english-words.js'
import { benchArticle } from './article.js'
import { benchLongDocument } from './long-document.js'
import type { Figures } from './measure.js'
import { benchTenThousandPassages } from './ten-thousand-passages.js'

// The English word lists load once per process; keep them out of the first build's time.
// A word neither list has ('') makes both load.
englishWord('')

const article = await benchArticle()
const tenThousand = await benchTenThousandPassages()
const long = await benchLongDocument()
const rows: Array<[string, Figures]> = [
  ['the article', article],
  ['10,000 generated passages', tenThousand],
  ['article + 40,000-word paper', long],
]
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`
console.log(`${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, Node ${process.version}\n`)
console.log(
  'corpus                      passages  first build  build* (min–max)         ask p50   ask p99   ask max   questions  heap       figures',
)
for (const [name, f] of rows) {
  const builds = `${ms(f.buildMs)} (${ms(f.buildMinMs)}–${ms(f.buildMaxMs)})`
  console.log(
    `${name.padEnd(28)}${String(f.passages).padEnd(10)}${ms(f.firstBuildMs).padEnd(13)}${builds.padEnd(25)}${ms(f.p50Ms).padEnd(10)}${ms(f.p99Ms).padEnd(10)}${ms(f.maxMs).padEnd(10)}${String(f.questions).padEnd(11)}${`${f.heapMiB.toFixed(1)} MiB`.padEnd(11)}${f.statistics} in ${ms(f.statisticsMs)}`,
  )
}
console.log('\n* median of the 4 builds after the first; ask times over 10 rounds of every question, after a warm-up round;')
console.log('  figures: found when the program starts, after the build')
console.log(
  `The 40,000-word paper: ${long.words.toLocaleString('en')} words in ${long.sections} sections; its build parses its Markdown (as loading corpus/ does) and indexes it beside the article`,
)
console.log(`MiniSearch's own indexing, alone on the 10,000 passages: ${ms(tenThousand.minisearchMs)} (median of 5)`)
