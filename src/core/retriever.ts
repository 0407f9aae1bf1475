import { documentQuestions } from './answer/about-document.js'
import { definesTerm } from './answer/defines-term.js'
import { DocumentNames } from './answer/document-names.js'
import { givesDay } from './answer/gives-day.js'
import { type Highlight, highlightsIn } from './answer/highlights.js'
import { linkToQuote } from './answer/link.js'
import { readQuestion } from './answer/read-question.js'
import { type FactKey, factKey, sameFact } from './answer/same-fact.js'
import { lettingVerbsOff, type QuoteChoice, type ReadQuestion, selectQuote, termsMet } from './answer/select-quote.js'
import { SentencePeriods } from './answer/sentence-periods.js'
import { createSentenceReadings } from './answer/sentence-readings.js'
import { buildPassageIndex, type PassageIndex } from './index/passage-index.js'
import { defaultRetrieverOptions, type RetrieverOptions } from './options.js'
import { readConcepts } from './query/concepts.js'
import { questionsAsked } from './query/question-parts.js'
import { compileThesaurus } from './query/thesaurus.js'
import { checkQuestion, type InvalidReason } from './query/validate.js'
import { matchStatistics } from './stats/match-statistics.js'
import { extractStatistics, type IndexedStatistic, type Statistic } from './stats/statistic.js'
import { fold } from './text/fold.js'
import type { CorpusDocument, Source } from './types.js'

/** One answer: a verbatim quote and where it comes from. */
export interface Answer {
  /** Verbatim text of the passage: one sentence, or two adjacent ones. */
  quote: string
  passageId: string
  documentId: string
  /** Higher is better; comparable between answers to the same question only. */
  score: number
  /** Where the question's words (or their synonyms) occur in the quote, for highlighting. */
  highlights: Highlight[]
  /** Opens the source scrolled to the quote. */
  link: string
  source: Source
  /** The headings the quote stands under ("II. … › 1. …"); absent where the document has none. */
  section?: string
  /** The same fact as other documents state it, best first; absent when no other document does. */
  alsoIn?: Corroboration[]
}

/** Another document's sentence stating the fact an answer quotes. */
export type Corroboration = Pick<Answer, 'quote' | 'passageId' | 'documentId' | 'link' | 'source' | 'section'>

export type AskResult =
  | { status: 'answered'; question: string; answers: Answer[] }
  /** The corpus does not answer; `topics` says what it does cover. */
  | { status: 'no-answer'; question: string; answers: []; topics: string[] }
  | { status: 'invalid'; question: string; answers: []; reason: InvalidReason | 'no-topic'; message: string }
  /** The question is about documents themselves ("who published the wire report"): their front matter answers. */
  | { status: 'documents'; question: string; answers: []; documents: CorpusDocument[] }

export type StatisticsResult =
  /** Every figure when no topic is given; else the figures the topic is about, best first. */
  | { status: 'found'; topic: string | null; statistics: Statistic[] }
  /** No figure is about the topic; `topics` says what the corpus covers. */
  | { status: 'none'; topic: string; statistics: []; topics: string[] }
  | { status: 'invalid'; topic: string; statistics: []; message: string }

export interface Retriever {
  ask(question: string): AskResult
  /** The corpus's figures, all of them or those a topic ("5G", "e-commerce") is about. */
  statistics(topic?: string): StatisticsResult
  /**
   * The corpus's most frequent word that begins with what someone has typed so
   * far ("tow" → "towers"), for completions; undefined when none does.
   */
  completeWord(prefix: string): string | undefined
  /** What the corpus covers, from the documents' front matter. */
  readonly topics: readonly string[]
  readonly documents: readonly CorpusDocument[]
}

/**
 * Builds the index over the documents' passages. Reads nothing but the
 * English word list and country names it ships with, so it runs anywhere.
 */
export function createRetriever(documents: readonly CorpusDocument[], options: RetrieverOptions = {}): Retriever {
  const settings = { ...defaultRetrieverOptions, ...options }
  // The English word lists and country names load on first use: a one-shot command pays only for what its question needs.
  const index = buildPassageIndex(documents)
  const thesaurus = compileThesaurus(settings.thesaurus)
  const topics = [...new Set(documents.flatMap((document) => document.topics))]
  const documentNames = new DocumentNames(documents)
  const documentsAskedAbout = documentQuestions(documents, documentNames)
  const readings = createSentenceReadings(index, documentNames)
  const periods = new SentencePeriods(index)
  // Read once per sentence, when it is first compared with another document's.
  const factKeys = new WeakMap<Chosen['choice']['sentence'], FactKey>()
  const factKeyOf = ({ quote, choice }: Chosen): FactKey => {
    let key = factKeys.get(choice.sentence)
    if (!key) factKeys.set(choice.sentence, (key = factKey(quote, choice.sentence)))
    return key
  }
  // Figures are read on first use: retrieval alone need not wait for them.
  let indexedStatistics: IndexedStatistic[] | undefined
  const corpusStatistics = () => (indexedStatistics ??= extractStatistics(index))

  const invalid = (question: string, reason: InvalidReason | 'no-topic'): AskResult => ({
    status: 'invalid',
    question,
    answers: [],
    reason,
    message: invalidMessage(reason, settings.maxQuestionLength, topics),
  })

  function ask(raw: string): AskResult {
    const checked = checkQuestion(raw, settings.maxQuestionLength)
    if (!checked.ok) return invalid(checked.text, checked.reason)
    const question = checked.text
    const aboutDocuments = documentsAskedAbout(question)
    if (aboutDocuments?.certain) return { status: 'documents', question, answers: [], documents: aboutDocuments.documents }
    const questionRead = readQuestion(question, index, thesaurus, settings)
    if (!questionRead) return invalid(question, 'no-topic')
    const { read, candidates: candidatePassages } = questionRead
    const { concepts, intent } = read

    const choose = (asRead: ReadQuestion) => {
      const found: Chosen[] = []
      candidatePassages.forEach((entry, rank) => {
        const choice = selectQuote(entry, asRead, settings, readings)
        if (choice && choice.score >= settings.minScore) {
          const quote = entry.passage.text.slice(choice.start, choice.end)
          found.push({ entry, choice, rank, quote })
        }
      })
      return found
    }
    let chosen = choose(read)
    // The question's verbs need not stand beside its figure, but reading them takes the
    // part-of-speech tagger (its first load, 0.2 s): only when nothing answers otherwise.
    const relaxed = chosen.length === 0 ? lettingVerbsOff(read.namedBeside, question) : undefined
    if (relaxed) chosen = choose({ ...read, namedBeside: relaxed })
    // Of equally good quotes, the one that gives what the question asks for:
    // the definition for "define X", the day for "on what date". Then, for a
    // figure, the later (a question that names no period asks for the current
    // figure). Then, of equally good quotes from several documents, the
    // earliest published: coverage follows what it covers, so the first report
    // is nearest the source, and later ones restate it (a restatement of the
    // same fact is offered beside it, below). Then the one in the asker's own
    // words, since a synonym may count as much as the word typed. Last, the one
    // whose passage MiniSearch ranks higher (BM25).
    const recency = intent.figure ? ({ entry, choice }: Chosen) => periods.yearOf(entry, choice.sentence) : () => 0
    const ranked = ({ choice }: Chosen) => choice.score + choice.namesIgnored
    // ISO dates: their order as text is their order in time.
    const published = ({ entry }: Chosen) => entry.document.source.published
    const earlier = (a: Chosen, b: Chosen) => (published(a) < published(b) ? -1 : published(a) > published(b) ? 1 : 0)
    const typed = ({ choice }: Chosen) => choice.typedWeight
    // "The exact number of …": a figure as counted before a hedged one ("more than 1.8 million"), whatever their scores.
    const unhedged = intent.exactFigure
      ? ({ entry, choice }: Chosen) => (readings.figures.givesUnhedgedFigure(entry, choice.sentence) ? 1 : 0)
      : () => 0
    // "Define X": whether each quote's sentence says what X is, read once per quote and only when asked.
    const definitions = intent.definition
      ? new Set(
          chosen.filter(({ entry, choice }) => definesTerm(entry.passage.text.slice(choice.sentence.start, choice.sentence.end), concepts)),
        )
      : undefined
    const defines = (quote: Chosen) => (definitions?.has(quote) ? 1 : 0)
    const namesDay = intent.day ? ({ quote }: Chosen) => (givesDay(quote) ? 1 : 0) : () => 0
    chosen.sort(
      (a, b) =>
        unhedged(b) - unhedged(a) ||
        ranked(b) - ranked(a) ||
        defines(b) - defines(a) ||
        namesDay(b) - namesDay(a) ||
        recency(b) - recency(a) ||
        earlier(a, b) ||
        typed(b) - typed(a) ||
        a.rank - b.rank,
    )
    const corroboration = ({ entry, quote }: Chosen): Corroboration => ({
      quote,
      passageId: entry.passage.id,
      documentId: entry.document.id,
      link: linkToQuote(entry.document.source.url, quote),
      source: entry.document.source,
      ...(entry.passage.section === undefined ? {} : { section: entry.passage.section }),
    })
    const answers = offerEachFactOnce(chosen, settings.maxAnswers, factKeyOf).map(
      ({ best, also }): Answer => ({
        ...corroboration(best),
        score: Math.round(best.choice.score * 1000) / 1000,
        highlights: highlightsIn(best.quote, termsMet(best.choice.sentence, concepts)),
        ...(also.length > 0 ? { alsoIn: also.map(corroboration) } : {}),
      }),
    )
    if (answers.length === 0) {
      // "how is the paper structured? how many chapters": one of the questions alone may be answered.
      const eachAnswered = questionsAsked(question)
        .map(ask)
        .filter((result) => result.status === 'answered')
      const best = eachAnswered.sort((a, b) => (b.answers[0]?.score ?? 0) - (a.answers[0]?.score ?? 0))[0]
      if (best) return { ...best, question }
      // "when did the wire report come out", when no sentence says: its source does.
      if (aboutDocuments) return { status: 'documents', question, answers: [], documents: aboutDocuments.documents }
      return { status: 'no-answer', question, answers: [], topics }
    }
    return { status: 'answered', question, answers }
  }

  function statistics(rawTopic = ''): StatisticsResult {
    if (rawTopic.trim().length === 0) {
      return { status: 'found', topic: null, statistics: corpusStatistics().map(({ statistic }) => statistic) }
    }
    const checked = checkQuestion(rawTopic, settings.maxQuestionLength)
    const topic = checked.text
    if (!checked.ok) {
      return { status: 'invalid', topic, statistics: [], message: invalidMessage(checked.reason, settings.maxQuestionLength, topics) }
    }
    const concepts = readConcepts(topic, index, thesaurus, settings.synonymCredit)
    const found = matchStatistics(corpusStatistics(), concepts, {
      contextCredit: settings.statisticContextCredit,
      minScore: settings.minScore,
    })
    if (found.length === 0) return { status: 'none', topic, statistics: [], topics }
    return { status: 'found', topic, statistics: found }
  }

  function completeWord(prefix: string): string | undefined {
    const folded = fold(prefix.trim())
    if (folded.length < 2) return undefined
    let best: { word: string; count: number } | undefined
    for (const [word, count] of index.words.atPrefix(folded)) if (!best || count > best.count) best = { word, count }
    return best?.word
  }

  return { ask, statistics, completeWord, topics, documents }
}

interface Chosen {
  entry: PassageIndex['passages'][number]
  choice: QuoteChoice
  /** Its place in MiniSearch's order. */
  rank: number
  quote: string
}

/**
 * The best quotes, one per fact: a quote from another document that states the
 * fact of a better one ("1.05bn people online" beside "1.05 billion internet
 * users") goes with it rather than taking a place of its own.
 */
function offerEachFactOnce(
  chosen: readonly Chosen[],
  maxAnswers: number,
  keyOf: (candidate: Chosen) => FactKey,
): Array<{ best: Chosen; also: Chosen[] }> {
  const offered: Array<{ best: Chosen; also: Chosen[] }> = []
  for (const candidate of chosen) {
    const document = candidate.entry.document
    // Keys are read only to compare quotes of different documents: never for a corpus of one.
    const fact = offered.find(
      ({ best, also }) =>
        best.entry.document !== document &&
        !also.some((other) => other.entry.document === document) &&
        sameFact(keyOf(best), keyOf(candidate)),
    )
    if (fact) fact.also.push(candidate)
    else if (offered.length < maxAnswers) offered.push({ best: candidate, also: [] })
  }
  return offered
}

function invalidMessage(reason: InvalidReason | 'no-topic', maxLength: number, topics: readonly string[]): string {
  const example = topics.length > 0 ? ` — for example about ${topics.slice(0, 2).join(' or ')}` : ''
  switch (reason) {
    case 'too-long':
      return `Questions are limited to ${maxLength.toLocaleString('en')} characters; please ask a shorter one.`
    case 'no-topic':
      return `Ask about something specific${example}.`
    case 'empty':
    case 'no-words':
      return `Ask a question in words${example}.`
  }
}
