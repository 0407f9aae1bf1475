import type { Reply } from '../../commands/command.js'
import type { Outcome, QuotedPassage } from './request-store.js'

/** Commands whose every reply is a notice: for them it is the answer, not a correction. */
const ANSWERED_BY_NOTICE = new Set(['help', 'about', 'report'])

/**
 * What a command's reply came to, for the store: answered with the passages
 * it quoted, refused ("the paper doesn't say"), or an unusable question. A
 * notice is help for `help` and a correction for any command that asked.
 */
export function outcomeOfReply(command: string, reply: Reply): { outcome: Outcome; passages: QuotedPassage[] } {
  switch (reply.kind) {
    case 'answers':
      return { outcome: 'answered', passages: reply.answers.map(({ passageId, score }) => ({ id: passageId, score })) }
    case 'statistics': {
      const statistics = reply.groups.flatMap((group) => group.statistics)
      const passages = [...new Set(statistics.map((statistic) => statistic.passageId))].map((id) => ({ id, score: 1 }))
      return { outcome: statistics.length > 0 ? 'answered' : 'refused', passages }
    }
    case 'no-answer':
      return { outcome: 'refused', passages: [] }
    case 'sources':
      return { outcome: 'answered', passages: [] }
    case 'notice':
      return { outcome: ANSWERED_BY_NOTICE.has(command) ? 'answered' : 'invalid', passages: [] }
  }
}
