import packageJson from '../package.json' with { type: 'json' }
import { describeSource } from '../src/presentation/source-line.js'
import type { Command } from './command.js'

/** What users are told is kept of what they ask (the README's "What is kept, and why" says it in full). */
const RECORDING_NOTE =
  'To learn what its users need, the bot keeps each question with its answer and any 👍/👎, under a hashed user id, never your name or id; question text is deleted after a retention period (90 days by default).'

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
      '',
      RECORDING_NOTE,
    ].join('\n')
    return { kind: 'notice', message }
  },
} satisfies Command
