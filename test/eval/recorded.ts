import { readFile } from 'node:fs/promises'
import { z } from 'zod'

const tally = z.strictObject({ right: z.number().int().min(0), of: z.number().int().min(1) })

/**
 * `recorded.json`: the pooled figures a change must keep (within the noise,
 * see `floorOf`), and each set's first score, taken before any change was made
 * for it.
 */
const recordedFile = z.strictObject({
  floors: z.record(z.string(), z.strictObject({ answerable: tally, unanswerable: tally }).or(z.strictObject({ topics: tally }))),
  firstScores: z.record(
    z.string(),
    z.strictObject({ answerable: z.string(), unanswerable: z.string(), baseline: z.string().optional(), code: z.string() }),
  ),
})
export type Recorded = z.output<typeof recordedFile>

export async function readRecorded(): Promise<Recorded> {
  return recordedFile.parse(JSON.parse(await readFile('test/eval/recorded.json', 'utf8')))
}
