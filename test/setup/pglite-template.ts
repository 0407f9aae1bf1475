import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A freshly initialised, empty PGlite folder that tests copy rather than each initialising their own. */
    pgliteTemplate: string
  }
}

// Initialising a PGlite folder takes seconds (initdb, in WebAssembly); copying one takes milliseconds.
export default async function createPgliteTemplate(project: TestProject): Promise<() => Promise<void>> {
  const folder = await mkdtemp(path.join(tmpdir(), 'pglite-template-'))
  const db = await PGlite.create(folder)
  await db.close()
  project.provide('pgliteTemplate', folder)
  return () => rm(folder, { recursive: true, force: true })
}
