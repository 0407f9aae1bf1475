import type { RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { toString as textOf } from 'mdast-util-to-string'
import { frontmatter } from 'micromark-extension-frontmatter'
import { parse as parseYaml } from 'yaml'
import type { Block, Draft, SourceFields } from '../draft.js'

const FIELDS = ['title', 'url', 'publisher', 'published', 'via'] as const

/** A Markdown document: its front matter if it has one, headings as sections, paragraphs and list items as text. */
export function extractMarkdown(markdown: string): Draft {
  const tree = fromMarkdown(markdown, { extensions: [frontmatter(['yaml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml'])] })
  const fields: SourceFields = {}
  const [head] = tree.children
  if (head?.type === 'yaml') {
    let data: unknown
    try {
      data = parseYaml(head.value)
    } catch {
      data = undefined // unreadable front matter: the flags and the text say the rest
    }
    if (data && typeof data === 'object') {
      for (const field of FIELDS) {
        const value = (data as Record<string, unknown>)[field]
        if (typeof value === 'string' && value.trim().length > 0) fields[field] = value.trim()
      }
    }
  }
  const blocks: Block[] = []
  const visit = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'heading') blocks.push({ kind: 'heading', depth: node.depth, text: flat(textOf(node)) })
      else if (node.type === 'paragraph') blocks.push({ kind: 'paragraph', text: flat(textOf(node)) })
      else if (node.type === 'list')
        for (const item of node.children) blocks.push({ kind: 'item', text: flat(item.children.map((child) => textOf(child)).join(' ')) })
      else if (node.type === 'blockquote') visit(node.children)
    }
  }
  visit(tree.children)
  const guesses: string[] = []
  const firstHeading = blocks.find((block) => block.kind === 'heading')
  if (fields.title === undefined && firstHeading?.kind === 'heading' && firstHeading.depth === 1) {
    fields.title = firstHeading.text
    guesses.push('title: the first heading')
  }
  return { fields, blocks: blocks.filter((block) => block.text.length > 0), guesses }
}

const flat = (text: string) => text.replace(/\s+/gu, ' ').trim()
