import type { Command } from './command.js'

/** A line of help: a command's name and what it does. */
export type HelpEntry = Pick<Command, 'name' | 'description'>

/**
 * `help`: what the bot does and how to ask. Lists the commands it is given,
 * spelled as they are typed where the reply is shown (the context's surface),
 * with the ones only that surface has.
 */
export function createHelp(listed: () => readonly HelpEntry[]): Command {
  return {
    name: 'help',
    description: 'What this bot knows and how to ask it.',
    options: [],
    capabilities: {},
    execute(_input, { retriever, surface = {} }) {
      const documents = retriever.documents.map((document) => `• ${document.source.title} — ${document.source.url}`)
      const prefix = surface.prefix ?? ''
      const entries = [
        ...listed().map(({ name, description }) => ({ name: `${prefix}${name}`, description })),
        ...(surface.extraCommands ?? []),
      ]
      const message = [
        'I answer questions about these documents with their exact words, a source and a link:',
        ...documents,
        '',
        'Commands:',
        ...entries.map((command) => `• ${command.name}: ${command.description}`),
        '',
        `Try: "How many 5G cell towers does China have?" or "What share of GDP is the digital economy?"`,
      ].join('\n')
      return { kind: 'notice', message }
    },
  }
}
