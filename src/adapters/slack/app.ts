import { createServer, type Server } from 'node:http'
import { App, type CustomRoute, HTTPReceiver, LogLevel, SocketModeReceiver } from '@slack/bolt'
import type { CommandContext } from '../../../commands/command.js'
import { createRequestHandler, type RequestHandlerOptions } from '../../../commands/handle-request.js'
import { RESTARTING } from '../../../commands/messages.js'
import { type CorpusSource, corpusServiceOf } from '../../app/corpus-service.js'
import { InFlight } from '../../app/in-flight.js'
import type { Logger } from '../../app/log.js'
import { createRateLimiter, type RateLimitOptions } from '../../app/rate-limit.js'
import { createMemorySeenKeys, type SeenKeys } from '../../app/seen-keys.js'
import { renderBarChartPng } from '../../charts/render-bar-chart.js'
import { buttonSecret } from '../shared/signed-button.js'
import type { VoteSink } from '../shared/votes.js'
import { boundedFetch } from './bounded-fetch.js'
import type { SlackContext } from './context.js'
import { registerListeners } from './listeners/index.js'
import { INSTALL_PATH, REDIRECT_PATH, SLACK_BOT_SCOPES, type SlackOAuthOptions } from './oauth.js'
import { isRepeatedEvent } from './once-per-event.js'
import { guardSlackRequests } from './request-guard.js'
import { logSocketConnection } from './socket-log.js'
import { webApiPolicy } from './web-api-policy.js'

export interface SlackAppOptions {
  /** Single-workspace mode: the bot token of the one workspace. Either this or `oauth`. */
  botToken?: string
  /**
   * Many workspaces (HTTP mode): each installs the app at /slack/install and is answered with its
   * own token, kept in the bot's database; uninstalling deletes it. Either this or `botToken`.
   * @default undefined: single-workspace mode
   */
  oauth?: SlackOAuthOptions
  /** HTTP mode: Bolt rejects requests not signed with it. */
  signingSecret?: string
  /** With an app-level token the app uses Socket Mode: no public URL needed. */
  appToken?: string
  /**
   * The Web API base URL (Slack's government cloud, a proxy, a test double).
   * @default "https://slack.com/api/"
   */
  apiUrl?: string
  /** HTTP mode: where to listen. @default 3000 on all interfaces */
  port?: number
  host?: string
  /** HTTP mode: more routes on the same server, such as a health check. */
  customRoutes?: CustomRoute[]
  /** The corpus: a retriever answering in this thread, or a worker's answers (`startAnswerWorker`). */
  retriever: CorpusSource
  log: Logger
  drawChart?: typeof renderBarChartPng
  /**
   * Retries of a Web API call that never reached Slack (refused, unresolved,
   * a 5xx); Slack's default retries for about half an hour. @default 2
   */
  apiRetries?: number
  /**
   * How long one Web API call may take. A post that runs out of it is not
   * retried or apologised for, since Slack may have posted it. @default 10000
   */
  apiTimeoutMs?: number
  /**
   * How long one reply posted through the Web API may wait out a 429's
   * Retry-After; past that the asker is told it could not be posted. Each
   * call waits alone: other channels' replies are not held. @default 5000
   */
  maxReplyWaitMs?: number
  /**
   * How long a reply to a response_url (buttons, the shortcut, late command
   * replies) may take before it is given up and logged; Bolt sets no limit.
   * @default 5000
   */
  responseUrlTimeoutMs?: number
  /**
   * On stop, how long requests already being answered may take to finish.
   * @default 10000
   */
  drainTimeoutMs?: number
  /**
   * HTTP mode: how long a request, headers and body, may take to arrive
   * before the connection is cut (Node's default is 5 minutes). Slack sends
   * a few kilobytes at once. @default 10000
   */
  requestTimeoutMs?: number
  /** HTTP mode: how long a request's headers may take to arrive; at most `requestTimeoutMs`. @default 5000 */
  headersTimeoutMs?: number
  /** HTTP mode: how many request bodies may be arriving at once; more get 503. @default 256 */
  maxBodiesInProgress?: number
  /** Per-user limit on questions. @default 10 per 30 seconds */
  rateLimit?: RateLimitOptions
  /**
   * What was already answered (event ids, request signatures, Share clicks), so
   * Slack's retries, a replayed request and a double click are answered once.
   * @default in this process's memory, for ten minutes
   */
  seen?: SeenKeys
  /** Called once for every request answered, after its reply is sent. @default none */
  onFinished?: RequestHandlerOptions['onFinished']
  /** Where 👍/👎 presses go; answers carry those buttons only with it. @default none */
  votes?: VoteSink
  /** Slack user ids that may run `/report` (ADMIN_USER_IDS). @default none */
  admins?: readonly string[]
  /** What `/report` reads. @default none: it says no store is open */
  readUsage?: CommandContext['readUsage']
}

export interface SlackApp {
  app: App
  /** HTTP mode: the server Slack posts to. */
  server?: Server
  stop(): Promise<void>
}

/**
 * Starts the Slack app in Socket Mode (with an app token) or HTTP mode, with
 * every listener registered. Bolt checks the request signatures in HTTP mode.
 */
export async function startSlackApp(options: SlackAppOptions): Promise<SlackApp> {
  const { botToken, signingSecret, appToken, apiUrl, log, oauth } = options
  if ((botToken === undefined) === (oauth === undefined)) throw new Error('startSlackApp: give either botToken or oauth')
  if (oauth && (appToken || !signingSecret))
    throw new Error('startSlackApp: OAuth installation needs HTTP mode: a signing secret and no app token')
  const clientOptions = {
    ...(apiUrl ? { slackApiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/` } : {}),
    ...webApiPolicy(options.apiRetries ?? 2),
    timeout: options.apiTimeoutMs ?? 10_000,
    fetch: boundedFetch(options.responseUrlTimeoutMs ?? 5_000, log),
  }
  const logger = boltLogger(log)
  const seen = options.seen ?? createMemorySeenKeys()
  // HTTP mode: Bolt's receiver, served by our own server so requests can be checked first.
  const receiver = appToken
    ? undefined
    : new HTTPReceiver({
        signingSecret: signingSecret ?? '',
        customRoutes: options.customRoutes ?? [],
        logger,
        logLevel: LogLevel.WARN,
        ...(oauth ? installerFor(oauth, clientOptions) : {}),
      })
  // Socket Mode: made here, as Bolt would, so its connection's drops and returns can be logged.
  const socketReceiver = appToken
    ? new SocketModeReceiver({ appToken, logger, logLevel: LogLevel.WARN, installerOptions: { clientOptions } })
    : undefined
  if (socketReceiver) logSocketConnection(socketReceiver.client, log)
  const app = new App({
    // With OAuth, Bolt authorizes each request with its workspace's installation instead.
    ...(botToken ? { token: botToken } : {}),
    receiver: receiver ?? socketReceiver,
    clientOptions,
    logger,
    logLevel: LogLevel.WARN,
    // Checks the token once at start, where a failure can stop the program cleanly.
    deferInitialization: true,
    // No listener reads Bolt's conversation state; its store costs a thrown error per request for a conversation it never saw.
    convoStore: false,
  })
  const context: SlackContext = {
    handle: createRequestHandler({
      run: corpusServiceOf(options.retriever).run,
      ...(options.readUsage ? { readUsage: options.readUsage } : {}),
      log,
      limiter: createRateLimiter(options.rateLimit),
      ...(options.onFinished ? { onFinished: options.onFinished } : {}),
      ...(options.admins ? { admins: options.admins } : {}),
    }),
    retriever: options.retriever,
    log,
    buttonSecret: buttonSecret(signingSecret ?? appToken ?? botToken ?? ''),
    drawChart: options.drawChart ?? renderBarChartPng,
    seen,
    ...(options.votes ? { votes: options.votes } : {}),
    maxReplyWaitMs: options.maxReplyWaitMs ?? 5_000,
  }
  // Every request is counted while it is answered; once stopping, new ones are told to come back.
  const inFlight = new InFlight()
  let stopping = false
  app.use(async ({ next, body, context: requestContext, ...args }) => {
    if (!stopping) {
      if (await isRepeatedEvent(body, requestContext.retryNum, seen, log)) return
      return inFlight.track(next())
    }
    if ('command' in args && 'ack' in args && typeof args.ack === 'function') {
      await (args.ack as (body: object) => Promise<void>)({ response_type: 'ephemeral', text: RESTARTING })
    } else if ('ack' in args && typeof args.ack === 'function') await (args.ack as () => Promise<void>)()
  })
  registerListeners(app, context)
  if (oauth) forgetUninstalled(app, oauth, log)
  app.error(async (error) => log.error('slack request failed', error))

  await app.init()
  let server: Server | undefined
  if (receiver) {
    const requestTimeout = options.requestTimeoutMs ?? 10_000
    server = createServer(
      {
        requestTimeout,
        headersTimeout: Math.min(options.headersTimeoutMs ?? 5_000, requestTimeout),
        // Node looks for requests past their time every 30 s by default: too seldom for these limits.
        connectionsCheckingInterval: Math.min(1_000, requestTimeout / 4),
      },
      guardSlackRequests(receiver.requestListener, log, {
        seen,
        ...(options.maxBodiesInProgress !== undefined ? { maxBodiesInProgress: options.maxBodiesInProgress } : {}),
      }),
    )
    await listen(server, options.port ?? 3000, options.host)
  } else {
    await app.start()
  }
  log.info('slack app ready', { mode: appToken ? 'socket' : 'http', ...(server ? { address: server.address() } : {}) })
  const stop = async () => {
    stopping = true
    const drained = await inFlight.drain(options.drainTimeoutMs ?? 10_000)
    if (!drained) log.warn('stopped with requests still in flight', { inFlight: inFlight.size })
    if (server) await close(server)
    else await app.stop()
  }
  return { app, ...(server ? { server } : {}), stop }
}

/** The receiver's OAuth settings: /slack/install sends the browser straight to Slack, and the redirect checks its state. */
function installerFor(oauth: SlackOAuthOptions, clientOptions: { slackApiUrl?: string; timeout: number }) {
  return {
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    stateSecret: oauth.stateSecret,
    installationStore: oauth.installationStore,
    scopes: oauth.scopes ?? SLACK_BOT_SCOPES,
    installerOptions: {
      installPath: INSTALL_PATH,
      redirectUriPath: REDIRECT_PATH,
      // No page of our own in between: the install link goes to Slack's consent screen.
      directInstall: true,
      // oauth.v2.access goes where the rest of the Web API goes.
      clientOptions: { ...(clientOptions.slackApiUrl ? { slackApiUrl: clientOptions.slackApiUrl } : {}), timeout: clientOptions.timeout },
      ...(oauth.authorizationUrl ? { authorizationUrl: oauth.authorizationUrl } : {}),
    },
  }
}

/** A workspace that uninstalls the app, or revokes its bot token, is forgotten: its token is no use to anyone now. */
function forgetUninstalled(app: App, oauth: SlackOAuthOptions, log: Logger): void {
  const forget = async (body: { team_id?: string; enterprise_id?: string; is_enterprise_install?: boolean }, why: string) => {
    const query = {
      teamId: body.team_id,
      enterpriseId: body.enterprise_id,
      isEnterpriseInstall: body.is_enterprise_install === true,
    }
    try {
      await oauth.installationStore.deleteInstallation?.(query)
      log.info('slack installation deleted', { why, team: body.team_id, enterprise: body.enterprise_id })
    } catch (error) {
      log.error('could not delete a slack installation', error, { why, team: body.team_id })
    }
  }
  app.event('app_uninstalled', async ({ body }) => forget(body, 'app_uninstalled'))
  app.event('tokens_revoked', async ({ body, event }) => {
    // Only the bot's token matters here: a revoked user token leaves the bot working.
    if ((event.tokens.bot ?? []).length > 0) await forget(body, 'tokens_revoked')
  })
}

function listen(server: Server, port: number, host: string | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve())
    server.closeIdleConnections()
  })
}

/** Bolt's own messages go to our log: warnings and errors only. */
function boltLogger(log: Logger) {
  let level = LogLevel.WARN
  let name = 'bolt'
  return {
    debug: () => undefined,
    info: () => undefined,
    warn: (...message: unknown[]) => log.warn(`${name}: ${message.map(String).join(' ')}`),
    error: (...message: unknown[]) => log.error(`${name}: ${message.map(String).join(' ')}`),
    setLevel: (next: LogLevel) => {
      level = next
    },
    getLevel: () => level,
    setName: (next: string) => {
      name = next
    },
  }
}
