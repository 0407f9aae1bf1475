import satisfies from 'semver/functions/satisfies.js'

/**
 * Why this Node cannot run the bot, in one line, or undefined when it can.
 * `required` is package.json's `engines.node` (">=20.19": what undici and
 * vitest 4 need).
 */
export function nodeVersionProblem(version: string, required: string): string | undefined {
  if (satisfies(version, required)) return undefined
  return `This is Node ${version}; the bot needs Node ${required} (package.json "engines"). Install the current LTS release (https://nodejs.org, or \`nvm install --lts\`) and run it again.`
}
