import { config } from 'dotenv'
import { DEFAULT_CORPUS_DIR } from './open-retriever.js'

/** What the programs read from the environment (and from .env, which never overrides it). */
export interface Settings {
  /** CORPUS_DIR: the folder of Markdown documents and the thesaurus. Default "corpus". */
  corpusDir: string
}

export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  config({ quiet: true, processEnv: env })
  const corpusDir = env.CORPUS_DIR?.trim()
  return { corpusDir: corpusDir ? corpusDir : DEFAULT_CORPUS_DIR }
}
