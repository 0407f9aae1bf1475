import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/build.ts', 'test/setup/pglite-template.ts'],
    setupFiles: ['test/setup/loopback-only.ts'],
    // The default reporter, plus the reasons of tests that were not run (a server that is not there).
    reporters: ['default', './test/setup/skip-notes.ts'],
    // The end-to-end tests start the built programs; a cold start takes a moment.
    testTimeout: 20_000,
  },
})
