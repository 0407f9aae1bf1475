import type { App, BlockButtonAction, MessageShortcut, ViewSubmitAction } from '@slack/bolt'
import { commands } from '../../../../commands/index.js'
import { FEEDBACK_ACTIONS } from '../blocks.js'
import type { SlackContext } from '../context.js'
import { answerButton } from './actions.js'
import { answerSlashCommand } from './commands.js'
import { answerDirectMessage, answerMention, publishHome } from './events.js'
import { recordNote, recordVote, WHAT_WAS_WRONG_VIEW } from './feedback.js'
import { FIND_IN_PAPER, findInPaper } from './shortcuts.js'

/** Every listener, by kind. Only this file knows `App`: the handlers are tested with small fakes. */
export function registerListeners(app: App, context: SlackContext): void {
  // One listener for every command: Bolt runs each listener's matchers on every request, so fewer listeners cost less.
  app.command(new RegExp(`^/(?:${commands.map((command) => command.name).join('|')})$`), answerSlashCommand(context))
  app.action<BlockButtonAction>('more', answerButton('more', context))
  app.action<BlockButtonAction>('share', answerButton('share', context))
  app.action<BlockButtonAction>(FEEDBACK_ACTIONS.up, recordVote(context))
  app.action<BlockButtonAction>(FEEDBACK_ACTIONS.down, recordVote(context))
  app.view<ViewSubmitAction>(WHAT_WAS_WRONG_VIEW, recordNote(context))
  app.shortcut<MessageShortcut>(FIND_IN_PAPER, findInPaper(context))
  app.event('app_mention', answerMention(context))
  app.event('message', answerDirectMessage(context))
  app.event('app_home_opened', publishHome(context))
}
