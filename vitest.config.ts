import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/build.ts'],
    setupFiles: ['test/setup/loopback-only.ts'],
    // The end-to-end tests start the built programs; a cold start takes a moment.
    testTimeout: 20_000,
  },
})
