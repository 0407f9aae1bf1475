import { randomUUID } from 'node:crypto'
import type { Command, CommandContext, CommandInput, Reply } from './command.js'
import { replyFound } from './command.js'
import { ADMINS_ONLY, APOLOGY, slowDown } from './messages.js'
import type { NeutralRequest, Origin, Outcome, ReplyOutcome } from './request.js'
import { resolveRequest } from './resolve-request.js'

/** Where the handler reports; the app's logger fits it. */
export interface RequestLog {
  info(message: string, fields?: Record<string, unknown>): void
  error(message: string, error?: unknown, fields?: Record<string, unknown>): void
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/** Per-user limits on questions; the app's rate limiter fits it. */
export interface RequestLimiter {
  take(key: string): Promise<RateDecision>
}

/** How an adapter sends what the handler decided. */
export interface Responder {
  /** Sends the outcome where the request came from. It throws if sending fails; the handler then apologises through it. */
  send(outcome: Outcome): Promise<void>
  /** After a reply is sent and logged: what may take longer, such as uploading its chart. */
  afterwards?(outcome: ReplyOutcome): Promise<void>
}

/** A request as it ended, for the log and for whatever records requests. */
export interface FinishedRequest {
  /** Unique to this request; an answer's 👍/👎 buttons carry it (the outcome's feedbackId). */
  id: string
  request: NeutralRequest
  /** The command it ran, or the one it named when it ran none ("ask" for a lookup, "text" for unroutable text). */
  command: string
  /** What the command was given to work on (the question, the topic); "" for a command that takes none. */
  text: string
  /** When the request was taken. */
  receivedAt: Date
  /** What the user got; for an apology, what failed is in the error log. */
  outcome: Outcome
  /** From taking the request to having sent the reply. */
  latencyMs: number
  /** The passages quoted, best first. */
  passageIds: string[]
}

/** Runs a command somewhere else than this thread (a worker holding the index); resolves with its reply. */
export type RunCommand = (command: Command, input: CommandInput) => Promise<Reply>

export interface RequestHandlerOptions {
  /** What the commands run with; its surface spells help's commands as typed there. Needed unless `run` is given. */
  context?: CommandContext
  /**
   * Where commands run, when not in this thread with `context` (answering is
   * CPU work: a worker keeps it from holding the event loop). @default `command.execute(input, context)`
   */
  run?: RunCommand
  log: RequestLog
  /** Per-user limit on questions. @default none: every request is answered */
  limiter?: RequestLimiter
  /** Called once for every request, after its reply is sent (or it failed). @default none */
  onFinished?: (finished: FinishedRequest) => void
  /**
   * Platform user ids (ADMIN_USER_IDS) that may run admin-only commands (`report`); in the terminal
   * the local operator always may.
   * @default none
   */
  admins?: readonly string[]
  /**
   * Reads how the bot was used, for `report`, which runs in this thread (where the store is open) even when
   * the other commands go to `run`. @default `context.readUsage`, else none: `report` says no store is open
   */
  readUsage?: CommandContext['readUsage']
  /** Makes each request's id. @default a random UUID */
  newRequestId?: () => string
}

/** Answers one neutral request through the adapter's responder; never throws. */
export type RequestHandler = (request: NeutralRequest, responder: Responder) => Promise<void>

// What the error log calls a request, by origin: "slack message failed".
const NOUNS: Record<Origin, string> = {
  command: 'command',
  mention: 'message',
  'direct-message': 'message',
  'message-action': 'shortcut',
  button: 'button',
  line: 'line',
}

/**
 * The one path of every request on every platform: routing and input
 * mapping, the rate limit, running the command, timing, the request log line
 * and the error boundary. Adapters only translate the platform's event into a
 * request and the outcome into a message.
 */
export function createRequestHandler(options: RequestHandlerOptions): RequestHandler {
  const { context, run, log, limiter, onFinished, newRequestId = randomUUID } = options
  if (!run && !context) throw new Error('createRequestHandler: give `context` or `run`')
  const readUsage = options.readUsage ?? context?.readUsage
  const runCommand = run ?? (async (command: Command, input: CommandInput) => command.execute(input, context!))
  const execute = async (command: Command, input: CommandInput): Promise<Reply> => {
    if (!command.capabilities.readsUsage) return runCommand(command, input)
    // Such a command reads only `readUsage`; the worker behind `run` has no store to read.
    const here = { ...context, ...(readUsage ? { readUsage } : {}) } as CommandContext
    return command.execute(input, here)
  }
  const admins = new Set(options.admins ?? [])
  const finish = (taken: Taken, outcome: Outcome, command: string, text: string) => {
    const { request, started } = taken
    const latencyMs = performance.now() - started
    if (outcome.kind === 'reply' || outcome.kind === 'notice') {
      const reply: Reply = outcome.kind === 'reply' ? outcome.reply : { kind: 'notice', message: outcome.message }
      // The fields in this order are what log collectors (and the tests) read.
      log.info('answered', {
        platform: request.platform,
        command: logName(request, command),
        latencyMs: Math.round(latencyMs * 10) / 10,
        found: replyFound(reply),
        ...(request.user === undefined ? {} : { user: request.user }),
      })
    }
    try {
      onFinished?.({
        id: taken.id,
        request,
        command,
        text,
        receivedAt: taken.receivedAt,
        outcome,
        latencyMs,
        passageIds: outcome.kind === 'reply' ? passageIdsOf(outcome.reply) : [],
      })
    } catch (error) {
      log.error('recording a finished request failed', error, { platform: request.platform })
    }
  }

  return async (request, responder) => {
    const taken: Taken = { id: newRequestId(), request, started: performance.now(), receivedAt: new Date() }
    let decided: Decided | undefined
    let recorded = false
    try {
      decided = await decide(taken)
      const { outcome } = decided
      await responder.send(outcome)
      finish(taken, outcome, decided.command, decided.text)
      recorded = true
      if (outcome.kind === 'reply') await responder.afterwards?.(outcome)
    } catch (error) {
      log.error(`${request.platform} ${NOUNS[request.origin]} failed`, error, {
        origin: request.origin,
        ...(request.user === undefined ? {} : { user: request.user }),
      })
      const apology: Outcome = { kind: 'apology', message: APOLOGY, visibility: 'private' }
      try {
        await responder.send(apology)
      } catch (failure) {
        log.error('could not apologise', failure, { platform: request.platform })
      }
      // A reply sent before the failure (in its chart upload) was already recorded; anything else ends as the apology.
      if (!recorded) finish(taken, apology, decided?.command ?? nameAsked(request), decided?.text ?? textAsked(request))
    }
  }

  async function decide({ id, request }: Taken): Promise<Decided> {
    const resolved = resolveRequest(request)
    if ('notice' in resolved)
      return {
        outcome: { kind: 'notice', message: resolved.notice, visibility: 'private' },
        command: nameAsked(request),
        text: textAsked(request),
      }
    const command = resolved.command.name
    const { text } = resolved
    const notice = (kind: 'notice' | 'slow-down', message: string): Decided => ({
      outcome: { kind, message, visibility: 'private' },
      command,
      text,
    })
    // The terminal is the local operator's own session.
    if (resolved.command.capabilities.adminOnly && request.platform !== 'terminal' && !(request.user && admins.has(request.user))) {
      log.info('admin command refused', { platform: request.platform, command, user: request.user })
      return notice('notice', ADMINS_ONLY)
    }
    if (limiter && request.user !== undefined && countsAgainstLimit(request.origin)) {
      const decision = await limiter.take(`${request.platform}:${request.user}`)
      if (!decision.allowed) {
        log.info('rate limited', { platform: request.platform, user: request.user })
        return notice('slow-down', slowDown(decision.retryAfterSeconds))
      }
    }
    const {
      input,
      view,
      visibility,
      shared,
      command: { capabilities },
    } = resolved
    const reply = await execute(resolved.command, input)
    // Share and More redo the command: only for what it found, and only for a command that can post publicly.
    const followable = capabilities.postsPublicly === true && (reply.kind === 'answers' || reply.kind === 'statistics')
    const again = followable && !shared && request.user !== undefined ? { command, text, user: request.user, view } : undefined
    const outcome: ReplyOutcome = {
      kind: 'reply',
      reply,
      visibility,
      view,
      ...(again ? { again } : {}),
      shareable: again !== undefined && visibility === 'private',
      chart: capabilities.hasChart === true && reply.kind === 'statistics' ? reply.chart : null,
      ...(shared ? { sharedBy: request.userName ?? request.user ?? '' } : {}),
      ...(isAnswer(reply) ? { feedbackId: id } : {}),
    }
    return { outcome, command, text }
  }
}

/** A request as taken: its id, and when. */
interface Taken {
  id: string
  request: NeutralRequest
  /** performance.now() when taken, for the latency. */
  started: number
  receivedAt: Date
}

interface Decided {
  outcome: Outcome
  command: string
  text: string
}

/** Replies worth a 👍 or 👎: what the documents said, or that they said nothing. */
function isAnswer(reply: Reply): boolean {
  return reply.kind === 'answers' || reply.kind === 'statistics' || reply.kind === 'no-answer'
}

const LOG_PREFIXES: Partial<Record<Origin, string>> = { mention: 'mention:', 'direct-message': 'dm:', 'message-action': 'lookup:' }

/** Buttons do not count: they redo what was already asked. */
function countsAgainstLimit(origin: Origin): boolean {
  return origin !== 'button' && origin !== 'line'
}

/** The command as the log names it: "ask", "mention:stats", "dm:ask", "lookup:ask", "more", "share". */
function logName(request: NeutralRequest, command: string): string {
  if ('button' in request.asked) return request.asked.button
  return `${LOG_PREFIXES[request.origin] ?? ''}${command}`
}

/** The command a request named, before it is resolved: for the log when it names none that exists. */
function nameAsked({ asked }: NeutralRequest): string {
  return 'command' in asked ? asked.command : 'lookUp' in asked ? 'ask' : 'text'
}

/** The text a request gave, before it is resolved: for the record when it runs no command. */
function textAsked({ asked }: NeutralRequest): string {
  if ('lookUp' in asked) return asked.lookUp
  if ('text' in asked) return asked.text
  if ('button' in asked) return asked.madeFrom?.text ?? ''
  const first = Object.values(asked.options).find((value) => typeof value === 'string')
  return typeof first === 'string' ? first : ''
}

function passageIdsOf(reply: Reply): string[] {
  if (reply.kind === 'answers') return reply.answers.map((answer) => answer.passageId)
  if (reply.kind === 'statistics') return [...new Set(reply.groups.flatMap((group) => group.statistics.map((s) => s.passageId)))]
  return []
}
