/** Questions a busy channel sends sooner or later, each with what it tries. */
export const HOSTILE_QUESTIONS: Array<[string, string]> = [
  ['empty', ''],
  ['white space only', '   \t  '],
  ['10,000 characters', `internet ${'users '.repeat(1700)}`],
  ['emoji only', '🤔🤔🤔'],
  ['right to left', 'ما هو حجم الاقتصاد الرقمي في الصين؟'],
  ['zero-width and bidi controls', 'internet\u200b users\u200f\u202e'],
  ['control characters', 'internet\u0000 users\u0007\u001b[31m'],
  ['an unpaired surrogate', '\ud800 internet users \udfff'],
  ['markdown', '**bold** _italic_ ~~gone~~ `code` # heading\n> quote ||spoiler||'],
  ['mrkdwn', '*bold* _italic_ ~strike~ `code` <b>bold</b> &amp;'],
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the characters are the point, not a template
  ['regex and glob characters', '.*+?^${}()|[]\\ **/*.md ?(a|b) [!x]'],
  ['mentions', '@everyone @here <@123456789012345678> <@&123456789012345678> <!channel> <!here> <!subteam^S1|team> internet users'],
  ['a Slack-style link', '<https://evil.example|the official docs> internet users'],
  ['a markdown link', '[the official docs](https://evil.example) internet users'],
  ['a bare URL', 'see https://evil.example/phish for internet users'],
]
