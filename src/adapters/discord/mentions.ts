/**
 * Discord's mention syntax is not part of a question: a question that says
 * "@everyone how many towers <@123>" asks about towers. (Replies never ping
 * anyone anyway: every message sets allowedMentions to none.)
 */
const MENTION = /<@!?\d+>|<@&\d+>|<#\d+>|<\/[\w -]+:\d+>|@everyone|@here/g

export function withoutMentions(text: string): string {
  return text.replace(MENTION, ' ').replace(/\s+/g, ' ').trim()
}
