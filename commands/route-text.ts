import type { Command } from './command.js'
import { commands, findCommand } from './index.js'
import { noSuchCommand } from './messages.js'

/** A command to run on the text that followed its name, or a notice instead of running anything. */
export type RoutedText = { command: Command; text: string } | { notice: string }

/**
 * What free text asks for, the same on every surface (the terminal, Slack
 * mentions and direct messages): "stats 5G" and "/stats 5G" run stats on
 * "5G", "help" and "/help" run help, "/nope" names no command, and anything
 * else is a question. Without the slash, a command that takes no text runs
 * only on its own: "sources of funding for 5G" is a question.
 */
export function routeText(text: string): RoutedText {
  const trimmed = text.trim()
  const ask = findCommand('ask')!
  const [, slash, name = '', rest = ''] = /^(\/?)([\w-]+)(?:\s+(.*))?$/su.exec(trimmed) ?? []
  const command = name ? findCommand(name) : undefined
  if (slash) {
    if (!command)
      return {
        notice: noSuchCommand(
          name,
          commands.map((known) => known.name),
        ),
      }
    return { command, text: rest.trim() }
  }
  if (command && (rest.length === 0 || command.capabilities.takesText)) return { command, text: rest.trim() }
  return { command: ask, text: trimmed }
}
