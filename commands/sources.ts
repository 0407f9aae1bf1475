import type { Command } from './command.js'
import { summarizeDocument } from './document-summary.js'

/** `sources`: the documents the bot quotes from, with their links, dates and chapters. */
export const sources = {
  name: 'sources',
  description: 'The documents the bot quotes from, their dates, sections and passages.',
  options: [],
  capabilities: {},
  execute(_input, { retriever }) {
    return {
      kind: 'sources',
      documents: retriever.documents.map(summarizeDocument),
    }
  },
} satisfies Command
