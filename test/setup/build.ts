import { execFileSync } from 'node:child_process'

// The end-to-end tests run the compiled programs, as `npm start` does: build them first, unless dist/ is current.
export default function build(): void {
  execFileSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { stdio: 'inherit' })
}
