import { PDFDocument, rgb, StandardFonts } from 'pdf-lib'

// A made-up transport review set as such papers are: a running head and a page number on every
// page, the title across the top of the first, then two columns of 10-point text with headings
// in the paper's own numbering and words hyphenated at line ends.

/** The running head, on every page; it must not become a passage. */
export const RUNNING_HEAD = 'Riverside Transport Review · Spring 2024'

/** Each column's lines, top to bottom; "" is the gap between paragraphs. */
const PAGES: Array<{ left: string[]; right: string[] }> = [
  {
    left: [
      'Preface',
      'The town council set out ten years',
      'ago to make the river easy to cross',
      'without a car, and this review looks',
      'back on that work.',
      '',
      'I. Lanes and Bridges',
      '1. Protected lanes',
      'By 2023 the town had built 84 kilo-',
      'metres of protected lanes, and the',
      'steady develop-',
      'ment of the network has continued',
      'along both banks of the river, where',
    ],
    right: [
      'the lanes now reach every school.',
      '',
      '2. New crossings',
      'Three new bridges carry cycles and',
      'walkers over the water, and the cross-',
      'border path to Eastmark opened in',
      'the spring of 2022.',
    ],
  },
  {
    left: [
      'II. Trams and Trains',
      'Riders may take a folding bicycle on',
      'every tram at no charge, and 1,200',
      'cycle spaces were added at the main',
      'station last year.',
    ],
    right: ['Conclusion', 'Cycling is now part of daily life for', 'one resident in four, twice the share', 'of a decade ago.'],
  },
]

/** A two-column PDF with running heads and page numbers, made here so no one's text is copied. */
export async function twoColumnPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.setTitle('The Riverside Transport Review')
  pdf.setCreationDate(new Date('2024-05-02T10:00:00Z'))
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  PAGES.forEach(({ left, right }, at) => {
    const page = pdf.addPage([612, 792])
    page.drawText(RUNNING_HEAD, { x: (612 - font.widthOfTextAtSize(RUNNING_HEAD, 8)) / 2, y: 760, size: 8, font })
    page.drawText(`Page ${at + 1}`, { x: 290, y: 30, size: 8, font })
    let top = 700
    if (at === 0) {
      page.drawText('The Riverside Transport Review', { x: 160, y: 720, size: 18, font: bold })
      top = 680
    }
    for (const [x, lines] of [
      [50, left],
      [322, right],
    ] as const) {
      let y = top
      for (const line of lines) {
        if (line === '') {
          y -= 8
          continue
        }
        page.drawText(line, { x, y, size: 10, font })
        y -= 13
      }
    }
  })
  return pdf.save()
}

/** A PDF of one page with a drawing and no text: what a scan looks like to a text extractor. */
export async function scannedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.addPage([612, 792]).drawRectangle({ x: 50, y: 50, width: 500, height: 690, color: rgb(0.8, 0.8, 0.8) })
  return pdf.save()
}
