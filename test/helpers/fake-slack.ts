import { createHmac } from 'node:crypto'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type WebSocket, WebSocketServer } from 'ws'
import { waitUntil } from './wait-until.js'

/** A call the app made to the fake Web API, a file upload, or a response_url post. */
export interface SlackCall {
  kind: 'api' | 'upload' | 'response'
  /** Web API method ("chat.postMessage"), file id, or response id. */
  name: string
  /** Arguments, with JSON-in-form fields (blocks, files) decoded. */
  // biome-ignore lint/suspicious/noExplicitAny: whatever the app sent
  args: any
  bytes?: Buffer
  authorization?: string
}

export const BOT_USER_ID = 'UBOT0000001'

/**
 * Slack as Bolt sees it, on 127.0.0.1 only: the Web API methods the app calls,
 * the upload URLs files go to, response_url endpoints, and a Socket Mode
 * WebSocket that says hello and takes acknowledgements.
 */
export class FakeSlack {
  readonly calls: SlackCall[] = []
  // biome-ignore lint/suspicious/noExplicitAny: whatever the app acknowledged with
  readonly acks: Array<{ envelope_id: string; payload?: any }> = []
  private readonly server: Server
  private readonly sockets = new WebSocketServer({ noServer: true })
  private readonly connected = new Set<WebSocket>()
  private files = 0
  private envelopes = 0
  /** Web API methods (or response ids) that answer with a server error, to test failures. */
  readonly failing = new Set<string>()
  /** Answer every Web API call `invalid_auth`, as Slack does for a revoked or mistyped token. */
  rejectToken = false
  /** Response ids whose response_url takes the post and never answers, as a hung peer would. */
  readonly hanging = new Set<string>()
  /** Web API methods that answer only after this many milliseconds, to test timeouts. */
  readonly slow = new Map<string, number>()
  /** 429s still to answer: a call to `method` (in `channel`, if given) gets one, with Retry-After. */
  private readonly rateLimits: Array<{ method: string; channel?: string; retryAfterSeconds: number }> = []
  /** The app as configured at Slack, for OAuth: its credentials and the redirect URL set in its settings. */
  oauthApp: { clientId: string; clientSecret: string; redirectUri: string } | undefined
  /** The workspace whose admin approves the next installation at the authorize page. */
  installingTeam = { id: 'T0000000002', name: 'Second Workspace' }
  /** Codes the authorize page handed out, not yet exchanged: each works once, as at Slack. */
  private readonly codes = new Map<string, { team: { id: string; name: string }; scope: string; redirectUri: string }>()
  /** The bot tokens oauth.v2.access issued, with the workspace and bot user each belongs to. */
  readonly issuedTokens = new Map<string, { teamId: string; teamName: string; botUserId: string; botId: string }>()

  private constructor() {
    this.server = createServer((request, response) => {
      void this.handle(request).then((answer) => {
        if (answer === 'never') return
        const { status, body, type = 'application/json', headers = {}, location } = answer
        response.writeHead(status, { 'content-type': type, ...headers, ...(location ? { location } : {}) })
        response.end(typeof body === 'string' ? body : JSON.stringify(body))
      })
    })
    this.server.on('upgrade', (request, socket, head) => this.sockets.handleUpgrade(request, socket, head, (ws) => this.greet(ws)))
  }

  static async start(): Promise<FakeSlack> {
    const fake = new FakeSlack()
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve))
    return fake
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`
  }

  /** A response_url for an interaction, pointing at this fake. */
  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/response/${id}`
  }

  /** The next call to `method` (in `channel`, if given) answers 429 with `Retry-After: retryAfterSeconds`, as Slack's per-channel limits do. */
  rateLimitOnce(method: string, retryAfterSeconds: number, channel?: string): void {
    this.rateLimits.push({ method, retryAfterSeconds, ...(channel ? { channel } : {}) })
  }

  get socketCount(): number {
    return this.connected.size
  }

  async waitFor(matches: (call: SlackCall) => boolean, timeoutMs = 5000): Promise<SlackCall> {
    let found: SlackCall | undefined
    await waitUntil(
      () => (found = this.calls.find(matches)) !== undefined,
      timeoutMs,
      () => `fake Slack: no matching call in ${timeoutMs} ms; got ${this.calls.map((c) => `${c.kind}:${c.name}`).join(', ')}`,
    )
    return found!
  }

  /**
   * Sends a Socket Mode envelope and resolves with the app's acknowledgement.
   * A `retryAttempt` above 0 marks it as Slack's resend of an envelope it saw no ack for.
   */
  async sendEnvelope(
    type: string,
    payload: unknown,
    acceptsResponsePayload = false,
    retryAttempt = 0,
    // biome-ignore lint/suspicious/noExplicitAny: whatever the app acknowledged with
  ): Promise<{ envelope_id: string; payload?: any }> {
    const envelopeId = `envelope-${++this.envelopes}`
    const frame = JSON.stringify({
      envelope_id: envelopeId,
      type,
      accepts_response_payload: acceptsResponsePayload,
      payload,
      retry_attempt: retryAttempt,
      retry_reason: retryAttempt > 0 ? 'timeout' : '',
    })
    for (const socket of this.connected) socket.send(frame)
    let ack: (typeof this.acks)[number] | undefined
    await waitUntil(
      () => (ack = this.acks.find((candidate) => candidate.envelope_id === envelopeId)) !== undefined,
      5000,
      () => `fake Slack: no ack for ${envelopeId}`,
    )
    return ack!
  }

  /** Closes the Socket Mode connections from Slack's side, as a restart of Slack's servers would. */
  dropSockets(): void {
    for (const socket of this.connected) socket.close(1001, 'going away')
  }

  async waitForSockets(count: number, timeoutMs = 5000): Promise<void> {
    await waitUntil(
      () => this.connected.size === count,
      timeoutMs,
      () => `fake Slack: ${this.connected.size} sockets, wanted ${count}`,
    )
  }

  async close(): Promise<void> {
    for (const socket of this.connected) socket.terminate()
    this.sockets.close()
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  private greet(socket: WebSocket): void {
    this.connected.add(socket)
    socket.on('close', () => this.connected.delete(socket))
    socket.on('message', (raw) => this.acks.push(JSON.parse(raw.toString()) as { envelope_id: string }))
    socket.send(
      JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: 'A0000000001' } }),
    )
  }

  private async handle(
    request: IncomingMessage,
  ): Promise<{ status: number; body: unknown; type?: string; headers?: Record<string, string>; location?: string } | 'never'> {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks)
    if ((request.url ?? '').startsWith('/oauth/v2/authorize')) return this.authorize(new URL(request.url ?? '', 'http://fake'))
    const [, kind = '', name = ''] = /^\/(api|upload|response)\/([^/?]+)/.exec(request.url ?? '') ?? []
    const authorization = request.headers.authorization
    if (kind === 'upload') {
      const bytes = await uploadedBytes(raw, request.headers['content-type'] ?? '')
      this.calls.push({ kind: 'upload', name, args: {}, bytes, ...(authorization ? { authorization } : {}) })
      return { status: 200, body: 'OK', type: 'text/plain' }
    }
    const args = decode(raw, request.headers['content-type'] ?? '')
    if (kind === 'response') {
      this.calls.push({ kind: 'response', name, args })
      if (this.hanging.has(name)) return 'never'
      if (this.failing.has(name)) return { status: 500, body: 'internal error', type: 'text/plain' }
      return { status: 200, body: 'ok', type: 'text/plain' }
    }
    if (kind !== 'api') return { status: 404, body: { ok: false, error: 'not_found' } }
    this.calls.push({ kind: 'api', name, args, ...(authorization ? { authorization } : {}) })
    const limit = this.rateLimits.findIndex(
      (l) => l.method === name && (l.channel === undefined || l.channel === args.channel || l.channel === args.channel_id),
    )
    if (limit >= 0) {
      const retryAfter = String(this.rateLimits.splice(limit, 1)[0]?.retryAfterSeconds)
      return { status: 429, body: { ok: false, error: 'ratelimited' }, headers: { 'retry-after': retryAfter } }
    }
    const delay = this.slow.get(name)
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay))
    if (this.failing.has(name)) return { status: 500, body: { ok: false, error: 'internal_error' } }
    if (this.rejectToken) return { status: 200, body: { ok: false, error: 'invalid_auth' } }
    return { status: 200, body: this.answer(name, args, authorization) }
  }

  /** Where /slack/install sends the browser: Slack's consent page, here approved at once for `installingTeam`. */
  get authorizationUrl(): string {
    return `http://127.0.0.1:${this.port}/oauth/v2/authorize`
  }

  /** The consent page, approved: Slack redirects to the app's redirect URL with a one-time code and the state it was given. */
  private authorize(url: URL): { status: number; body: unknown; type?: string; location?: string } {
    const app = this.oauthApp
    if (!app || url.searchParams.get('client_id') !== app.clientId) return { status: 400, body: 'invalid_client_id', type: 'text/plain' }
    // Slack uses the redirect URL in the app's settings, or one given here that matches it.
    const redirectUri = url.searchParams.get('redirect_uri') ?? app.redirectUri
    if (redirectUri !== app.redirectUri) return { status: 400, body: 'bad_redirect_uri', type: 'text/plain' }
    const code = `code-${this.codes.size + 1}-${Date.now()}`
    this.codes.set(code, { team: this.installingTeam, scope: url.searchParams.get('scope') ?? '', redirectUri })
    const back = new URL(redirectUri)
    back.searchParams.set('code', code)
    back.searchParams.set('state', url.searchParams.get('state') ?? '')
    return { status: 302, body: '', type: 'text/plain', location: back.toString() }
  }

  /** oauth.v2.access, in the shape Slack answers with (docs.slack.dev/reference/methods/oauth.v2.access). */
  private exchangeCode(args: Record<string, unknown>, authorization: string | undefined): unknown {
    const app = this.oauthApp
    // The client's id and secret come as form fields or as HTTP Basic authentication.
    const basic = authorization?.startsWith('Basic ') ? Buffer.from(authorization.slice(6), 'base64').toString('utf8').split(':') : []
    const clientId = String(args.client_id ?? basic[0] ?? '')
    const clientSecret = String(args.client_secret ?? basic[1] ?? '')
    if (!app || clientId !== app.clientId) return { ok: false, error: 'invalid_client_id' }
    if (clientSecret !== app.clientSecret) return { ok: false, error: 'bad_client_secret' }
    const granted = this.codes.get(String(args.code ?? ''))
    if (!granted) return { ok: false, error: 'invalid_code' }
    this.codes.delete(String(args.code))
    if (args.redirect_uri !== undefined && args.redirect_uri !== granted.redirectUri) return { ok: false, error: 'bad_redirect_uri' }
    const n = this.issuedTokens.size + 2
    const token = `xoxb-${granted.team.id}-${n}-fake`
    const bot = { teamId: granted.team.id, teamName: granted.team.name, botUserId: `UBOT000000${n}`, botId: `B000000000${n}` }
    this.issuedTokens.set(token, bot)
    return {
      ok: true,
      access_token: token,
      token_type: 'bot',
      scope: granted.scope,
      bot_user_id: bot.botUserId,
      app_id: 'A0000000001',
      team: { name: granted.team.name, id: granted.team.id },
      enterprise: null,
      is_enterprise_install: false,
      authed_user: { id: 'U0000000099' },
    }
  }

  private answer(method: string, args: Record<string, unknown>, authorization?: string): unknown {
    const issued = this.issuedTokens.get(authorization?.replace(/^Bearer /, '') ?? '')
    switch (method) {
      case 'oauth.v2.access':
        return this.exchangeCode(args, authorization)
      case 'auth.test':
        if (issued)
          return {
            ok: true,
            url: 'https://fake.slack.test/',
            team: issued.teamName,
            user: 'paperbot',
            team_id: issued.teamId,
            user_id: issued.botUserId,
            bot_id: issued.botId,
            is_enterprise_install: false,
          }
        return {
          ok: true,
          url: 'https://fake.slack.test/',
          team: 'Fake',
          user: 'paperbot',
          team_id: 'T0000000001',
          user_id: BOT_USER_ID,
          bot_id: 'B0000000001',
        }
      case 'apps.connections.open':
        return { ok: true, url: `ws://127.0.0.1:${this.port}/socket` }
      case 'chat.postMessage':
        return {
          ok: true,
          channel: args.channel,
          ts: `1700000000.${String(this.calls.length).padStart(6, '0')}`,
          message: { text: args.text },
        }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: '1700000000.000001' }
      case 'views.publish':
        return { ok: true, view: { id: 'V0000000001' } }
      case 'views.open':
        // Like Slack: a modal needs the trigger of the click it answers, and a view.
        if (typeof args.trigger_id !== 'string' || !args.trigger_id) return { ok: false, error: 'invalid_trigger_id' }
        if (typeof args.view !== 'object' || args.view === null) return { ok: false, error: 'invalid_arguments' }
        return { ok: true, view: { id: `V${String(this.calls.length).padStart(10, '0')}`, ...(args.view as object) } }
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(args.users)}` } }
      case 'files.getUploadURLExternal': {
        const id = `F${String(++this.files).padStart(10, '0')}`
        return { ok: true, upload_url: `http://127.0.0.1:${this.port}/upload/${id}`, file_id: id }
      }
      case 'files.completeUploadExternal':
        return { ok: true, files: (args.files as Array<{ id: string; title?: string }>).map(({ id, title }) => ({ id, title })) }
      default:
        return { ok: false, error: 'unknown_method' }
    }
  }
}

/** The file of an upload: the web client posts it as the one part of a multipart body. */
async function uploadedBytes(raw: Buffer, contentType: string): Promise<Buffer> {
  if (!contentType.startsWith('multipart/form-data')) return raw
  const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData()
  for (const value of form.values()) if (typeof value !== 'string') return Buffer.from(await value.arrayBuffer())
  return Buffer.alloc(0)
}

function decode(raw: Buffer, contentType: string): Record<string, unknown> {
  const text = raw.toString('utf8')
  if (text.length === 0) return {}
  if (contentType.includes('json')) return JSON.parse(text) as Record<string, unknown>
  const args: Record<string, unknown> = {}
  for (const [key, value] of new URLSearchParams(text)) {
    args[key] = /^[[{]/.test(value) ? JSON.parse(value) : value
  }
  return args
}

/** Headers Slack signs a request with: v0 HMAC-SHA256 of "v0:timestamp:body" with the signing secret. */
export function signedHeaders(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': `v0=${signature}` }
}
