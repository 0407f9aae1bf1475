import { readFileSync } from 'node:fs'
import { nodeVersionProblem } from '../app/node-version.js'

// Imported first by every program, so that on too old a Node it stops here with
// one line rather than deep inside a library. package.json sits three levels up from dist/src/bin/.
const { engines } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { engines: { node: string } }
const problem = nodeVersionProblem(process.versions.node, engines.node)
if (problem) {
  process.stderr.write(`${problem}\n`)
  process.exit(1)
}
