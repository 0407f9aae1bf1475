import type { Writable } from 'node:stream'
import { parseArgs } from 'node:util'

/** What a program's arguments say: flags, one optional value each, and the words after them. */
export interface CommandLine {
  flags: ReadonlySet<string>
  values: ReadonlyMap<string, string>
  words: string[]
}

/**
 * Parses a program's arguments, with --help built in. Returns the command
 * line, or the exit code when the program should stop here: 0 after printing
 * the usage for --help, 2 after a usage error on stderr.
 */
export function parseCommandLine(
  argv: readonly string[],
  spec: { flags?: readonly string[]; values?: readonly string[] },
  usage: string,
  io: { stdout: Writable; stderr: Writable },
): CommandLine | { exitCode: number } {
  const options: Record<string, { type: 'boolean' | 'string'; short?: string }> = { help: { type: 'boolean', short: 'h' } }
  for (const flag of spec.flags ?? []) options[flag] = { type: 'boolean' }
  for (const value of spec.values ?? []) options[value] = { type: 'string' }
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true })
  } catch (error) {
    io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${usage}\n`)
    return { exitCode: 2 }
  }
  const entries = Object.entries(parsed.values)
  if (parsed.values.help === true) {
    io.stdout.write(`${usage}\n`)
    return { exitCode: 0 }
  }
  return {
    flags: new Set(entries.filter(([, value]) => value === true).map(([name]) => name)),
    values: new Map(entries.filter((entry): entry is [string, string] => typeof entry[1] === 'string')),
    words: parsed.positionals,
  }
}
