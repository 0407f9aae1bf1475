import type { TopLevelSpec } from 'vega-lite'
import type { BarChart } from '../presentation/statistics-chart.js'
import { createTextMeasure, FONT_FILES } from './measure-text.js'

/** Pixel width of the PNG; its height follows from the number of bars. */
export const CHART_WIDTH = 1200

const FONT = 'DejaVu Sans'
/** The plot's width for the first layout, before the labels have been measured. */
const FIRST_PLOT_WIDTH = 560

type Libraries = {
  vega: typeof import('vega')
  vegaLite: typeof import('vega-lite')
  Resvg: typeof import('@resvg/resvg-js').Resvg
}
let libraries: Promise<Libraries> | undefined

/** The libraries load on first use, so programs that never draw a chart do not pay for them. */
function loadLibraries(): Promise<Libraries> {
  libraries ??= (async () => {
    const [vega, vegaLite, { Resvg }, measure] = await Promise.all([
      import('vega'),
      import('vega-lite'),
      import('@resvg/resvg-js'),
      createTextMeasure(),
    ])
    // Vega's hook for measuring text where there is no canvas (vl-convert sets it the same way); its typings omit it.
    ;(vega as unknown as { textMetrics: { width: typeof measure } }).textMetrics.width = measure
    return { vega, vegaLite, Resvg }
  })()
  return libraries
}

/**
 * Draws a horizontal bar chart as a PNG: Vega-Lite lays it out, Vega renders
 * SVG without a browser, resvg rasterises it. The plot is widened until the
 * chart, labels and figures included, is CHART_WIDTH wide, so the image has
 * no empty margin and its text is drawn at the size the spec gives.
 */
export function renderBarChartPng(chart: BarChart): Promise<Buffer> {
  return renderPng((plotWidth) => barChartSpec(chart, plotWidth))
}

/** Draws several bar charts one under another in one PNG, under one title, as renderBarChartPng draws one. */
export function renderBarChartsPng(title: string, charts: readonly BarChart[]): Promise<Buffer> {
  return renderPng((plotWidth) => ({
    ...page(title),
    vconcat: charts.map((chart) => ({
      title: { text: chart.title, anchor: 'start' as const, frame: 'group' as const, fontSize: 16, offset: 10 },
      vconcat: [bars(chart, plotWidth)],
    })),
    spacing: 36,
  }))
}

async function renderPng(spec: (plotWidth: number) => TopLevelSpec): Promise<Buffer> {
  const { vega, vegaLite, Resvg } = await loadLibraries()
  const toSvg = async (plotWidth: number) => {
    const view = new vega.View(vega.parse(vegaLite.compile(spec(plotWidth)).spec), { renderer: 'none' })
    try {
      return await view.toSVG()
    } finally {
      view.finalize()
    }
  }
  let plotWidth = FIRST_PLOT_WIDTH
  let svg = await toSvg(plotWidth)
  // The rest of the chart hardly depends on the plot's width (a figure may stick out less past a longer axis): two more layouts settle it.
  for (let layout = 0; layout < 2 && Math.abs(svgWidth(svg) - CHART_WIDTH) > 1; layout++) {
    plotWidth = Math.max(100, plotWidth + CHART_WIDTH - svgWidth(svg))
    svg = await toSvg(plotWidth)
  }
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: CHART_WIDTH },
    font: { loadSystemFonts: false, fontFiles: [FONT_FILES.regular, FONT_FILES.bold], defaultFontFamily: FONT },
    background: 'white',
  })
  return png.render().asPng()
}

function svgWidth(svg: string): number {
  const width = /^<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1]
  if (width === undefined) throw new Error('chart: Vega drew an SVG without a width')
  return Number(width)
}

/** The chart as a Vega-Lite specification: labelled bars with their figures as written, the source underneath. */
function barChartSpec(chart: BarChart, plotWidth = FIRST_PLOT_WIDTH) {
  return { ...page(chart.title), vconcat: [bars(chart, plotWidth)] }
}

/** What every chart image shares: its title, white background, margin and font. */
function page(title: string) {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: title, anchor: 'start' as const, frame: 'bounds' as const, fontSize: 18, offset: 12 },
    background: 'white',
    padding: 20,
    config: { font: FONT, view: { stroke: null } },
  }
}

/** One chart's bars, labels and figures, with its caption underneath. */
function bars(chart: BarChart, plotWidth: number) {
  const caption = {
    // About as many characters as fit across the chart at 12 px.
    text: wrap(chart.caption, 180),
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
  return {
    title: caption,
    width: plotWidth,
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
      x: {
        field: 'value',
        type: 'quantitative' as const,
        title: chart.axisTitle,
        ...(chart.domain ? { scale: { domain: chart.domain } } : {}),
        // A tick every 40 px would crowd the wide axis; "~g" drops the ".0" of whole numbers.
        axis: { titleFontSize: 14, labelFontSize: 12, tickCount: 10, format: chart.axisFormat ?? '~g' },
      },
    },
    layer: [
      { mark: { type: 'bar' as const, color: '#3b6ea8' } },
      {
        mark: { type: 'text' as const, align: 'left' as const, dx: 5, fontSize: 14, fontWeight: 'bold' as const },
        encoding: { text: { field: 'text' } },
      },
    ],
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
