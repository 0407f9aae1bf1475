import { expect, it } from 'vitest'
import { createLogger } from '../../../src/app/log.js'
import { FakeSlack, signedHeaders } from '../../helpers/fake-slack.js'
import { buttonPayload, slashCommandForm } from '../../helpers/slack-payloads.js'
import { eventsUrlOf, SLACK_SIGNING_SECRET, startSlackAppOn } from '../../helpers/start-adapters.js'
import { captureStream } from '../../helpers/streams.js'
import { waitUntil } from '../../helpers/wait-until.js'

// Bolt's respond() sets no timeout: a response_url that never answers must not hold the handler or the shutdown.
it('gives up on a response_url that never answers, logs it, and shuts down without waiting for it', async () => {
  const fake = await FakeSlack.start()
  const logs = captureStream()
  const slack = await startSlackAppOn(fake, { log: createLogger(logs), responseUrlTimeoutMs: 500, drainTimeoutMs: 5_000 })
  try {
    const url = eventsUrlOf(slack)
    const post = async (body: string) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(SLACK_SIGNING_SECRET, body) },
        body,
      })
    const asked = (await (await post(slashCommandForm('/ask', 'digital economy', fake.responseUrl('asked')))).json()) as {
      blocks: Array<{ elements?: Array<{ action_id?: string; value?: string }> }>
    }
    const more = asked.blocks.flatMap((block) => block.elements ?? []).find((element) => element.action_id === 'more')!.value!
    fake.hanging.add('hung')
    const click = new URLSearchParams({ payload: JSON.stringify(buttonPayload('more', more, fake.responseUrl('hung'))) }).toString()
    expect((await post(click)).status).toBe(200)
    await fake.waitFor((call) => call.kind === 'response' && call.name === 'hung')
    await waitUntil(
      () => logs.text().includes('slack response_url did not answer in time'),
      4_000,
      () => logs.text(),
    )
  } finally {
    await slack.stop()
    await fake.close()
  }
  // The click's handler had ended: the drain found nothing left in flight.
  expect(logs.text()).not.toContain('stopped with requests still in flight')
})
