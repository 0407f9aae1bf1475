// Layer rules, checked by `npm test` (npm run check:layers). The point of each: the core and the
// commands stay platform-neutral and free of I/O, so they run and test anywhere; each adapter owns
// its SDK; the app wires adapters together in one place only.

/** The chat SDKs, which only their own adapter (and the programs in src/bin) may import. */
const DISCORD_SDK = '(^|/)node_modules/(discord\\.js|@discordjs)/'
const SLACK_SDK = '(^|/)node_modules/@slack/'
// (The test of these rules links node_modules from a temporary folder, hence no ^ on those two.)
// depcruise reports `node:fs` and `fs` alike; both spellings are covered.
const FILE_SYSTEM = '^(node:)?fs(/promises)?$'
const NEUTRAL = '^(src/core|commands)/'
// The one file in src/app that starts the adapters.
const COMPOSITION_ROOT = '^src/app/run-platforms\\.ts$'

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'neutral-no-chat-sdk',
      comment: 'src/core and commands never import a chat SDK: adapters translate neutral replies.',
      severity: 'error',
      from: { path: NEUTRAL },
      to: { path: [DISCORD_SDK, SLACK_SDK] },
    },
    {
      name: 'neutral-no-file-system',
      comment: 'src/core and commands do no file I/O: the corpus is read in src/corpus and handed in.',
      severity: 'error',
      from: { path: NEUTRAL },
      to: { path: FILE_SYSTEM },
    },
    {
      name: 'neutral-no-adapters',
      comment: 'src/core and commands never reach into an adapter.',
      severity: 'error',
      from: { path: NEUTRAL },
      to: { path: '^src/adapters/' },
    },
    {
      name: 'adapters-not-each-other',
      comment: 'Discord, Slack and the terminal never import each other; src/adapters/shared is for what they share.',
      severity: 'error',
      from: { path: '^src/adapters/([^/]+)/' },
      to: { path: '^src/adapters/', pathNot: '^src/adapters/($1|shared)/' },
    },
    {
      name: 'app-adapters-only-from-composition-root',
      comment: 'In src/app only run-platforms.ts starts adapters; the rest of the app serves every platform alike.',
      severity: 'error',
      from: { path: '^src/app/', pathNot: COMPOSITION_ROOT },
      to: { path: '^src/adapters/' },
    },
    {
      name: 'discord-sdk-in-discord-adapter',
      comment: 'Only the Discord adapter and the programs import discord.js.',
      severity: 'error',
      from: { path: '^(src|commands)/', pathNot: '^src/(adapters/discord|bin)/' },
      to: { path: DISCORD_SDK },
    },
    {
      name: 'slack-sdk-in-slack-adapter',
      comment: 'Only the Slack adapter and the programs import @slack/*.',
      severity: 'error',
      from: { path: '^(src|commands)/', pathNot: '^src/(adapters/slack|bin)/' },
      to: { path: SLACK_SDK },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import that does not resolve is a typo or a missing dependency.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports count: an adapter's types in the core still tie it to that platform.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
}
