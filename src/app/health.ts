import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Retriever } from '../core/retriever.js'

/** What the report counts: the documents, from a retriever or a worker's answers. */
type Listing = Pick<Retriever, 'documents'>

/** What /healthz reports: up (or draining, once shutdown began), and how much it knows. */
function healthReport(retriever: Listing, draining: boolean, startedAt: number) {
  return {
    status: draining ? 'draining' : 'ok',
    documents: retriever.documents.length,
    passages: retriever.documents.reduce((sum, document) => sum + document.passages.length, 0),
    uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
  }
}

/**
 * Answers GET /healthz with the report, 200 while serving and 503 once
 * `isDraining()` (shutdown began), so a load balancer stops sending traffic
 * while the requests in flight finish; anything else with 404.
 */
export function healthHandler(retriever: Listing, isDraining: () => boolean = () => false, startedAt = Date.now()) {
  return (request: IncomingMessage, response: ServerResponse) => {
    const ok = request.method === 'GET' && (request.url ?? '').split('?')[0] === '/healthz'
    const draining = isDraining()
    response.writeHead(ok ? (draining ? 503 : 200) : 404, { 'content-type': 'application/json' })
    response.end(JSON.stringify(ok ? healthReport(retriever, draining, startedAt) : { status: 'not found' }))
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
