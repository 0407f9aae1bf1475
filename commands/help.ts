import type { Command } from './command.js'

/** A line of help: a command as the platform spells it ("ask", "/ask") and what it does. */
export type HelpEntry = Pick<Command, 'name' | 'description'>

/**
 * `help`: what the bot does and how to ask. Lists the commands it is given,
 * so a platform can spell them as they are typed there and add its own.
 */
export function createHelp(listed: () => readonly HelpEntry[]): Command {
  return {
    name: 'help',
    description: 'What this bot knows and how to ask it.',
    options: [],
    execute(_input, { retriever }) {
      const documents = retriever.documents.map((document) => `• ${document.source.title} — ${document.source.url}`)
      const commands = listed().map((command) => `• ${command.name}: ${command.description}`)
      const message = [
        'I answer questions about these documents with their exact words, a source and a link:',
        ...documents,
        '',
        'Commands:',
        ...commands,
        '',
        `Try: "How many 5G cell towers does China have?" or "What share of GDP is the digital economy?"`,
      ].join('\n')
      return { kind: 'notice', message }
    },
  }
}
