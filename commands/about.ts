import packageJson from '../package.json' with { type: 'json' }
import { describeSource } from '../src/presentation/source-line.js'
import type { Command } from './command.js'

/** `about`: what the bot is, the documents it quotes, and which version is answering. */
export const about = {
  name: 'about',
  description: 'What this bot is, the documents it quotes from, and its version.',
  options: [],
  capabilities: {},
  execute(_input, { retriever }) {
    const documents = retriever.documents.flatMap(({ source }) => [`• ${source.title} — ${describeSource(source)}`, `  ${source.url}`])
    const message = [
      `Cyberspace white paper bot, version ${packageJson.version}.`,
      packageJson.description,
      '',
      'It quotes, word for word, from:',
      ...documents,
    ].join('\n')
    return { kind: 'notice', message }
  },
} satisfies Command
