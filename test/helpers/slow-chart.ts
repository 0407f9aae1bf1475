import { renderBarChartPng } from '../../src/charts/render-bar-chart.js'

/** The real chart renderer, taking `ms` longer: keeps a /stats reply in flight for shutdown tests. */
export function slowChart(ms: number): typeof renderBarChartPng {
  return async (chart) => {
    await new Promise((resolve) => setTimeout(resolve, ms))
    return renderBarChartPng(chart)
  }
}
