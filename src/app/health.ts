import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Retriever } from '../core/retriever.js'

/**
 * What the report counts: the documents, from a retriever or a worker's answers; a worker
 * also says whether it is up (`answering`) and how often it was restarted.
 */
type Listing = Pick<Retriever, 'documents'> & { readonly answering?: boolean; readonly restarts?: number }

type Status = 'ok' | 'draining' | 'restarting'

/** What /healthz reports: up, draining (once shutdown began) or restarting (no answer worker up), and how much it knows. */
function healthReport(retriever: Listing, status: Status, startedAt: number) {
  return {
    status,
    documents: retriever.documents.length,
    passages: retriever.documents.reduce((sum, document) => sum + document.passages.length, 0),
    uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
    ...(retriever.restarts === undefined ? {} : { answerWorkerRestarts: retriever.restarts }),
  }
}

function statusOf(retriever: Listing, draining: boolean): Status {
  if (draining) return 'draining'
  return retriever.answering === false ? 'restarting' : 'ok'
}

/**
 * Answers GET /healthz with the report, 200 while serving and 503 once
 * `isDraining()` (shutdown began), so a load balancer stops sending traffic
 * while the requests in flight finish; 503 "restarting" too while the answer
 * worker is down after a crash, since questions then get only the apology.
 * Anything else gets 404.
 */
export function healthHandler(retriever: Listing, isDraining: () => boolean = () => false, startedAt = Date.now()) {
  return (request: IncomingMessage, response: ServerResponse) => {
    const ok = request.method === 'GET' && (request.url ?? '').split('?')[0] === '/healthz'
    const status = statusOf(retriever, isDraining())
    response.writeHead(ok ? (status === 'ok' ? 200 : 503) : 404, { 'content-type': 'application/json' })
    response.end(JSON.stringify(ok ? healthReport(retriever, status, startedAt) : { status: 'not found' }))
  }
}

/** A server for /healthz alone (HEALTH_PORT), for deployments without Slack's HTTP server. */
export async function startHealthServer(
  port: number,
  host: string | undefined,
  retriever: Listing,
  isDraining: () => boolean = () => false,
): Promise<Server> {
  const server = createServer(healthHandler(retriever, isDraining))
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new PortInUseError('HEALTH_PORT', port, { cause: error }) : error),
    )
    server.listen(port, host, () => resolve())
  })
  return server
}

/** A port a setting asks for is taken: the message says which setting to change. */
export class PortInUseError extends Error {
  readonly code = 'EADDRINUSE'
  constructor(
    readonly setting: 'PORT' | 'HEALTH_PORT',
    readonly port: number,
    options?: ErrorOptions,
  ) {
    super(`port ${port} (${setting}) is in use`, options)
    this.name = 'PortInUseError'
  }
}
