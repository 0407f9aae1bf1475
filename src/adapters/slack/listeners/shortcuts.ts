import type { MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt'
import type { SlackContext } from '../context.js'
import { withoutSlackMentions } from '../mrkdwn.js'
import { slackMessage } from '../respond.js'

/** The message shortcut's callback id, as declared in manifest.yml. */
export const FIND_IN_PAPER = 'find_in_paper'

export type ShortcutArgs = Pick<SlackShortcutMiddlewareArgs<MessageShortcut>, 'ack' | 'shortcut' | 'respond'>

/** "Find in white paper" on a message: its text is the question, answered privately. */
export function findInPaper(context: SlackContext) {
  return async ({ ack, shortcut, respond }: ShortcutArgs): Promise<void> => {
    await ack()
    const request = {
      platform: 'slack',
      origin: 'message-action',
      user: shortcut.user.id,
      userName: shortcut.user.name,
      where: shortcut.channel.id,
      ...(shortcut.team?.id ? { workspace: shortcut.team.id } : {}),
      asked: { lookUp: withoutSlackMentions(shortcut.message.text ?? '') },
      public: false,
    } as const
    await context.handle(request, {
      async send(outcome) {
        await respond({ response_type: 'ephemeral', ...slackMessage(outcome, context) })
      },
    })
  }
}
