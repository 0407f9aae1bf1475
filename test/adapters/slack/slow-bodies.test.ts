import { connect, type Socket } from 'node:net'
import { describe, expect, it } from 'vitest'
import type { SlackApp } from '../../../src/adapters/slack/app.js'
import { FakeSlack, signedHeaders } from '../../helpers/fake-slack.js'
import { slashCommandForm } from '../../helpers/slack-payloads.js'
import { eventsUrlOf, SLACK_SIGNING_SECRET, startSlackAppOn } from '../../helpers/start-adapters.js'
import { waitUntil } from '../../helpers/wait-until.js'

// A body is read before its signature can be checked: a sender dribbling one byte at a time
// must be cut off, and only so many may be arriving at once.
const FORM = 'application/x-www-form-urlencoded'

/** A signed request whose headers arrive at once and whose body then arrives 10 bytes a second. */
function dribble(port: number, body: string) {
  const { socket, received, closed } = watchedSocket(port, () => clearInterval(timer))
  let sent = 0
  const headers = { 'content-type': FORM, 'content-length': String(Buffer.byteLength(body)), ...signedHeaders(SLACK_SIGNING_SECRET, body) }
  socket.write(
    `POST /slack/events HTTP/1.1\r\nhost: 127.0.0.1\r\n${Object.entries(headers)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('')}\r\n`,
  )
  const timer = setInterval(() => {
    if (sent < body.length) socket.write(body[sent++]!)
  }, 100)
  return { received, closed, sent: () => sent, body }
}

/** A connection to the bot, with what it has answered and whether it has closed. */
function watchedSocket(port: number, onClose: () => void = () => undefined) {
  const socket: Socket = connect(port, '127.0.0.1')
  let received = ''
  let closed = false
  socket.on('data', (chunk) => {
    received += chunk.toString('latin1')
  })
  socket.on('error', () => undefined)
  socket.on('close', () => {
    closed = true
    onClose()
  })
  return { socket, received: () => received, closed: () => closed }
}

async function withApp(options: Parameters<typeof startSlackAppOn>[1], test: (slack: SlackApp, fake: FakeSlack) => Promise<void>) {
  const fake = await FakeSlack.start()
  const slack = await startSlackAppOn(fake, options)
  try {
    await test(slack, fake)
  } finally {
    await slack.stop()
    await fake.close()
  }
}
const portOf = (slack: SlackApp) => Number(new URL(eventsUrlOf(slack)).port)

describe('Slack HTTP mode: slow request bodies', () => {
  it('cuts off a connection dribbling its body once the request timeout has passed', async () => {
    await withApp({ requestTimeoutMs: 1_000 }, async (slack, fake) => {
      const slow = dribble(portOf(slack), slashCommandForm('/ask', 'internet users', fake.responseUrl('slow')))
      await waitUntil(slow.closed, 5_000, () => `still open after sending ${slow.sent()} of ${slow.body.length} bytes`)
      expect(slow.received()).toMatch(/^HTTP\/1\.1 408/)
      expect(slow.sent()).toBeLessThan(slow.body.length)
      expect(fake.calls.filter((call) => call.name === 'slow')).toEqual([])
    })
  })

  it('refuses more bodies arriving at once than allowed, with 503, and serves again once they are gone', async () => {
    await withApp({ requestTimeoutMs: 1_000, maxBodiesInProgress: 1 }, async (slack, fake) => {
      const slow = dribble(portOf(slack), slashCommandForm('/ask', 'internet users', fake.responseUrl('slow')))
      // Its headers arrive at once; the server counts it from then on.
      await new Promise((resolve) => setTimeout(resolve, 300))
      const ask = async () => {
        const body = slashCommandForm('/ask', 'internet users', fake.responseUrl(`r${Math.random()}`))
        const response = await fetch(eventsUrlOf(slack), {
          method: 'POST',
          headers: { 'content-type': FORM, ...signedHeaders(SLACK_SIGNING_SECRET, body) },
          body,
        })
        return { status: response.status, text: await response.text() }
      }
      expect((await ask()).status).toBe(503)
      await waitUntil(slow.closed, 5_000)
      const answered = await ask()
      expect(answered.status).toBe(200)
      expect(answered.text).toContain('1.05 billion')
    })
  })

  it('cuts off a connection dribbling its headers once the headers timeout has passed', async () => {
    await withApp({ requestTimeoutMs: 5_000, headersTimeoutMs: 500 }, async (slack) => {
      const { socket, received, closed } = watchedSocket(portOf(slack))
      // A header line that never ends, one byte every 100 ms: before any signature can be checked.
      socket.write('POST /slack/events HTTP/1.1\r\nx-slow: ')
      const timer = setInterval(() => socket.write('a'), 100)
      const started = Date.now()
      try {
        await waitUntil(
          () => closed(),
          4_000,
          () => `still open after ${Date.now() - started} ms`,
        )
      } finally {
        clearInterval(timer)
        socket.destroy()
      }
      expect(received()).toMatch(/^HTTP\/1\.1 408/)
    })
  })
})
