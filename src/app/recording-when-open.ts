import type { FinishedRequest } from '../../commands/handle-request.js'
import type { OpenStore } from '../store/open-store.js'
import type { UsageReport } from '../store/usage-report.js'
import { type Recording, recordingTo } from './recording.js'

/** Recording into a store that is still opening: what the terminal is given so its prompt need not wait. */
export interface RecordingWhenOpen {
  onFinished: (finished: FinishedRequest) => void
  /** Waits for the store to open; undefined when it did not (`/report` then says no store is open). */
  readUsage: (days: number) => Promise<UsageReport | undefined>
  /** Waits for the store to open, writes what was recorded, and closes it; nothing to do if it never opened. */
  close(): Promise<void>
}

export interface RecordingWhenOpenOptions {
  /**
   * Requests finished before the store is open that are kept to be written once it is; later ones
   * are dropped (said once). A person at a prompt asks a few in the seconds the store takes to open.
   * @default 100
   */
  maxWaiting?: number
  /** Where the one line about dropped requests goes (the terminal's stderr). */
  note: (line: string) => void
}

/**
 * Records into the store `opening` resolves with. Requests finished before it is open wait in a
 * bounded buffer and are written, in order, once it is; if it never opens (undefined, or an error,
 * which whoever opened it reports), they are dropped and `note` is told once how many.
 */
export function recordingWhenOpen(opening: Promise<OpenStore | undefined>, options: RecordingWhenOpenOptions): RecordingWhenOpen {
  const { maxWaiting = 100, note } = options
  let waiting: FinishedRequest[] | undefined = []
  let recording: Recording | undefined
  let overflowNoted = false
  const opened = opening.then(
    (store) => {
      if (store) recording = recordingTo(store)
      for (const finished of waiting ?? []) recording?.onFinished(finished)
      const dropped = recording ? 0 : (waiting?.length ?? 0)
      waiting = undefined
      if (dropped > 0) note(`Not recorded: ${dropped} request(s), since the request store did not open.`)
      return store
    },
    () => {
      waiting = undefined
      return undefined
    },
  )
  return {
    onFinished(finished) {
      if (recording) recording.onFinished(finished)
      else if (waiting && waiting.length < maxWaiting) waiting.push(finished)
      else if (waiting && !overflowNoted) {
        overflowNoted = true
        note(`Not recorded: requests beyond the first ${maxWaiting} made while the request store was opening.`)
      }
    },
    async readUsage(days) {
      await opened
      return recording?.readUsage(days)
    },
    async close() {
      await (await opened)?.close()
    },
  }
}
