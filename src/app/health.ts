import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Retriever } from '../core/retriever.js'

/** What /healthz reports: up, and how much it knows. */
function healthReport(retriever: Retriever, startedAt: number) {
  return {
    status: 'ok',
    documents: retriever.documents.length,
    passages: retriever.documents.reduce((sum, document) => sum + document.passages.length, 0),
    uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
  }
}

/** Answers GET /healthz with the report; anything else with 404. */
export function healthHandler(retriever: Retriever, startedAt = Date.now()) {
  return (request: IncomingMessage, response: ServerResponse) => {
    const ok = request.method === 'GET' && (request.url ?? '').split('?')[0] === '/healthz'
    response.writeHead(ok ? 200 : 404, { 'content-type': 'application/json' })
    response.end(JSON.stringify(ok ? healthReport(retriever, startedAt) : { status: 'not found' }))
  }
}

/** A server for /healthz alone (HEALTH_PORT), for deployments without Slack's HTTP server. */
export async function startHealthServer(port: number, host: string | undefined, retriever: Retriever): Promise<Server> {
  const server = createServer(healthHandler(retriever))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
  return server
}
