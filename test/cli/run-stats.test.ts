import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHART_WIDTH } from '../../src/charts/render-bar-chart.js'
import { runStats } from '../../src/cli/run-stats.js'
import type { Retriever } from '../../src/core/retriever.js'
import { barLengths } from '../helpers/png-ink.js'
import { openSmallCorpus, SMALL_CORPUS_SOURCE_LINE } from '../helpers/small-corpus.js'
import { captureStream } from '../helpers/streams.js'

let retriever: Retriever
let directory: string
beforeAll(async () => {
  retriever = await openSmallCorpus()
  directory = await mkdtemp(path.join(tmpdir(), 'stats-'))
})
afterAll(async () => {
  await rm(directory, { recursive: true, force: true })
})

async function stats(argv: string[]) {
  const stdout = captureStream()
  const stderr = captureStream()
  const code = await runStats(argv, async () => retriever, { stdout, stderr, color: false })
  return { code, stdout: stdout.text(), stderr: stderr.text() }
}

describe('npm run stats', () => {
  it('prints every figure as a line to paste, grouped, with the number of its sentence, the source and sentences after', async () => {
    const { code, stdout } = await stats([])
    expect(code).toBe(0)
    expect(stdout).toContain("Amounts\n• 8.4 billion euros — value of Lanwick's container trade (2022) [1]")
    expect(stdout).toContain('• 3.2 million — ferry passengers in Lanwick (June 2022) [4]')
    expect(stdout).toContain(`\n${SMALL_CORPUS_SOURCE_LINE}\n[1] “By 2022`)
    expect(stdout).toContain('[4] “By June 2022, there were 3.2 million ferry passengers in Lanwick')
    expect(stdout).toContain('As a chart: npm run stats -- --chart chart.png')
  })

  it('with --json prints the documented shape for a topic', async () => {
    const { stdout } = await stats(['--json', 'wind turbines'])
    const result = JSON.parse(stdout)
    expect(result.topic).toBe('wind turbines')
    expect(result.stats).toHaveLength(2)
    expect(result.stats[0]).toEqual({
      value: '140',
      number: 140,
      unit: 'turbine foundations',
      label: 'turbine foundations',
      period: null,
      quote: expect.stringContaining('140 turbine foundations'),
      source: expect.objectContaining({ title: expect.any(String), url: expect.stringMatching(/^https:/), published: '2023-03-14' }),
      // The small corpus has no headings.
      section: null,
      link: expect.stringContaining('#:~:text='),
    })
  })

  it('with --json and no topic gives topic null and all eleven figures; no match gives []', async () => {
    expect(JSON.parse((await stats(['--json'])).stdout)).toMatchObject({ topic: null, stats: expect.any(Array) })
    expect(JSON.parse((await stats(['--json'])).stdout).stats).toHaveLength(11)
    expect(JSON.parse((await stats(['--json', 'smartphones'])).stdout)).toEqual({ topic: 'smartphones', stats: [] })
  })

  it('with --chart writes a PNG chart of the figures that share a unit', async () => {
    const file = path.join(directory, 'growth.png')
    const { code, stdout, stderr } = await stats(['--chart', file, 'growth'])
    expect(code).toBe(0)
    expect(stderr).toBe(`Chart written to ${file}\n`)
    // The chart is drawn: no hint to draw it.
    expect(stdout).not.toContain('--chart')
    const png = PNG.sync.read(await readFile(file))
    expect(png.width).toBe(CHART_WIDTH)
    // 15.2 percent above 7 percent, though the topic ranks the fish market's growth first.
    const [longer, shorter, ...more] = barLengths(png, [0x3b, 0x6e, 0xa8])
    expect(more).toEqual([])
    expect(longer).toBeGreaterThan(2 * shorter!)
  })

  it('says so when there is nothing to chart, with exit code 1', async () => {
    const { code, stderr } = await stats(['--chart', path.join(directory, 'none.png'), 'ferry passengers in Lanwick'])
    expect(code).toBe(1)
    expect(stderr).toBe('No chart: fewer than two of these figures share a unit.\n')
  })
})
