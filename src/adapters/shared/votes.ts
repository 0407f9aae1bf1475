import type { Recorder } from '../../store/recorder.js'

/** Where the 👍/👎 presses go: the request store's recorder fits (it returns at once and writes later). */
export type VoteSink = Pick<Recorder, 'vote'>
