import type { Root, RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { toString as textOf } from 'mdast-util-to-string'
import { frontmatter } from 'micromark-extension-frontmatter'
import type { CorpusDocument, Passage } from '../core/types.js'
import { documentFrontMatter } from './document-schema.js'
import type { Parsed } from './yaml-fields.js'
import { parseYaml } from './yaml-fields.js'

/**
 * Parses one corpus file: YAML front matter for the source, Markdown for the
 * text. Passages are the paragraphs and list items, numbered from 1 in order.
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

  const texts = passageTexts(tree)
  if (texts.length === 0) {
    const line = (head.position?.end.line ?? 0) + 1
    return { ok: false, problems: [{ file, line, message: 'has no text after its front matter' }] }
  }
  const passages: Passage[] = texts.map((text, i) => ({ id: `${id}:${i + 1}`, text }))
  const source = { title, url, publisher, published, ...(via === undefined ? {} : { via }) }
  return { ok: true, value: { id, source, topics, passages } }
}

function passageTexts(tree: Root): string[] {
  const texts: string[] = []
  const visit = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'paragraph') addParagraph(texts, plainText(node))
      else if (node.type === 'list') for (const item of node.children) texts.push(plainText(item))
      else if (node.type === 'blockquote') visit(node.children)
    }
  }
  visit(tree.children)
  return texts.filter((text) => text.length > 0)
}

// Web pages often break a quotation from its attribution ('…people," ⏎ explains
// the expert.'): a paragraph that starts in lower case continues the one before.
function addParagraph(texts: string[], text: string): void {
  const previous = texts.length - 1
  if (previous >= 0 && /^\p{Ll}/u.test(text)) texts[previous] = `${texts[previous]} ${text}`
  else texts.push(text)
}

// Markdown wraps lines where the page did not: a soft line break is a space.
function plainText(node: RootContent): string {
  const parts = 'children' in node && node.type === 'listItem' ? node.children.map((child) => textOf(child)) : [textOf(node)]
  return parts
    .join(' ')
    .replace(/[ \t]*\n[ \t]*/g, ' ')
    .trim()
}
