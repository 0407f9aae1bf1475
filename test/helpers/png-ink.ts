import type { PNG } from 'pngjs'

/** The leftmost and rightmost columns with anything darker than light grey on them: where the chart's content ends. */
export function inkExtent(png: PNG): { left: number; right: number } {
  let left = png.width
  let right = -1
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4
      const luminance = (png.data[i]! + png.data[i + 1]! + png.data[i + 2]!) / 3
      if (luminance < 160) {
        left = Math.min(left, x)
        right = Math.max(right, x)
      }
    }
  }
  return { left, right }
}

/** The length in pixels of each bar of the given colour, top to bottom. */
export function barLengths(png: PNG, [red, green, blue]: readonly [number, number, number]): number[] {
  const isBar = (x: number, y: number) => {
    const i = (y * png.width + x) * 4
    return Math.abs(png.data[i]! - red) < 8 && Math.abs(png.data[i + 1]! - green) < 8 && Math.abs(png.data[i + 2]! - blue) < 8
  }
  const rowLength = (y: number) => {
    let length = 0
    for (let x = 0; x < png.width; x++) if (isBar(x, y)) length++
    return length
  }
  const lengths: number[] = []
  let inBar = false
  for (let y = 0; y < png.height; y++) {
    const length = rowLength(y)
    if (length > 0 && !inBar) lengths.push(length)
    else if (length > 0) lengths[lengths.length - 1] = Math.max(lengths.at(-1)!, length)
    inBar = length > 0
  }
  return lengths
}
