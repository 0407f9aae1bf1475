/** Where in which file a corpus problem is, and what it is. */
export interface CorpusProblem {
  file: string
  line?: number
  message: string
}

/** A corpus that cannot be loaded. The message lists every problem, one per line. */
export class CorpusError extends Error {
  readonly code = 'CORPUS_INVALID'
  constructor(readonly problems: readonly CorpusProblem[]) {
    super(problems.map(formatProblem).join('\n'))
    this.name = 'CorpusError'
  }
}

function formatProblem({ file, line, message }: CorpusProblem): string {
  return line === undefined ? `${file}: ${message}` : `${file}:${line}: ${message}`
}
