import type { CommandContext } from '../../commands/command.js'
import type { FinishedRequest } from '../../commands/handle-request.js'
import type { Outcome as HandlerOutcome } from '../../commands/request.js'
import type { OpenStore } from '../store/open-store.js'
import type { Recorder } from '../store/recorder.js'
import { outcomeOfReply } from '../store/reply-outcome.js'
import { readUsageReport } from '../store/usage-report.js'

/** What every platform is given to record with: the request hook, the votes, and what `/report` reads. */
export interface Recording {
  onFinished: (finished: FinishedRequest) => void
  votes: Pick<Recorder, 'vote'>
  readUsage: NonNullable<CommandContext['readUsage']>
}

const DAY_MS = 86_400_000

/** The open store as the platforms use it. */
export function recordingTo(store: Pick<OpenStore, 'recorder' | 'db'>, now: () => Date = () => new Date()): Recording {
  return {
    onFinished: recordFinished(store.recorder),
    votes: store.recorder,
    // The last `days` whole UTC days, today included, as `npm run report` counts them.
    readUsage: (days) => {
      const today = now()
      const to = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) + DAY_MS)
      return readUsageReport(store.db, { from: new Date(to.getTime() - days * DAY_MS), to })
    },
  }
}

/**
 * The request handler's onFinished hook, writing each finished request to the
 * store through the recorder: it returns at once, and the write happens after
 * the reply (the recorder drops it, logged, if the database is down).
 */
function recordFinished(recorder: Recorder): (finished: FinishedRequest) => void {
  return ({ id, request, command, text, receivedAt, outcome, latencyMs }) => {
    const { outcome: stored, passages } = storedOutcome(command, outcome)
    recorder.record(
      {
        id,
        platform: request.platform,
        ...(request.workspace ? { workspace: request.workspace } : {}),
        ...(request.user === undefined ? {} : { userId: request.user }),
        command: logCommand(request, command),
        ...(text.trim() ? { question: text.trim() } : {}),
        receivedAt,
      },
      { outcome: stored, passages, latencyMs },
    )
  }
}

/** What the report counts a handler's outcome as, with the passages (and scores) it quoted. */
function storedOutcome(command: string, outcome: HandlerOutcome): ReturnType<typeof outcomeOfReply> {
  switch (outcome.kind) {
    case 'reply':
      return outcomeOfReply(command, outcome.reply)
    case 'slow-down':
      return { outcome: 'limited', passages: [] }
    case 'apology':
      return { outcome: 'failed', passages: [] }
    case 'notice':
      return { outcome: 'invalid', passages: [] }
  }
}

/** Share and More redo a command: kept as "more:ask", "share:stats", so the report need not count them as new questions. */
function logCommand(request: FinishedRequest['request'], command: string): string {
  return 'button' in request.asked ? `${request.asked.button}:${command}` : command
}
