import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { CHART_WIDTH, renderBarChartPng } from '../../src/charts/render-bar-chart.js'
import type { BarChart } from '../../src/presentation/statistics-chart.js'
import { inkExtent } from '../helpers/png-ink.js'

const chart: BarChart = {
  title: 'Amounts in yuan',
  caption: 'Source: BRICS Competition Law and Policy Centre, 7 November 2022, via Xinhua',
  axisTitle: 'trillion yuan',
  bars: [
    { label: "value of China's digital economy (2021)", value: 45.5, text: '45.5 trillion yuan' },
    { label: "China's online retail sales of consumer goods (2021)", value: 10.8, text: '10.8 trillion yuan' },
    { label: "turnover in China's cross-border e-commerce", value: 1.92, text: '1.92 trillion yuan' },
  ],
}

/** Share of pixels darker than mid-grey: text and bars, not just a white page. */
function inkShare(png: PNG): number {
  let dark = 0
  for (let i = 0; i < png.data.length; i += 4) {
    const luminance = (png.data[i]! + png.data[i + 1]! + png.data[i + 2]!) / 3
    if (luminance < 128) dark++
  }
  return dark / (png.width * png.height)
}

describe('renderBarChartPng', () => {
  it('draws a valid PNG of the expected size, with bars and text on it', async () => {
    const png = PNG.sync.read(await renderBarChartPng(chart))
    expect(png.width).toBe(CHART_WIDTH)
    expect(png.height).toBeGreaterThan(220)
    expect(png.height).toBeLessThan(420)
    expect(inkShare(png)).toBeGreaterThan(0.03)
  })

  it('grows taller with more bars', async () => {
    const three = PNG.sync.read(await renderBarChartPng(chart))
    const six = PNG.sync.read(
      await renderBarChartPng({ ...chart, bars: [...chart.bars, ...chart.bars.map((b) => ({ ...b, label: `${b.label} again` }))] }),
    )
    expect(six.width).toBe(CHART_WIDTH)
    expect(six.height).toBeGreaterThan(three.height + 100)
  })

  it("fills its width: the longest bar's figure ends at the right padding, with no empty strip beside it", async () => {
    const png = PNG.sync.read(await renderBarChartPng(chart))
    const { left, right } = inkExtent(png)
    expect(left).toBeLessThan(30)
    expect(right).toBeGreaterThan(CHART_WIDTH - 35)
  })
})
