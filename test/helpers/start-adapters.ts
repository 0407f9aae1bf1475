import type { AddressInfo } from 'node:net'
import { type DiscordBot, type DiscordBotOptions, startDiscordBot } from '../../src/adapters/discord/bot.js'
import { type SlackApp, type SlackAppOptions, startSlackApp } from '../../src/adapters/slack/app.js'
import { createLogger } from '../../src/app/log.js'
import { openRetriever } from '../../src/app/open-retriever.js'
import type { FakeDiscord } from './fake-discord.js'
import type { FakeSlack } from './fake-slack.js'
import { captureStream } from './streams.js'

/** The signing secret the Slack apps started here verify requests with. */
export const SLACK_SIGNING_SECRET = 'a-signing-secret-for-tests'

/**
 * The real discord.js bot against a fake Discord, answering from the article.
 * REST calls are not retried, so a failure shows at once; `options` override.
 */
export async function startDiscordBotOn(fake: FakeDiscord, options: Partial<DiscordBotOptions> = {}): Promise<DiscordBot> {
  return startDiscordBot({
    token: 'test-token',
    retriever: options.retriever ?? (await openRetriever('corpus')),
    log: createLogger(captureStream()),
    apiUrl: fake.apiUrl,
    rest: { retries: 0, timeout: 2_000 },
    ...options,
  })
}

/**
 * The real Bolt app against a fake Slack, answering from the article: HTTP mode
 * on a free loopback port, or Socket Mode when `options.appToken` is given.
 */
export async function startSlackAppOn(fake: FakeSlack, options: Partial<SlackAppOptions> = {}): Promise<SlackApp> {
  return startSlackApp({
    botToken: 'xoxb-test-token',
    signingSecret: SLACK_SIGNING_SECRET,
    apiUrl: fake.apiUrl,
    ...(options.appToken ? {} : { port: 0, host: '127.0.0.1' }),
    retriever: options.retriever ?? (await openRetriever('corpus')),
    log: createLogger(captureStream()),
    apiRetries: 0,
    ...options,
  })
}

/** Where an HTTP-mode app started here takes Slack's requests. */
export function eventsUrlOf(slack: SlackApp): string {
  return `http://127.0.0.1:${(slack.server!.address() as AddressInfo).port}/slack/events`
}
