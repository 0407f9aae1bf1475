import type { Command } from './command.js'

/** `help`: what the bot does and how to ask. Lists the commands it is given. */
export function createHelp(listed: () => readonly Command[]): Command {
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
