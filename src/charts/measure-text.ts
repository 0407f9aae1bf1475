import { createRequire } from 'node:module'
import type { Font } from 'fontkit'

const require = createRequire(import.meta.url)

/** The chart's fonts, regular and bold; they ship with the project (npm), so a chart looks the same on any machine. */
export const FONT_FILES = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
}

/** What Vega passes when it asks how wide a text item is. */
interface TextItem {
  fontSize?: number | string
  fontWeight?: number | string
  limit?: number
}

/**
 * Measures text in the chart's own fonts. Without a canvas, Vega guesses
 * 0.8 em a character, which is a third too wide for DejaVu Sans: the layout
 * then leaves room for text that is not there and the chart has empty margins.
 */
export async function createTextMeasure(): Promise<(item: TextItem, text: unknown) => number> {
  const fontkit = await import('fontkit')
  const open = (file: string) => {
    const font = fontkit.openSync(file)
    if (!('layout' in font)) throw new Error(`chart font ${file} is a collection, not one font`)
    return font as Font
  }
  const fonts = { regular: open(FONT_FILES.regular), bold: open(FONT_FILES.bold) }
  const cache = new Map<string, number>()
  return (item, text) => {
    const size = item.fontSize === undefined ? 11 : Number(item.fontSize) || 0
    const value = text === null || text === undefined ? '' : String(text).trim()
    if (size <= 0 || value.length === 0) return 0
    const bold = item.fontWeight === 'bold' || Number(item.fontWeight) >= 600
    const key = `${bold ? 'b' : 'r'}|${value}`
    let em = cache.get(key)
    if (em === undefined) {
      const font = bold ? fonts.bold : fonts.regular
      em = font.layout(value).advanceWidth / font.unitsPerEm
      cache.set(key, em)
    }
    const width = em * size
    // A label with a limit is cut to fit it, so it is never wider.
    return item.limit !== undefined && item.limit > 0 ? Math.min(width, item.limit) : width
  }
}
