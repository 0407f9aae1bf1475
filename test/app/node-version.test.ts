import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { nodeVersionProblem } from '../../src/app/node-version.js'

const engines = (JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } }).engines.node

describe('the Node version check', () => {
  it('stops an older Node with one line saying what is needed', () => {
    expect(engines).toBe('>=20.19')
    expect(nodeVersionProblem('20.18.3', engines)).toBe(
      'This is Node 20.18.3; the bot needs Node >=20.19 (package.json "engines"). Install the current LTS release (https://nodejs.org, or `nvm install --lts`) and run it again.',
    )
    expect(nodeVersionProblem('18.20.8', engines)).toContain('This is Node 18.20.8;')
  })

  it('lets this Node and later ones run', () => {
    for (const version of [process.versions.node, '20.19.0', '22.12.0', '26.1.0'])
      expect(nodeVersionProblem(version, engines)).toBeUndefined()
  })

  it('runs first in every program, before any library is loaded', () => {
    const programs = readdirSync('src/bin').filter((file) => readFileSync(`src/bin/${file}`, 'utf8').startsWith('#!'))
    expect(programs.length).toBeGreaterThanOrEqual(6)
    for (const program of programs) {
      const firstImport = readFileSync(`src/bin/${program}`, 'utf8')
        .split('\n')
        .find((line) => line.startsWith('import '))
      expect(firstImport, program).toBe("import './require-supported-node.js'")
    }
  })
})
