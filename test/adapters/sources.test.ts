import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DiscordBot } from '../../src/adapters/discord/bot.js'
import { EMBED_LIMITS } from '../../src/adapters/discord/limits.js'
import type { SlackApp } from '../../src/adapters/slack/app.js'
import { BLOCK_LIMITS } from '../../src/adapters/slack/blocks.js'
import { runTerminalSession } from '../../src/adapters/terminal/session.js'
import { slashCommand } from '../helpers/discord-payloads.js'
import { FakeDiscord } from '../helpers/fake-discord.js'
import { FakeSlack, signedHeaders } from '../helpers/fake-slack.js'
import { sectionedRetriever } from '../helpers/sectioned-documents.js'
import { slashCommandForm } from '../helpers/slack-payloads.js'
import { eventsUrlOf, SLACK_SIGNING_SECRET, startDiscordBotOn, startSlackAppOn } from '../helpers/start-adapters.js'
import { captureStream, linesStream } from '../helpers/streams.js'

// /sources over a short report with a preface, two chapters and a conclusion, and a paper of
// 40 chapters: the real discord.js client and Bolt app against local fakes, and the terminal.
const retriever = sectionedRetriever()
const REPORT_SIZE = 'Riverside Transport Office, 2 May 2024 · 5 sections · 5 passages'
const REPORT_CHAPTERS = [
  'Preface — 1 passage',
  'I. Bridges and Lanes — 2 sections, 2 passages',
  'II. Tramway Integration — 1 passage',
  'Conclusion — 1 passage',
]
const PAPER_SIZE = 'Coastal Office, 9 January 2023 · 120 sections · 240 passages'
const chapterLine = (n: number) =>
  `${n}. Chapter ${n} on the coastal towns, their harbours, ferries and the people who work there — 3 sections, 6 passages`

/** The chapter lines of a list cut to fit: they are the paper's first chapters, in order, and the last line counts the rest. */
function expectCutList(text: string, bullet: string) {
  const lines = text.split('\n')
  const chapters = lines.filter((line) => line.startsWith(bullet))
  expect(chapters.length).toBeGreaterThan(2)
  expect(chapters).toEqual(chapters.map((_, i) => `${bullet}${chapterLine(i + 1)}`))
  expect(lines.at(-1)).toBe(`…and ${40 - chapters.length} more sections`)
}

describe('/sources on Discord (the real client against a fake Discord)', () => {
  let fake: FakeDiscord
  let bot: DiscordBot
  beforeAll(async () => {
    fake = await FakeDiscord.start()
    bot = await startDiscordBotOn(fake, { retriever })
  })
  afterAll(async () => {
    await bot.stop()
    await fake.close()
  })

  it('lists each document with its date, size and chapters, the long paper cut to fit and saying how many are left', async () => {
    const interaction = slashCommand('sources')
    fake.dispatch('INTERACTION_CREATE', interaction)
    const { body } = await fake.waitForRequest((request) => request.path.endsWith(`/${interaction.token}/callback`))
    const [embed] = body.data.embeds
    const [report, paper] = embed.fields as Array<{ name: string; value: string }>
    expect(report!.name).toBe('The Riverside Cycling Report')
    expect(report!.value.split('\n')).toEqual([
      REPORT_SIZE,
      'https://example.org/riverside-cycling',
      ...REPORT_CHAPTERS.map((chapter) => `• ${chapter}`),
    ])
    expect(paper!.value.split('\n').slice(0, 2)).toEqual([PAPER_SIZE, 'https://example.org/long-paper'])
    expectCutList(paper!.value, '• ')
    expect(paper!.value.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldValue)
  })
})

describe('/sources on Slack (the real Bolt app against a fake Slack)', () => {
  let fake: FakeSlack
  let slack: SlackApp
  beforeAll(async () => {
    fake = await FakeSlack.start()
    slack = await startSlackAppOn(fake, { retriever })
  })
  afterAll(async () => {
    await slack.stop()
    await fake.close()
  })

  it('lists each document with its date, size and chapters, the long paper cut to fit and saying how many are left', async () => {
    const body = slashCommandForm('/sources', '', fake.responseUrl('sources'))
    const response = await fetch(eventsUrlOf(slack), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(SLACK_SIGNING_SECRET, body) },
      body,
    })
    const { blocks } = (await response.json()) as { blocks: Array<{ type: string; text: { text: string } }> }
    const [, report, paper] = blocks.map((block) => block.text.text)
    expect(report!.split('\n')).toEqual([
      '<https://example.org/riverside-cycling|The Riverside Cycling Report>',
      REPORT_SIZE,
      ...REPORT_CHAPTERS.map((chapter) => `• ${chapter}`),
    ])
    expect(paper!.split('\n')[1]).toBe(PAPER_SIZE)
    expectCutList(paper!, '• ')
    expect(paper!.length).toBeLessThanOrEqual(BLOCK_LIMITS.sectionText)
  })
})

describe('/sources in the terminal', () => {
  async function sourcesAt(width: number): Promise<string> {
    const output = captureStream()
    await runTerminalSession({
      input: linesStream(['/sources']),
      output,
      errors: captureStream(),
      context: { retriever },
      interactive: false,
      color: false,
      width: () => width,
    })
    return output.text()
  }

  it('lists every chapter of every document: the terminal has room', async () => {
    const text = await sourcesAt(200)
    expect(text).toContain(
      [
        '• The Riverside Cycling Report',
        `  ${REPORT_SIZE}`,
        '  https://example.org/riverside-cycling',
        ...REPORT_CHAPTERS.map((chapter) => `    ◦ ${chapter}`),
      ].join('\n'),
    )
    expect(text).toContain(`  ${PAPER_SIZE}`)
    for (let n = 1; n <= 40; n++) expect(text).toContain(`    ◦ ${chapterLine(n)}\n`)
    expect(text).not.toContain('more sections')
  })

  it('wraps a long chapter line under its title, not under its bullet', async () => {
    const text = await sourcesAt(80)
    expect(text).toContain(
      '    ◦ 1. Chapter 1 on the coastal towns, their harbours, ferries and the people\n      who work there — 3 sections, 6 passages\n',
    )
  })
})
