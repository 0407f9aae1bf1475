import { describe, expect, it } from 'vitest'
import { createRetriever } from '../../../src/core/retriever.js'
import { makeDocument } from '../../helpers/documents.js'

// One sentence of each kind of answer, each about the same harbour board: a
// question that asks for a kind is answered by the sentence of that kind, not
// by another sentence on the same subject.
const board = makeDocument('board', [
  'The harbour board was set up in March 2019 to inspect the quay.',
  'The harbour board employs 340 inspectors on the quay.',
  'The new crane of the harbour board cost 40 million dollars.',
  'Inspections by the harbour board increased 12 percent on the quay last year.',
  'The harbour board inspects 60 percent of the quay each week.',
  'Anna Berg chairs the harbour board.',
  'The harbour board answers to the Lund Port Authority.',
  'Ships inspected by the harbour board come mostly from Norway and Denmark.',
])

const cases: Array<{ kind: string; question: string; quote: string }> = [
  { kind: 'a date', question: 'when was the harbour board set up', quote: 'March 2019' },
  { kind: 'a count', question: 'how many inspectors work for the harbour board', quote: '340 inspectors' },
  { kind: 'a sum of money', question: 'how much did the crane of the harbour board cost', quote: '40 million dollars' },
  { kind: 'a growth rate', question: 'by what percentage did inspections by the harbour board increase', quote: 'increased 12 percent' },
  { kind: 'a growth rate', question: 'how fast did inspections by the harbour board increase', quote: 'increased 12 percent' },
  { kind: 'a share', question: 'what share of the quay does the harbour board inspect', quote: '60 percent of the quay' },
  { kind: 'a person', question: 'who chairs the harbour board', quote: 'Anna Berg' },
  { kind: 'an organisation', question: 'which authority does the harbour board answer to', quote: 'Lund Port Authority' },
  { kind: 'countries', question: 'which countries do the ships the harbour board inspects come from', quote: 'Norway and Denmark' },
]

describe('each kind of answer a question asks for', () => {
  const retriever = createRetriever([board])
  for (const { kind, question, quote } of cases) {
    it(`"${question}" is answered with ${kind}`, () => {
      expect(retriever.ask(question).answers[0]?.quote).toContain(quote)
    })
  }

  it('is not met by a figure of another kind', () => {
    // A count is not a sum of money; the board's spending gives no count of cranes.
    expect(retriever.ask('how many cranes did the harbour board buy').status).toBe('no-answer')
    // A share is not a growth rate, though every word of the question is the growth rate's.
    const share = retriever.ask('what share of inspections by the harbour board increased on the quay last year')
    expect(share.answers.map((answer) => answer.quote).join(' ')).not.toContain('increased 12 percent')
  })
})

describe('countries asked for as "states"', () => {
  const pacts = makeDocument('pacts', [
    'The harbour board signed a pilotage pact with three Baltic states in 2021.',
    'A second pact, with Norway and Denmark, followed in 2022.',
  ])
  const retriever = createRetriever([pacts])

  it('are not named by a sentence that only counts them', () => {
    expect(retriever.ask('which three Baltic states signed the pilotage pact with the harbour board').status).toBe('no-answer')
  })

  it('are named by a sentence that names them', () => {
    expect(retriever.ask('which states signed the second pact').answers[0]?.quote).toContain('Norway and Denmark')
  })
})

describe('a count asked for', () => {
  const fair = makeDocument('fair', ['The harbour fair opened two days before the regatta.', 'Its stalls were run by local crews.'])
  const retriever = createRetriever([fair])

  it('is not met by a length of time', () => {
    expect(retriever.ask('how many people came to the harbour fair').status).toBe('no-answer')
  })

  it('is met by a length of time when it counts that unit', () => {
    expect(retriever.ask('how many days before the regatta did the harbour fair open').answers[0]?.quote).toContain('two days')
  })
})

describe('a rate of growth asked for', () => {
  // Two levels of the budget, and a growth rate of something else.
  const budget = makeDocument('budget', [
    'Spending by the harbour board increased to 8 million dollars in 2022, from 5 million dollars in 2018.',
    'Traffic through the harbour rose 6 percent in 2022.',
  ])
  const retriever = createRetriever([budget])

  it('is not met by levels of the thing asked about', () => {
    for (const question of [
      'how fast has spending by the harbour board increased',
      'what is the growth rate of spending by the harbour board',
    ]) {
      expect(retriever.ask(question).status).toBe('no-answer')
    }
  })

  it('is met by a percentage written as growth', () => {
    expect(retriever.ask('how quickly is traffic through the harbour growing').answers[0]?.quote).toContain('rose 6 percent')
  })
})

describe('a time asked for by "when will …"', () => {
  const plans = makeDocument('plans', [
    'The harbour board will publish its new tariff once the dredging is finished.',
    'The old tariff was drawn up before the quay was widened.',
  ])
  const retriever = createRetriever([plans])

  it('is met by a time without a date, as plans are timed', () => {
    for (const question of ['when will the harbour board publish its new tariff', 'when is the board supposed to publish the new tariff']) {
      expect(retriever.ask(question).answers[0]?.quote).toContain('once the dredging is finished')
    }
  })

  it('is not met so for what has happened, which has a date', () => {
    expect(retriever.ask('when was the old tariff drawn up').status).toBe('no-answer')
  })
})

describe('an exact figure asked for', () => {
  const staff = makeDocument('staff', [
    'The harbour board employs 340 inspectors on the quay.',
    'Its clerks keep precise records of every ship.',
    'The quay was widened in 2020.',
    'Most ships unload grain.',
    'Pilots guide them into the basin.',
  ])
  const retriever = createRetriever([staff])

  it('is met by the figure, whose sentence need not say "precise"', () => {
    for (const question of ['the precise number of inspectors on the quay?', 'how many inspectors work on the quay, exactly']) {
      expect(retriever.ask(question).answers[0]?.quote).toContain('340 inspectors')
    }
  })
})

describe('a figure the asker says they know', () => {
  const hiring = makeDocument('hiring', [
    'The harbour board hired 340 inspectors in 2020.',
    'In 2021 the board hired 95 inspectors.',
    'The quay was widened in 2019.',
    'Most ships unload grain.',
    'Pilots guide them into the basin.',
  ])
  const retriever = createRetriever([hiring])

  it('says what the question is about, not what the answer must give', () => {
    const answer = retriever.ask('I know the board hired 340 inspectors in 2020, but how many did it hire in 2021?').answers[0]
    expect(answer?.quote).toBe('In 2021 the board hired 95 inspectors.')
  })

  it('does not let the question after it off its own figures', () => {
    expect(retriever.ask('I know the board hired 340 inspectors in 2020, but how many did it hire in 2023?').status).toBe('no-answer')
  })
})

describe('a choice written with a slash', () => {
  const code = makeDocument('code', [
    'The harbour code has four chapters.',
    'Sections of the quay are numbered from the north.',
    'Pilots guide ships into the basin.',
    'Most ships unload grain.',
    'The quay was widened in 2020.',
  ])
  const retriever = createRetriever([code])

  it('is met by either word, as "or" is', () => {
    expect(retriever.ask('how many sections/chapters does the harbour code have').answers[0]?.quote).toBe(
      'The harbour code has four chapters.',
    )
  })
})

describe('a name asked for', () => {
  const opening = makeDocument('opening', [
    'A deputy head of the harbour board opened the new quay in Lund.',
    'A reporter from a Danish paper asked about the tariff.',
    'The pilots union was founded by Erik Holm in 1990.',
    'The board calls its approach "safety before speed".',
    'Most ships unload grain.',
  ])
  const retriever = createRetriever([opening])

  it('is not met by a sentence that names no one, however much of the question it repeats', () => {
    // "Lund" is a place, not the deputy head; "Danish" is the question's own word.
    expect(retriever.ask('what is the name of the deputy head who opened the new quay').status).toBe('no-answer')
    expect(retriever.ask('who heads the harbour board').status).toBe('no-answer')
    expect(retriever.ask('what was the name of the Danish paper whose reporter asked about the tariff').status).toBe('no-answer')
  })

  it('is met by a person named, or by what the text calls a thing', () => {
    expect(retriever.ask('what is the name of the man who founded the pilots union').answers[0]?.quote).toContain('Erik Holm')
    expect(retriever.ask("what is the board's approach called").answers[0]?.quote).toContain('safety before speed')
  })

  it('is asked by "nickname", which the answer need not use', () => {
    const quay = makeDocument('quay', [
      'The Lund Pilots Guild, often called the Red Coats, guides ships into the basin.',
      'The guild was founded in 1890.',
      'Most ships unload grain.',
      'Cargo rose 4 percent.',
      'The quay was widened in 2020.',
      'Ferries leave every hour.',
      'Tugs wait by the breakwater.',
      'The harbour board meets in spring.',
      'Fishing boats land cod and herring.',
      'A crane lifts the containers.',
    ])
    expect(createRetriever([quay]).ask("what's the guild's nickname?").answers[0]?.quote).toContain('often called the Red Coats')
  })
})

describe('so many things asked to be listed', () => {
  const goals = makeDocument('goals', [
    'The harbour board set out five goals for the quay, starting with safety.',
    'Its three priorities for the quay are dredging, lighting and new cranes.',
    'Most ships unload grain.',
    'Pilots guide ships into the basin.',
  ])
  const retriever = createRetriever([goals])

  it('are not listed by a sentence that only counts them', () => {
    expect(retriever.ask('what are the other four goals for the quay besides safety').status).toBe('no-answer')
    expect(retriever.ask('list all five goals the harbour board set out').status).toBe('no-answer')
  })

  it('are listed by a sentence that names as many', () => {
    expect(retriever.ask('what are the three priorities for the quay').answers[0]?.quote).toContain('dredging, lighting and new cranes')
  })
})

describe('a penalty asked for', () => {
  const rules = makeDocument('rules', [
    'Ships must report their cargo to the harbour board before they unload.',
    'A ship that dumps ballast in the basin is fined 5,000 dollars.',
    'Most ships unload grain.',
    'Pilots guide ships into the basin.',
  ])
  const retriever = createRetriever([rules])

  it('is not met by the rule alone', () => {
    expect(retriever.ask("what's the penalty for a ship that does not report its cargo before it unloads").status).toBe('no-answer')
  })

  it('is met by a sentence that names one', () => {
    expect(retriever.ask('what penalties apply to ships that dump ballast in the basin').answers[0]?.quote).toContain(
      'is fined 5,000 dollars',
    )
  })
})

describe('what comes top, asked for', () => {
  const coast = makeDocument('coast', [
    'Lund hosts the largest harbour on the coast.',
    'Ystad, a town in the south, runs a ferry harbour with daily crossings.',
    'Most ships unload grain.',
    'Pilots guide ships into the basin.',
  ])
  const retriever = createRetriever([coast])

  it('is said by a sentence that ranks', () => {
    expect(retriever.ask('which town has the biggest harbour on the coast').answers[0]?.quote).toContain('the largest harbour')
  })

  it('is not said by a sentence that only names a place', () => {
    expect(retriever.ask('which town in the south runs the most ferry crossings').status).toBe('no-answer')
  })
})

describe('a date in a sentence that refers back', () => {
  const guild = makeDocument('guild', [
    'The Lund Pilots Guild was set up by ship owners. In May 1890 it became a public body.',
    'The ferry company was set up by the town. In June 1901 the harbour board became a public body.',
    'Most ships unload grain.',
    'Pilots guide ships into the basin.',
  ])
  const retriever = createRetriever([guild])

  it('is a date of what the sentence before names', () => {
    expect(retriever.ask('when did the pilots guild become a public body').answers[0]?.quote).toContain(
      'In May 1890 it became a public body.',
    )
  })

  it('is not of what a sentence before names when this one names something else', () => {
    expect(retriever.ask('when did the ferry company become a public body').status).toBe('no-answer')
  })
})

describe("a date in a glossary entry's later sentence", () => {
  const glossary = makeDocument('glossary', [
    'Pilot levy: a charge on ships that take a pilot into the basin. The board first set the charge in May 1990.',
    'Berth rent: the sum a ship owes for each hour at a quay.',
    'Most ships unload grain.',
    'Cargo rose 4 percent.',
  ])
  const retriever = createRetriever([glossary])

  it('is a date of the term the entry defines', () => {
    expect(retriever.ask('when was the pilot levy first set').answers[0]?.quote).toContain('May 1990')
  })

  it('is not a date of another entry’s term', () => {
    expect(retriever.ask('when was the berth rent first set').status).toBe('no-answer')
  })
})

describe('a penetration asked for', () => {
  const fillers = ['Most ships unload grain.', 'Pilots guide ships into the basin.', 'The quay was widened in 2020.']

  it('is a rate, which a count of users does not give', () => {
    const users = makeDocument('users', ['Rural phone users numbered 20 million in 2021.', ...fillers])
    expect(createRetriever([users]).ask('rural phone penetration').status).toBe('no-answer')
  })

  it('is given by a percentage', () => {
    const rates = makeDocument('rates', ['Rural phone penetration reached 80 percent in 2021.', ...fillers])
    expect(createRetriever([rates]).ask('rural phone penetration').answers[0]?.quote).toContain('80 percent')
  })
})
