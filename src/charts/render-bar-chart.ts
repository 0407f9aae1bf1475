import { createRequire } from 'node:module'
import type { BarChart } from '../presentation/statistics-chart.js'

/** Pixel width of the PNG; its height follows from the number of bars. */
export const CHART_WIDTH = 1200

const FONT = 'DejaVu Sans'
const require = createRequire(import.meta.url)
// The fonts ship with the project (npm), so a chart looks the same on any machine.
const fontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) => require.resolve(`dejavu-fonts-ttf/ttf/${file}`))

/**
 * Draws a horizontal bar chart as a PNG: Vega-Lite lays it out, Vega renders
 * SVG without a browser, resvg rasterises it. The libraries load on first use,
 * so programs that never draw a chart do not pay for them.
 */
export async function renderBarChartPng(chart: BarChart): Promise<Buffer> {
  const [vega, vegaLite, { Resvg }] = await Promise.all([import('vega'), import('vega-lite'), import('@resvg/resvg-js')])
  const spec = vegaLite.compile(barChartSpec(chart)).spec
  const view = new vega.View(vega.parse(spec), { renderer: 'none' })
  try {
    const svg = await view.toSVG()
    const png = new Resvg(svg, {
      fitTo: { mode: 'width', value: CHART_WIDTH },
      font: { loadSystemFonts: false, fontFiles, defaultFontFamily: FONT },
      background: 'white',
    })
    return png.render().asPng()
  } finally {
    view.finalize()
  }
}

/** The chart as a Vega-Lite specification: labelled bars with their figures as written, the source underneath. */
function barChartSpec(chart: BarChart) {
  const caption = {
    text: wrap(chart.caption, 110),
    orient: 'bottom' as const,
    anchor: 'start' as const,
    frame: 'bounds' as const,
    fontSize: 12,
    fontWeight: 'normal' as const,
    color: '#444444',
    offset: 14,
  }
  // Long labels wrap onto more lines rather than being cut short; bars make room for them.
  const labels = chart.bars.map((bar) => wrap(bar.label, 38))
  const lines = Math.max(1, ...labels.map((label) => label.length))
  const bars = {
    title: caption,
    width: 560,
    height: { step: 18 * lines + 16 },
    data: { values: chart.bars.map((bar, i) => ({ ...bar, label: labels[i]!.join('\n') })) },
    encoding: {
      y: {
        field: 'label',
        type: 'nominal' as const,
        sort: null,
        title: null,
        axis: { labelExpr: "split(datum.label, '\\n')", labelLimit: 480, labelFontSize: 14 },
      },
      x: { field: 'value', type: 'quantitative' as const, title: chart.axisTitle, axis: { titleFontSize: 14, labelFontSize: 12 } },
    },
    layer: [
      { mark: { type: 'bar' as const, color: '#3b6ea8' } },
      {
        mark: { type: 'text' as const, align: 'left' as const, dx: 5, fontSize: 14, fontWeight: 'bold' as const },
        encoding: { text: { field: 'text' } },
      },
    ],
  }
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: chart.title, anchor: 'start' as const, frame: 'bounds' as const, fontSize: 18, offset: 12 },
    background: 'white',
    padding: 20,
    vconcat: [bars],
    config: { font: FONT, view: { stroke: null } },
  }
}

/** Splits a long caption into lines Vega draws one under another. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line.length > 0 && line.length + word.length + 1 > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}
