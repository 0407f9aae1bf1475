import type { Root, RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { toString as textOf } from 'mdast-util-to-string'
import { frontmatter } from 'micromark-extension-frontmatter'
import { type CorpusDocument, type Passage, SECTION_SEPARATOR } from '../core/types.js'
import { documentFrontMatter } from './document-schema.js'
import type { Parsed } from './yaml-fields.js'
import { parseYaml } from './yaml-fields.js'

/**
 * Parses one corpus file: YAML front matter for the source, Markdown for the
 * text. Passages are the paragraphs and list items, numbered from 1 in order;
 * headings are not passages but the sections those after them stand in.
 */
export function parseDocument(file: string, markdown: string, defaultId: string): Parsed<CorpusDocument> {
  const tree = fromMarkdown(markdown, {
    extensions: [frontmatter(['yaml'])],
    mdastExtensions: [frontmatterFromMarkdown(['yaml'])],
  })
  const [head] = tree.children
  if (head?.type !== 'yaml') {
    return { ok: false, problems: [{ file, line: 1, message: 'must start with YAML front matter between "---" lines' }] }
  }
  const meta = parseYaml(file, head.value, (head.position?.start.line ?? 1) + 1, documentFrontMatter)
  if (!meta.ok) return meta
  const { id = defaultId, title, url, publisher, published, via, topics } = meta.value

  const texts = passageTexts(tree, title)
  if (texts.length === 0) {
    const line = (head.position?.end.line ?? 0) + 1
    return { ok: false, problems: [{ file, line, message: 'has no text after its front matter' }] }
  }
  const passages: Passage[] = texts.map(({ text, section }, i) => ({
    id: `${id}:${i + 1}`,
    text,
    ...(section === undefined ? {} : { section }),
  }))
  const source = { title, url, publisher, published, ...(via === undefined ? {} : { via }) }
  return { ok: true, value: { id, source, topics, passages } }
}

interface PassageText {
  text: string
  section: string | undefined
}

function passageTexts(tree: Root, title: string): PassageText[] {
  const texts: PassageText[] = []
  // The open headings by depth: a "##" closes the "##" and "###" before it.
  const headings: string[] = []
  let section: string | undefined
  const visit = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'heading') {
        const heading = plainText(node)
        // A heading that repeats the document's title names no part of it.
        if (heading.length === 0 || (node.depth === 1 && sameWords(heading, title))) continue
        headings.length = node.depth - 1
        headings[node.depth - 1] = heading
        section = headings.filter(Boolean).join(SECTION_SEPARATOR)
      } else if (node.type === 'paragraph') addParagraph(texts, plainText(node), section)
      else if (node.type === 'list') for (const item of node.children) texts.push({ text: plainText(item), section })
      else if (node.type === 'blockquote') visit(node.children)
    }
  }
  visit(tree.children)
  return texts.filter(({ text }) => text.length > 0)
}

function sameWords(a: string, b: string): boolean {
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  return words(a) === words(b)
}

// Web pages often break a quotation from its attribution ('…people," ⏎ explains
// the expert.'): a paragraph that starts in lower case continues the one before,
// unless a heading stands between them.
function addParagraph(texts: PassageText[], text: string, section: string | undefined): void {
  const previous = texts[texts.length - 1]
  if (previous && previous.section === section && /^\p{Ll}/u.test(text)) previous.text = `${previous.text} ${text}`
  else texts.push({ text, section })
}

// Markdown wraps lines where the page did not: a soft line break is a space.
function plainText(node: RootContent): string {
  const parts = 'children' in node && node.type === 'listItem' ? node.children.map((child) => textOf(child)) : [textOf(node)]
  return parts
    .join(' ')
    .replace(/[ \t]*\n[ \t]*/g, ' ')
    .trim()
}
