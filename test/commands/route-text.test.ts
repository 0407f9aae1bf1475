import { describe, expect, it } from 'vitest'
import { routeText } from '../../commands/route-text.js'

const route = (text: string) => {
  const routed = routeText(text)
  return 'notice' in routed ? routed : { command: routed.command.name, text: routed.text }
}

describe('routeText: the same words on every surface', () => {
  it('runs a command named first, with or without the slash, on the text after it', () => {
    expect(route('stats 5G')).toEqual({ command: 'stats', text: '5G' })
    expect(route('/stats 5G')).toEqual({ command: 'stats', text: '5G' })
    expect(route('  Stats   ferries ')).toEqual({ command: 'stats', text: 'ferries' })
    expect(route('/stats')).toEqual({ command: 'stats', text: '' })
    expect(route('ask global village')).toEqual({ command: 'ask', text: 'global village' })
  })

  it('runs help, sources and about on their own, slash or not', () => {
    for (const name of ['help', 'sources', 'about']) {
      expect(route(name)).toEqual({ command: name, text: '' })
      expect(route(`/${name}`)).toEqual({ command: name, text: '' })
    }
  })

  it('reads words after a command that takes no text as a question, unless the slash says it is the command', () => {
    expect(route('help me find the ferry figures')).toEqual({ command: 'ask', text: 'help me find the ferry figures' })
    expect(route('sources of funding for 5G')).toEqual({ command: 'ask', text: 'sources of funding for 5G' })
    expect(route('/sources please')).toEqual({ command: 'sources', text: 'please' })
  })

  it('asks anything else as a question, whole', () => {
    expect(route('how many ferry passengers?')).toEqual({ command: 'ask', text: 'how many ferry passengers?' })
    expect(route('help?')).toEqual({ command: 'ask', text: 'help?' })
    expect(route('“stats” 5G')).toEqual({ command: 'ask', text: '“stats” 5G' })
  })

  it('names a slash command that does not exist, and the ones that do', () => {
    expect(route('/stat 5G')).toEqual({
      notice: 'There is no /stat command. Try /ask, /stats, /sources, /about, /report, /help, or just type a question.',
    })
  })
})
