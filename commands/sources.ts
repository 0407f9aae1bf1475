import type { Command } from './command.js'

/** `sources`: the documents the bot quotes from, with their links. */
export const sources = {
  name: 'sources',
  description: 'The documents the bot quotes from, with their links.',
  options: [],
  capabilities: {},
  execute(_input, { retriever }) {
    return {
      kind: 'sources',
      documents: retriever.documents.map(({ id, source, passages }) => ({ id, source, passages: passages.length })),
    }
  },
} satisfies Command
