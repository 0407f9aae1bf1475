import { describe, expect, it } from 'vitest'
import { type AskResult, createRetriever } from '../../src/core/retriever.js'
import type { Thesaurus } from '../../src/core/types.js'
import { makeDocument } from '../helpers/documents.js'

const trade = makeDocument(
  'trade',
  [
    'The harbour opened a new quay in 2019. Ships now dock at night.',
    'In 2021, the port handled 45.5 million containers, up 12 percent year-on-year.',
    'Officials of the port authority met Maria Belyaeva in Lisbon on Monday, November 7.',
    'Cross-border e-commerce through the port reached 1.92 trillion yuan.',
    'Fishermen say the water is cleaner than it was.',
  ],
  ['the port', 'containers'],
)
const thesaurus: Thesaurus = {
  ignore: ['report'],
  synonyms: [{ article: ['containers'], people: ['boxes', 'TEU'] }],
}
const retriever = createRetriever([trade], { thesaurus })
const quotes = (result: AskResult) => result.answers.map((answer) => answer.quote)
const first = (question: string) => retriever.ask(question).answers[0]?.quote

describe('createRetriever: answers', () => {
  it('quotes the best sentence verbatim, not the whole passage', () => {
    expect(first('do ships dock at night')).toBe('Ships now dock at night.')
  })

  it('quotes a sentence too short to stand alone together with its neighbour', () => {
    const attributed = createRetriever([makeDocument('q', ['"Every harbour needs dredging every decade." Says the pilot.'])])
    expect(attributed.ask('what does the pilot think').answers[0]?.quote).toBe(
      '"Every harbour needs dredging every decade." Says the pilot.',
    )
  })

  it('gives the source, the passage id and a link that jumps to the quote', () => {
    const [answer] = retriever.ask('how many containers did the port handle').answers
    expect(answer).toMatchObject({
      passageId: 'trade:2',
      documentId: 'trade',
      source: { title: 'Title of trade', url: 'https://example.org/trade', publisher: 'Example Publisher' },
    })
    expect(answer?.link).toMatch(/^https:\/\/example\.org\/trade#:~:text=In%202021/)
  })

  it('prefers a sentence with a figure for "how many", a date for "when", a name for "who"', () => {
    expect(first('how many containers')).toContain('45.5 million')
    expect(first('when did port officials meet')).toContain('November 7')
    expect(first('who met the port officials')).toContain('Maria Belyaeva')
    // A date without a year is in the year the document was published (2022 here).
    expect(first('did port officials meet Belyaeva in November 2022')).toContain('on Monday, November 7')
    expect(retriever.ask('did port officials meet Belyaeva in November 2020').status).toBe('no-answer')
    expect(retriever.ask('how many containers did the port handle in 2022').status).toBe('no-answer')
    // "When" asks for a date only as the question word.
    expect(retriever.ask('when do ships dock').status).toBe('no-answer')
    expect(first('what do ships do when night falls')).toBe('Ships now dock at night.')
  })

  it('finds hyphen and spacing variants, typos and look-alike letters', () => {
    for (const question of ['cross border ecommerce', 'e commerce', 'crossborder e-commerce', 'Е-commerce']) {
      expect(first(question), question).toContain('1.92 trillion yuan')
    }
    expect(first('port containrs handled')).toContain('45.5 million')
    expect(first('who is Maria Beliaeva')).toContain('Maria Belyaeva')
    // Four letters: corrected only where one edit reaches a single word.
    expect(first('do shps dock at night')).toBe('Ships now dock at night.')
  })

  it('reads "what day", "which year" and "mid-2021" as the shape of the question, not its topic', () => {
    expect(first('what weekday did officials meet')).toContain('on Monday, November 7')
    expect(first('which day of the week did officials meet')).toContain('on Monday, November 7')
    expect(first('which org is Maria Belyaeva with')).toContain('Officials of the port authority met Maria Belyaeva')
    const score = (question: string) => retriever.ask(question).answers[0]?.score
    expect(score('which day of the week did officials meet')).toBe(score('which day did officials meet'))
    expect(score('which org is Maria Belyaeva with')).toBe(score('who is Maria Belyaeva with'))
    expect(score('in what areas did port officials meet Belyaeva')).toBe(score('did port officials meet Belyaeva'))
    expect(score('how many containers did the port handle last year')).toBe(score('how many containers did the port handle'))
    expect(score('containers, mid 2021')).toBe(score('containers, 2021'))
    expect(score('quay in mid-2019')).toBe(score('quay in 2019'))
    expect(score('harbour quay by late 2019')).toBe(score('harbour quay by 2019'))
    expect(score('how many containers did the port handle in the latest year')).toBe(score('how many containers did the port handle'))
    expect(score('what metaphor do fishermen use for the water')).toBe(score('what do fishermen use for the water'))
    // "The value of" asks for a figure, whatever the corpus calls it.
    expect(first('what was the value of e-commerce through the port')).toContain('1.92 trillion yuan')
    expect(score('what was the value of e-commerce through the port')).toBe(score('what was e-commerce through the port'))
  })

  it('reads a share said in words as a percentage, and a bound as no figure to quote', () => {
    const turnout = createRetriever([
      makeDocument('vote', ['Turnout reached 74.4 percent in 2021.', 'The count took two days.', 'Rain fell all week.']),
    ])
    const answer = (question: string) => turnout.ask(question).answers[0]?.quote
    expect(answer('was turnout about three quarters?')).toBe('Turnout reached 74.4 percent in 2021.')
    expect(turnout.ask('was turnout two thirds?').status).toBe('no-answer')
    expect(answer('was turnout more than a third?')).toBe('Turnout reached 74.4 percent in 2021.')
    expect(answer('did turnout exceed 90 percent')).toBe('Turnout reached 74.4 percent in 2021.')
    // Only a yes-or-no question checks against a bound; here it is part of what is asked.
    expect(turnout.ask('when did turnout reach more than 90 percent').status).toBe('no-answer')
    // A figure offered as a guess in a question that asks for the figure is not one the quote must have.
    expect(answer('how high was turnout, like two thirds?')).toBe('Turnout reached 74.4 percent in 2021.')
    expect(answer('what was turnout toward the end, about 60 percent?')).toBe('Turnout reached 74.4 percent in 2021.')
  })

  it('reads a passage that opens by referring back ("Both of them …") with the one before it', () => {
    const hubs = createRetriever([
      makeDocument('hubs', [
        'The harbour and the airport are the two hubs of the city.',
        'Both of them close at midnight.',
        'The museum closes at six.',
        'Buses run every ten minutes.',
      ]),
    ])
    expect(hubs.ask('do the hubs close at night').answers[0]?.quote).toBe('Both of them close at midnight.')
    // What "them" stands for counts nearly as if the sentence said it, so the sentence that says
    // what they have in common outranks the one that only names them.
    const owners = createRetriever([
      makeDocument('owners', ['The city has two hubs, the harbour and the airport, and a museum.', 'All of them share a common owner.']),
    ])
    expect(owners.ask('what do the two hubs of the city have in common').answers[0]?.quote).toBe('All of them share a common owner.')
  })

  it('reads "how many people have …" as a count of whatever follows, unless a phrase takes the people up', () => {
    const city = createRetriever(
      [
        makeDocument('city', [
          'The city counts 455 million 5G subscribers.',
          'It had 9 million internet users in 2021.',
          'People in the city like its parks.',
          'Online shops sold 3 million books.',
          'The parks close at dusk.',
          'Buses run every ten minutes.',
          'The river floods in spring.',
        ]),
      ],
      {
        thesaurus: {
          ignore: [],
          synonyms: [
            { article: ['internet users'], people: ['people online'] },
            { article: ['internet'], people: ['online'] },
          ],
        },
      },
    )
    expect(city.ask('how many people subscribe to 5G').answers[0]?.quote).toContain('455 million 5G subscribers')
    expect(city.ask('how many people online in 2021').answers[0]?.quote).toContain('9 million internet users')
    // The people counted are those the text counts: users, subscribers.
    expect(city.ask('how many ppl go online').answers[0]?.quote).toContain('9 million internet users')
  })

  it('reads "information on …" as a request for what follows', () => {
    const users = createRetriever([
      makeDocument('users', [
        'Operators handling personal information of 1 million users face checks.',
        'The city had 9 million internet users.',
        'Buses run every ten minutes.',
      ]),
    ])
    // The whole question is met, and the other sentence, with "information" in it, no longer ties.
    const [answer, next] = users.ask('information on internet users').answers
    expect(answer).toMatchObject({ quote: 'The city had 9 million internet users.', score: 1 })
    expect(next?.score ?? 0).toBeLessThan(1)
  })

  it("leaves out the words of the asker's errand before or after the question", () => {
    expect(first('for our logistics newsletter: how many containers did the port handle')).toContain('45.5 million')
    expect(first('freight desk here - did the port handle 45 million containers')).toContain('45.5 million')
    expect(first('do ships dock at night? need it for a logistics newsletter')).toBe('Ships now dock at night.')
    // In an aside only a capital marks a name: a lowercase word nobody knows is the asker's business.
    expect(first('do ships dock at night? need it for the xyzzy')).toBe('Ships now dock at night.')
    // A name in the framing still has to be in the corpus.
    expect(retriever.ask('Rotterdam desk here - how many containers did the port handle').status).toBe('no-answer')
    // Without a question after the break, nothing is framing.
    expect(retriever.ask('logistics newsletter: port containers').status).toBe('no-answer')
  })

  it('uses the thesaurus both ways, and ranks the word typed above its synonym', () => {
    expect(first('how many boxes went through the port')).toContain('45.5 million')
    expect(first('TEU handled by the port')).toContain('45.5 million')
  })

  it('reads a thesaurus phrase made only of stop words ("come out") from the words as typed', () => {
    const opened = createRetriever([makeDocument('q', ['The ministry issued the harbour rules on Monday, May 2.'])], {
      thesaurus: { ignore: [], synonyms: [{ article: ['issued'], people: ['come out'] }] },
    })
    expect(opened.ask('what weekday did the harbour rules come out').answers[0]?.quote).toContain('on Monday, May 2')
    expect(opened.ask('what weekday did it come out').answers[0]?.quote).toContain('on Monday, May 2')
  })

  it('reads words as a thesaurus phrase only when few words stand between them', () => {
    const web = createRetriever(
      [makeDocument('w', ['The internet has turned the world into a village.', 'Cyberspace needs common rules.'])],
      {
        thesaurus: {
          ignore: [],
          synonyms: [
            { article: ['cyberspace'], people: ['online world'] },
            { article: ['internet'], people: ['online'] },
          ],
        },
      },
    )
    expect(web.ask('what rules does the online world need').answers[0]?.quote).toBe('Cyberspace needs common rules.')
    expect(web.ask('what has going online done to the world').answers[0]?.quote).toBe('The internet has turned the world into a village.')
  })

  it('matches figures whole: 45.5 finds its sentence, 45.6 finds nothing', () => {
    expect(first('45.5')).toContain('45.5 million containers')
    expect(retriever.ask('45.6 million containers').status).toBe('no-answer')
  })

  it('takes a figure quoted from memory for the figure the corpus gives, but never a year or a day', () => {
    expect(first('did the port handle 45 million containers or so')).toContain('45.5 million containers')
    expect(first('cross-border e-commerce, 1.9 trillion yuan ish?')).toContain('1.92 trillion yuan')
    expect(first('was e-commerce roughly 2 trillion yuan')).toContain('1.92 trillion yuan')
    expect(retriever.ask('did e-commerce reach 3 trillion yuan').status).toBe('no-answer')
    expect(retriever.ask('how many containers in 2022').status).toBe('no-answer')
    expect(retriever.ask('did officials meet Maria Belyaeva on November 8').status).toBe('no-answer')
    // Even where the rounded figure occurs in the corpus as part of a code.
    const sales = createRetriever([
      makeDocument('sales', ['Cases of COVID-19 fell in spring.', 'Online sales grew 18.6 percent.', 'Shops closed early.']),
    ])
    expect(sales.ask('did online sales grow ~19%?').answers[0]?.quote).toBe('Online sales grew 18.6 percent.')
  })

  it('meets a word by another of its family even when the corpus has the word itself', () => {
    const crews = createRetriever([
      makeDocument('crews', ['The Jointly Built Harbour opened in spring.', 'Problems at sea are solved by joint efforts of the crews.']),
    ])
    expect(crews.ask('what gets solved jointly').answers[0]?.quote).toContain('joint efforts')
  })

  it('reads "A or B?" as a choice: the corpus need only have one of them', () => {
    expect(first('did officials meet Maria Belyaeva in Lisbon or Madrid')).toContain('in Lisbon on Monday')
    expect(first('was it november 7 or november 8 that officials met Belyaeva')).toContain('November 7')
    expect(first('did officials meet Maria Belyaeva in Madrid or Lisbon')).toContain('in Lisbon on Monday')
    expect(retriever.ask('did officials meet Maria Belyaeva in Madrid or Seville').status).toBe('no-answer')
    expect(first('cross-border e-commerce in dollars or yuan?')).toContain('1.92 trillion yuan')
  })

  it('does not give a figure in one currency for a question in another', () => {
    expect(retriever.ask('cross-border e-commerce in dollars').status).toBe('no-answer')
    expect(retriever.ask('how many usd did e-commerce through the port reach').status).toBe('no-answer')
    expect(first('cross-border e-commerce in yuan')).toContain('1.92 trillion yuan')
  })

  it('answers a question about a sum, a share or a count only with a figure of that kind', () => {
    // The sentence with the port's sum of money, not the one with its count or its share.
    expect(first('how much was e-commerce through the port worth')).toContain('1.92 trillion yuan')
    expect(first('how many trillion did e-commerce through the port reach')).toContain('1.92 trillion yuan')
    expect(first('how many containers did the port handle')).toContain('45.5 million containers')
    expect(first('by what percentage did the containers the port handled grow')).toContain('up 12 percent')
    // The corpus has figures about these things, but none of the kind asked for.
    expect(retriever.ask('how much does it cost to dock a ship at the port').status).toBe('no-answer')
    expect(retriever.ask("what's the fee for docking at the quay").status).toBe('no-answer')
    expect(retriever.ask('what does docking a ship at the port cost').status).toBe('no-answer')
    expect(retriever.ask('what share of cross-border e-commerce goes through the port').status).toBe('no-answer')
    // A growth rate is a percentage, but not a share of anything.
    expect(retriever.ask("what share of the world's containers does the port handle").status).toBe('no-answer')
    expect(retriever.ask('how many e-commerce parcels went through the port').status).toBe('no-answer')
  })

  it('answers a question for a sum only with a sum of what it asks about', () => {
    const budget = createRetriever([
      makeDocument('budget', [
        "The port's fees reached 3 billion yuan, accounting for 10 percent of the city budget.",
        'Ships dock at night.',
        'The harbour opened a new quay.',
        'Fishermen say the water is cleaner.',
      ]),
    ])
    expect(budget.ask("how much did the port's fees reach in yuan").answers[0]?.quote).toContain('3 billion yuan')
    // The sentence's sum is the fees', not the budget's.
    expect(budget.ask('what was the city budget in yuan').status).toBe('no-answer')
    expect(budget.ask('what share of the city budget came from port fees').answers[0]?.quote).toContain('10 percent')
  })

  it('answers "which countries" only with a quote that names a country the question does not', () => {
    const ports = createRetriever([
      makeDocument('ports', [
        'Ports in other countries copied the night docking rules.',
        'Portugal and Spain signed the container agreement in Lisbon.',
      ]),
    ])
    expect(ports.ask('which countries signed the container agreement').answers[0]?.quote).toContain('Portugal and Spain')
    expect(ports.ask('which countries copied the night docking rules').status).toBe('no-answer')
    expect(ports.ask('which countries besides Portugal and Spain signed the container agreement').status).toBe('no-answer')
  })

  it('ranks answers best first, with highlights on the matched words', () => {
    const result = retriever.ask('port officials')
    expect(quotes(result)[0]).toContain('Officials of the port authority')
    const [answer] = result.answers
    const highlighted = answer!.highlights.map(({ start, end }) => answer!.quote.slice(start, end))
    expect(highlighted).toEqual(expect.arrayContaining(['Officials', 'port']))
    const scores = result.answers.map((a) => a.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
  })
})

describe('createRetriever: refusing', () => {
  it.each([
    'who won the football match',
    'easy bread recipe',
    'what is the weather in Paris',
    'how many containers did Rotterdam handle', // a name the corpus lacks
    'how many containers in 2020', // a year the corpus lacks
    'does the report mention dredging',
    'who heads the port authority', // what "who" asks for, even an everyday word
    'how many containers did rural ports handle', // a part of the whole the text never names
  ])('has no answer for %j', (question) => {
    const result = retriever.ask(question)
    expect(result).toMatchObject({ status: 'no-answer', answers: [], topics: ['the port', 'containers'] })
  })

  it('does not read a word as another that the stemmer runs it into ("critics" are not "critical")', () => {
    const infrastructure = createRetriever([makeDocument('d', ['Operators of critical infrastructure must pass security checks.'])])
    expect(infrastructure.ask('what did critics say about the security checks').status).toBe('no-answer')
    expect(infrastructure.ask('who must pass security checks').status).toBe('answered')
  })

  it('does not "correct" a real word into a corpus word (bread is not read)', () => {
    const withRead = createRetriever([makeDocument('d', ['The committee will read the minutes aloud.'])])
    expect(withRead.ask('bread').status).toBe('no-answer')
    expect(withRead.ask('what will the comittee read').status).toBe('answered')
  })
})

describe('createRetriever: bad input never throws', () => {
  it.each([
    ['empty', '', 'empty'],
    ['white space', '   \t\n  ', 'empty'],
    ['emoji', '🤔🤔🤔', 'no-words'],
    ['control characters', '\u0000\u0007\u001b', 'empty'],
    ['10,000 characters', 'x'.repeat(10_000), 'too-long'],
  ])('a question of %s is invalid with a message saying what to do', (_label, question, reason) => {
    const result = retriever.ask(question)
    expect(result).toMatchObject({ status: 'invalid', reason, answers: [] })
    expect(result.status === 'invalid' && result.message).toMatch(/Ask a question|limited to 1,000 characters/)
  })

  it.each([
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the characters are the point, not a template
    '.*+?^${}()|[]\\ port',
    '<script>alert("port")</script>',
    "'; DROP TABLE containers; --",
    'port \ud800 containers \udfff',
    'port\u0000containers',
    'how many containers?????!!!!',
  ])('answers or refuses %j without throwing', (question) => {
    expect(() => retriever.ask(question)).not.toThrow()
    expect(['answered', 'no-answer', 'invalid']).toContain(retriever.ask(question).status)
  })

  it('answers a question that is only stop words with a request for a topic', () => {
    expect(retriever.ask('what is it?')).toMatchObject({ status: 'invalid', reason: 'no-topic' })
  })

  it('works on an empty corpus', () => {
    expect(createRetriever([]).ask('containers')).toMatchObject({ status: 'no-answer', answers: [] })
  })
})
