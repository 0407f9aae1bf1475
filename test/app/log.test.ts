import { describe, expect, it } from 'vitest'
import { createLogger } from '../../src/app/log.js'
import { captureStream } from '../helpers/streams.js'

const lines = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>)

describe('the log', () => {
  it('writes one JSON line per event with an ISO time, the level by name, the message and the fields', () => {
    const stream = captureStream()
    const log = createLogger(stream)
    log.info('slack app ready', { mode: 'http', address: { port: 3000 } })
    const [line] = lines(stream.text())
    expect(line).toEqual({ time: expect.any(String), level: 'info', message: 'slack app ready', mode: 'http', address: { port: 3000 } })
    expect(new Date(line!.time as string).toISOString()).toBe(line!.time)
    // In this order, so a line can be matched as text (grep, the end-to-end tests) as well as parsed.
    expect(stream.text()).toMatch(/^\{"level":"info","time":"[^"]+","message":"slack app ready","mode":"http","address"/)
  })

  it('writes nothing below its level', () => {
    const stream = captureStream()
    const log = createLogger(stream, { level: 'warn' })
    log.debug('tick')
    log.info('answered')
    log.warn('slow')
    expect(lines(stream.text()).map((line) => line.level)).toEqual(['warn'])
    const silent = captureStream()
    createLogger(silent, { level: 'silent' }).error('boom', new Error('index exploded'))
    expect(silent.text()).toBe('')
  })

  it("logs an error's stack as one field, and nothing of its other properties", () => {
    const stream = captureStream()
    const failure = Object.assign(new Error('index exploded'), { config: { headers: { Authorization: 'Bearer xoxb-leaked' } } })
    createLogger(stream).error('slack message failed', failure, { platform: 'slack' })
    const [line] = lines(stream.text())
    expect(line).toMatchObject({ level: 'error', message: 'slack message failed', platform: 'slack' })
    expect(line!.error).toMatch(/^Error: index exploded\n\s+at /)
    expect(stream.text()).not.toContain('xoxb-leaked')
  })

  it('never writes a credential passed among the fields, at any depth', () => {
    const stream = captureStream()
    const log = createLogger(stream)
    log.info('settings', {
      token: 'discord-token-value',
      slack: { botToken: 'xoxb-1', signingSecret: 'shh-shh-shh', appToken: 'xapp-1', port: 3000 },
    })
    log.warn('request', { request: { headers: { authorization: 'Bearer xoxb-2' } } })
    const text = stream.text()
    for (const secret of ['discord-token-value', 'xoxb-1', 'shh-shh-shh', 'xapp-1', 'xoxb-2']) expect(text).not.toContain(secret)
    expect(lines(text)[0]).toMatchObject({ token: '[redacted]', slack: { botToken: '[redacted]', port: 3000 } })
  })

  it('writes short readable lines for a person at a terminal, the stack below the message', () => {
    const stream = captureStream()
    const log = createLogger(stream, { format: 'pretty' })
    log.info('answered', { platform: 'terminal', found: true })
    log.error('corpus reload failed', new Error('bad date'))
    const [answered, failed, stack] = stream.text().split('\n')
    expect(answered).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: answered platform=terminal found=true$/)
    expect(failed).toMatch(/^\[\d\d:\d\d:\d\d\] ERROR: corpus reload failed$/)
    expect(stack).toBe('Error: bad date')
  })
})
