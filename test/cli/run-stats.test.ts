import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openRetriever } from '../../src/app/open-retriever.js'
import { CHART_WIDTH } from '../../src/charts/render-bar-chart.js'
import { runStats } from '../../src/cli/run-stats.js'
import type { Retriever } from '../../src/core/retriever.js'
import { barLengths } from '../helpers/png-ink.js'
import { captureStream } from '../helpers/streams.js'

let retriever: Retriever
let directory: string
beforeAll(async () => {
  retriever = await openRetriever('corpus')
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
    expect(stdout).toContain('Amounts\n• 45.5 trillion yuan — value of China\'s digital economy (2021) [1]')
    expect(stdout).toContain('• 1.05 billion — internet users in China (June 2022) [5]')
    expect(stdout).toContain('\nBRICS Competition Law and Policy Centre, 7 November 2022, via Xinhua\n[1] “By 2021')
    expect(stdout).toContain('[5] “By June 2022, there were 1.05 billion internet users in China')
    expect(stdout).toContain('As a chart: npm run stats -- --chart chart.png')
  })

  it('with --json prints the documented shape for a topic', async () => {
    const { stdout } = await stats(['--json', '5G'])
    const result = JSON.parse(stdout)
    expect(result.topic).toBe('5G')
    expect(result.stats).toHaveLength(2)
    expect(result.stats[0]).toEqual({
      value: '1.85 million',
      number: 1850000,
      unit: '5G cell towers',
      label: '5G cell towers',
      period: null,
      quote: expect.stringContaining('1.85 million 5G cell towers'),
      source: expect.objectContaining({ title: expect.any(String), url: expect.stringMatching(/^https:/), published: '2022-11-07' }),
      link: expect.stringContaining('#:~:text='),
    })
  })

  it('with --json and no topic gives topic null and all eleven figures; no match gives []', async () => {
    expect(JSON.parse((await stats(['--json'])).stdout)).toMatchObject({ topic: null, stats: expect.any(Array) })
    expect(JSON.parse((await stats(['--json'])).stdout).stats).toHaveLength(11)
    expect(JSON.parse((await stats(['--json', 'smartphones'])).stdout)).toEqual({ topic: 'smartphones', stats: [] })
  })

  it('with --chart writes a PNG chart of the figures that share a unit', async () => {
    const file = path.join(directory, 'ecommerce.png')
    const { code, stdout, stderr } = await stats(['--chart', file, 'e-commerce'])
    expect(code).toBe(0)
    expect(stderr).toBe(`Chart written to ${file}\n`)
    // The chart is drawn: no hint to draw it.
    expect(stdout).not.toContain('--chart')
    const png = PNG.sync.read(await readFile(file))
    expect(png.width).toBe(CHART_WIDTH)
    // 10.8 trillion yuan above 1.92 trillion, though the topic ranks the cross-border figure first.
    const [longer, shorter, ...more] = barLengths(png, [0x3b, 0x6e, 0xa8])
    expect(more).toEqual([])
    expect(longer).toBeGreaterThan(4 * shorter!)
  })

  it('says so when there is nothing to chart, with exit code 1', async () => {
    const { code, stderr } = await stats(['--chart', path.join(directory, 'none.png'), 'internet users in China'])
    expect(code).toBe(1)
    expect(stderr).toBe('No chart: fewer than two of these figures share a unit.\n')
  })
})
