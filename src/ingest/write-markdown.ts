import type { ListItem, Root, RootContent } from 'mdast'
import { frontmatterToMarkdown } from 'mdast-util-frontmatter'
import { toMarkdown } from 'mdast-util-to-markdown'
import { stringify } from 'yaml'
import type { Block } from './draft.js'

/** Front matter as a corpus document has it. */
export interface FrontMatter {
  id: string
  title: string
  url: string
  publisher: string
  published: string
  via?: string
  /** How the document was added, for people reading the file; the bot ignores it. */
  added_from?: string
}

/**
 * A corpus document: YAML front matter, then the blocks as Markdown, each
 * escaped so that the loader reads back exactly the text extracted (a
 * paragraph starting "1. " stays a paragraph, an asterisk stays an asterisk).
 */
export function writeMarkdown(frontMatter: FrontMatter, blocks: readonly Block[]): string {
  const children: RootContent[] = [{ type: 'yaml', value: stringify(frontMatter, { lineWidth: 0 }).trimEnd() }]
  let list: ListItem[] | undefined
  for (const block of blocks) {
    if (block.kind === 'item') {
      if (!list) children.push({ type: 'list', ordered: false, spread: false, children: (list = []) })
      list.push({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: block.text }] }] })
      continue
    }
    list = undefined
    const text = [{ type: 'text' as const, value: block.text }]
    children.push(
      block.kind === 'heading'
        ? { type: 'heading', depth: Math.min(Math.max(block.depth, 1), 6) as 1 | 2 | 3 | 4 | 5 | 6, children: text }
        : { type: 'paragraph', children: text },
    )
  }
  const tree: Root = { type: 'root', children }
  return toMarkdown(tree, { extensions: [frontmatterToMarkdown(['yaml'])], bullet: '-' })
}
