import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'

// The end-to-end tests run the compiled programs, as `npm start` does: build them first.
export default function build(): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' })
}
