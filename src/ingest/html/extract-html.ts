import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import type { Block, Draft } from '../draft.js'
import { dropEmptySections } from '../empty-sections.js'
import { IngestError } from '../ingest-error.js'
import { headingDepth } from '../text/numbered-heading.js'
import { pageMetadata } from './page-metadata.js'

// The DOM as linkedom gives it, reduced to what is read here.
type Node = { nodeType: number; textContent: string | null; childNodes: ArrayLike<Node> }
type Element = Node & { tagName: string; querySelectorAll(selector: string): ArrayLike<Node> }

/**
 * The readable article of a web page, found by Readability (the reader view of
 * Firefox) over linkedom's DOM, with the page's metadata for the front matter.
 * Headings h1–h6 become sections; paragraphs, list items and quotes are text;
 * tables, figures and lists that are only links (a table of contents, related
 * stories) are left out.
 */
export function extractHtml(html: string): Draft {
  if (!/<(?:html|head|body|p|div|article|main|section|h[1-6])\b[^<>]*>/iu.test(html)) {
    throw new IngestError('MALFORMED', 'this is not well-formed HTML: it has no <html>, <body>, <p> or heading elements')
  }
  const { document } = parseHTML(html)
  // Readability changes the document it reads: the metadata is read first.
  const { fields, guesses } = pageMetadata(document)
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()
  if (!article?.content) throw new IngestError('NO_TEXT', 'the page has no readable text')
  if (!fields.title && article.title) {
    fields.title = article.title.trim()
    guesses.push("title: the page's <title>")
  }
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`)
  const blocks: Block[] = []
  readBlocks(content.body as unknown as Element, blocks)
  // Readability keeps the page's own title heading (as an h2): it is the title, not a section.
  const title = words(fields.title ?? '')
  const text = blocks.filter((block) => block.kind !== 'heading' || words(block.text) !== title)
  return { fields, blocks: dropEmptySections(text), guesses }
}

const SKIPPED = new Set(['TABLE', 'FIGURE', 'FIGCAPTION', 'NAV', 'ASIDE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'FORM', 'BUTTON', 'SVG', 'IMG'])
const BLOCK = /^(?:P|H[1-6]|UL|OL|LI|BLOCKQUOTE|DIV|SECTION|ARTICLE|MAIN|HEADER|FOOTER|TABLE|FIGURE|PRE|DL|DT|DD)$/

function readBlocks(element: Element, blocks: Block[]): void {
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType !== 1) continue
    const node = child as Element
    const tag = node.tagName.toUpperCase()
    if (SKIPPED.has(tag)) continue
    const heading = /^H([1-6])$/.exec(tag)
    if (heading) push(blocks, { kind: 'heading', depth: Number(heading[1]), text: flat(node.textContent) })
    else if (tag === 'P') push(blocks, paragraphOrHeading(flat(node.textContent)))
    else if (tag === 'PRE' || tag === 'DT' || tag === 'DD') push(blocks, { kind: 'paragraph', text: flat(node.textContent) })
    else if (tag === 'UL' || tag === 'OL') {
      if (!isLinkList(node)) readList(node, blocks)
      else if (isLabel(blocks[blocks.length - 1])) blocks.pop() // "Contents", "Related stories": the label of what was left out
    } else if (hasBlockChild(node)) readBlocks(node, blocks)
    else push(blocks, { kind: 'paragraph', text: flat(node.textContent) })
  }
}

function readList(list: Element, blocks: Block[]): void {
  for (const child of Array.from(list.childNodes)) {
    if (child.nodeType !== 1 || (child as Element).tagName.toUpperCase() !== 'LI') continue
    const item = child as Element
    // An item's own words, then its sub-list's items after it.
    const own = Array.from(item.childNodes)
      .filter((node) => node.nodeType !== 1 || !/^(?:UL|OL)$/i.test((node as Element).tagName))
      .map((node) => node.textContent ?? '')
      .join(' ')
    push(blocks, { kind: 'item', text: flat(own) })
    for (const sub of Array.from(item.childNodes)) {
      if (sub.nodeType === 1 && /^(?:UL|OL)$/i.test((sub as Element).tagName) && !isLinkList(sub as Element))
        readList(sub as Element, blocks)
    }
  }
}

/** A list whose words are nearly all links: a table of contents, "related stories", a share bar. */
function isLinkList(list: Element): boolean {
  const all = flat(list.textContent).length
  if (all === 0) return true
  const linked = Array.from(list.querySelectorAll('a')).reduce((sum, link) => sum + flat(link.textContent).length, 0)
  return linked / all >= 0.8
}

/**
 * Government sites often set a paper's headings as paragraphs ("<p><b>II.
 * Development …</b></p>"): one that is a heading by the paper's own numbering
 * is one.
 */
function paragraphOrHeading(text: string): Block {
  const depth = headingDepth(text)
  return depth === undefined ? { kind: 'paragraph', text } : { kind: 'heading', depth, text }
}

function isLabel(block: Block | undefined): boolean {
  return block?.kind === 'paragraph' && block.text.split(' ').length <= 3 && !/[.!?]$/u.test(block.text)
}

function hasBlockChild(element: Element): boolean {
  return Array.from(element.childNodes).some((node) => node.nodeType === 1 && BLOCK.test((node as Element).tagName.toUpperCase()))
}

function push(blocks: Block[], block: Block): void {
  if (block.text.length > 0) blocks.push(block)
}

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
const flat = (text: string | null) => (text ?? '').replace(/\s+/gu, ' ').trim()
