import type { Reporter, TestModule } from 'vitest/node'

/**
 * Says, after the run, which tests were not run and why (the note given to
 * skip()): the default reporter counts skipped tests but hides their reasons,
 * and "not run against PostgreSQL" must not pass for "passed".
 */
export default class SkipNotes implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const notes = new Map<string, number>()
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const result = test.result()
        if (result.state === 'skipped' && result.note) notes.set(result.note, (notes.get(result.note) ?? 0) + 1)
      }
    }
    for (const [note, count] of notes) process.stdout.write(`Not run: ${count} test${count === 1 ? '' : 's'}, because ${note}\n`)
  }
}
