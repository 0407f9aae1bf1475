import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type WebSocket, WebSocketServer } from 'ws'

/** A request the bot sent to the fake REST API, with its body decoded. */
export interface RecordedRequest {
  method: string
  path: string
  /** JSON body, or the `payload_json` part of a multipart body. */
  // biome-ignore lint/suspicious/noExplicitAny: whatever the bot sent
  body: any
  files: Array<{ name: string; data: Buffer }>
}

export const APPLICATION_ID = '100000000000000001'
export const BOT_USER = { id: APPLICATION_ID, username: 'paperbot', discriminator: '0', avatar: null, bot: true, global_name: null }

/**
 * Discord as the real discord.js client sees it, on 127.0.0.1 only: the REST
 * routes the bot uses and a gateway that says HELLO, answers heartbeats, sends
 * READY on IDENTIFY and then whatever the test dispatches.
 */
export class FakeDiscord {
  readonly requests: RecordedRequest[] = []
  private readonly server: Server
  private readonly gateway: WebSocketServer
  private readonly sockets = new Set<WebSocket>()
  /** Which shard each identified connection is, from its IDENTIFY. */
  private readonly shardOf = new Map<WebSocket, number>()
  /** The shard pairs ([id, count]) the clients identified as. */
  readonly identifiedShards: Array<[number, number]> = []
  private sequence = 0
  private waiters: Array<() => void> = []
  private readonly listeners = new Set<(request: RecordedRequest) => void>()
  identified = 0
  /** Heartbeats received (each answered with an ACK). */
  heartbeats = 0
  /** RESUMEs received (each answered with RESUMED). */
  resumed = 0
  /** How long interaction callbacks take to be answered, as on a slow network. */
  callbackDelayMs = 0
  /** The interaction callbacks answered so far, by path, in order. */
  readonly answeredCallbacks: string[] = []
  /** Answer every REST request 401 Unauthorized, as Discord does for a reset or mistyped bot token. */
  rejectToken = false
  /** 429s still to answer: the next request whose method and path match gets one, with Retry-After. */
  private readonly rateLimits: Array<{ method: string; path: RegExp; retryAfterSeconds: number }> = []

  /** @param heartbeatIntervalMs short, so tests see the client keep the connection alive */
  private constructor(private readonly heartbeatIntervalMs: number) {
    this.server = createServer((request, response) => {
      void this.handle(request).then(
        ({ status, body, headers = {} }) => {
          // Like Discord: a 204 has no body and no content type.
          response.writeHead(status, body === undefined ? headers : { 'content-type': 'application/json', ...headers })
          response.end(body === undefined ? undefined : JSON.stringify(body))
        },
        () => {
          response.writeHead(500)
          response.end()
        },
      )
    })
    this.gateway = new WebSocketServer({ server: this.server })
    this.gateway.on('connection', (socket) => this.greet(socket))
  }

  static async start(heartbeatIntervalMs = 1_000): Promise<FakeDiscord> {
    const fake = new FakeDiscord(heartbeatIntervalMs)
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve))
    return fake
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port
  }

  /** The REST base URL to give discord.js (it appends /v10). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`
  }

  /** Sends a gateway event to every connected client, or only to the given shard, as Discord does for a guild. */
  dispatch(type: string, data: unknown, shard?: number): void {
    const frame = JSON.stringify({ op: 0, t: type, s: ++this.sequence, d: data })
    for (const socket of this.sockets) if (shard === undefined || this.shardOf.get(socket) === shard) socket.send(frame)
  }

  /** The next `method` request to a path matching `path` answers 429 with `Retry-After: retryAfterSeconds`, as Discord's per-route limits do. */
  rateLimitOnce(method: string, path: RegExp, retryAfterSeconds: number): void {
    this.rateLimits.push({ method, path, retryAfterSeconds })
  }

  /** Drops every gateway connection, as a network failure would. */
  dropConnections(code = 4000): void {
    for (const socket of this.sockets) socket.close(code)
  }

  /** Calls `listener` with every request from now on (for load tests, which cannot afford to search). */
  onRequest(listener: (request: RecordedRequest) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Resolves with the first request (from now or already recorded) that matches. */
  async waitForRequest(matches: (request: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = this.requests.find(matches)
      if (found) return found
      if (Date.now() > deadline)
        throw new Error(
          `fake Discord: no matching request in ${timeoutMs} ms; got ${this.requests.map((r) => `${r.method} ${r.path}`).join(', ')}`,
        )
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve)
        setTimeout(resolve, 50)
      })
    }
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate()
    await new Promise<void>((resolve) => this.gateway.close(() => resolve()))
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  private greet(socket: WebSocket): void {
    this.sockets.add(socket)
    socket.on('close', () => this.sockets.delete(socket))
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs } }))
    socket.on('message', (raw) => {
      const { op, d } = JSON.parse(raw.toString()) as { op: number; d: { session_id?: string; shard?: [number, number] } }
      if (op === 1) {
        this.heartbeats += 1
        socket.send(JSON.stringify({ op: 11 }))
      }
      if (op === 2) {
        this.identified += 1
        const shard = d.shard ?? [0, 1]
        this.identifiedShards.push(shard)
        this.shardOf.set(socket, shard[0])
        socket.send(
          JSON.stringify({
            op: 0,
            t: 'READY',
            s: ++this.sequence,
            d: {
              v: 10,
              user: BOT_USER,
              guilds: [],
              session_id: `session-${this.identified}`,
              resume_gateway_url: `ws://127.0.0.1:${this.port}`,
              application: { id: APPLICATION_ID, flags: 0 },
            },
          }),
        )
      }
      if (op === 6) {
        this.resumed += 1
        socket.send(JSON.stringify({ op: 0, t: 'RESUMED', s: ++this.sequence, d: {} }))
      }
    })
  }

  private async handle(request: IncomingMessage): Promise<{ status: number; body?: unknown; headers?: Record<string, string> }> {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks)
    const path = decodeURIComponent((request.url ?? '').split('?')[0] ?? '')
    const { body, files } = await decodeBody(raw, request.headers['content-type'] ?? '')
    const recorded = { method: request.method ?? '', path, body, files }
    this.requests.push(recorded)
    for (const listener of this.listeners) listener(recorded)
    for (const wake of this.waiters.splice(0)) wake()
    if (this.rejectToken) return { status: 401, body: { message: '401: Unauthorized', code: 0 } }
    const limit = this.rateLimits.findIndex((l) => l.method === request.method && l.path.test(path))
    if (limit >= 0) {
      const retryAfter = this.rateLimits.splice(limit, 1)[0]!.retryAfterSeconds
      return {
        status: 429,
        body: { message: 'You are being rate limited.', retry_after: retryAfter, global: false },
        headers: { 'retry-after': String(retryAfter), 'x-ratelimit-scope': 'user' },
      }
    }

    if (request.method === 'GET' && path === '/api/v10/gateway/bot') {
      return {
        status: 200,
        body: {
          url: `ws://127.0.0.1:${this.port}`,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
        },
      }
    }
    if (/^\/api\/v10\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      if (this.callbackDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.callbackDelayMs))
      this.answeredCallbacks.push(path)
      return { status: 204 }
    }
    if (/^\/api\/v10\/webhooks\/\d+\/[^/]+(\/messages\/@original)?$/.test(path)) {
      return { status: 200, body: messageFrom(body) }
    }
    if (request.method === 'PUT' && /^\/api\/v10\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      return {
        status: 200,
        body: (body as unknown[]).map((command, i) => ({
          id: String(200 + i),
          application_id: APPLICATION_ID,
          version: '1',
          ...(command as object),
        })),
      }
    }
    return { status: 404, body: { message: 'Unknown route in fake Discord', code: 0 } }
  }
}

async function decodeBody(raw: Buffer, contentType: string): Promise<{ body: unknown; files: RecordedRequest['files'] }> {
  if (raw.length === 0) return { body: undefined, files: [] }
  if (!contentType.startsWith('multipart/form-data')) return { body: JSON.parse(raw.toString('utf8')), files: [] }
  const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData()
  const files: RecordedRequest['files'] = []
  let body: unknown
  for (const [name, value] of form.entries()) {
    if (name === 'payload_json' && typeof value === 'string') body = JSON.parse(value)
    else if (typeof value !== 'string') files.push({ name: value.name, data: Buffer.from(await value.arrayBuffer()) })
  }
  return { body, files }
}

let messageCounter = 500
function messageFrom(body: unknown) {
  const payload = (body ?? {}) as { content?: string; embeds?: unknown[]; components?: unknown[]; flags?: number }
  return discordMessage({
    id: String(++messageCounter),
    channel_id: '300',
    content: payload.content ?? '',
    embeds: payload.embeds ?? [],
    components: payload.components ?? [],
    author: BOT_USER,
    flags: payload.flags ?? 0,
  })
}

/** A message object as Discord's API sends it; `fields` give what differs. */
export function discordMessage(fields: { id: string; channel_id: string; author: object } & Record<string, unknown>) {
  return {
    content: '',
    embeds: [],
    components: [],
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    pinned: false,
    type: 0,
    ...fields,
  }
}
