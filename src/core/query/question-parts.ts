import { YEAR } from '../index/sentence-features.js'
import { fold } from '../text/fold.js'
import type { Token } from '../text/tokenize.js'
import {
  asksPenalty,
  COUNTED_PEOPLE,
  EXACT_WORDS,
  NICKNAME_WORDS,
  PENALTY_WORDS,
  QUESTION_SHAPE_WORDS,
  SHARE_WORDS,
  YEAR_QUALIFIERS,
} from './intent.js'

/** Where the parts of a question that are not its plain topic stand. Offsets are into the question. */
export interface QuestionParts {
  /** Start of the topic of "does it mention …", which a quote must mention; Infinity when there is none. */
  topicStart: number
  /** End of the asker's own framing ("for our compliance memo: …"); 0 when there is none. */
  framingEnd: number
  /** Start of what the asker adds after the question ("…? need it for the headline"); Infinity when nothing. */
  afterwordStart: number
  /** Start of the choices after an "or" ("yuan or usd?"); Infinity when there are none. */
  choicesStart: number
  /** Starts of "people" counted by "how many people have …": the count is of whatever follows. */
  countedPeople: ReadonlySet<number>
  /** Starts of the word right after who/which/where: what the question asks for ("who *heads* …"). */
  asked: ReadonlySet<number>
  /** Starts of words that only shape the question: "how *many*", "what *year*", "*mid* 2022". */
  shapeOnly: ReadonlySet<number>
  /** End of what the asker says they know before the question ("I know it was 10.8 trillion, but what …"); 0 when nothing. */
  premiseEnd: number
  /** Starts of the words naming where the asker says the answer is: "per *the digest*", "according to *the glossary*". */
  cited: ReadonlySet<number>
}

export function readQuestionParts(question: string, tokens: readonly Token[]): QuestionParts {
  const startsWhere = (test: (token: Token, i: number) => boolean) => new Set(tokens.filter(test).map((token) => token.start))
  const yesOrNo = asksYesOrNo(tokens)
  const penalty = asksPenalty(fold(question))
  return {
    topicStart: mentionedTopicStart(tokens),
    framingEnd: askerFramingEnd(question),
    afterwordStart: askerAfterwordStart(question),
    choicesStart: tokens.find((token, i) => token.word === 'or' && !ROUGHLY_AFTER_OR.has(tokens[i + 1]?.word ?? ''))?.end ?? Infinity,
    countedPeople: startsWhere((token, i) => COUNTED_PEOPLE.has(token.word) && tokens[i - 1]?.word === 'many'),
    asked: startsWhere((_, i) => ASKING_WORDS.has(tokens[i - 1]?.word ?? '')),
    shapeOnly: startsWhere((token, i) => shapesQuestion(tokens, i, yesOrNo) || (penalty && PENALTY_WORDS.has(token.word))),
    premiseEnd: lastMatchAt(question, PREMISE_BREAK),
    cited: startsWhere((_, i) => citesSource(question, tokens, i)),
  }
}

// "per the digest", "according to the glossary", "in the wire story": where the asker says to look.
const SOURCE_MARKERS = new Set(['per', 'according', 'in', 'from', 'via'])
// "in" and "from" say where only before a determiner: "in the digest", not "in usd" or "from 2021".
const SOURCE_MARKERS_BEFORE_DETERMINER = new Set(['in', 'from'])
const DETERMINERS = new Set(['the', 'this', 'that', 'their', 'its'])
// What may stand between the marker and the source's words: "according *to the* glossary".
const BEFORE_SOURCE = new Set(['to', 'the', 'this', 'that', 'their', 'its', 'a', 'an'])
// A source is named in a few words: "per the Harbourline briefing note".
const SOURCE_REACH = 4

/** Whether the word is one of a source's name after a marker, with no punctuation between. */
function citesSource(question: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]
  if (!token || token.stop || token.number) return false
  for (let j = i - 1; j >= 0 && j >= i - SOURCE_REACH; j--) {
    const before = tokens[j]!
    if (/[,.;:?!()]/.test(question.slice(before.end, tokens[j + 1]!.start))) return false
    if (SOURCE_MARKERS.has(before.word)) return !SOURCE_MARKERS_BEFORE_DETERMINER.has(before.word) || DETERMINERS.has(tokens[j + 1]!.word)
    if (before.number || (before.stop && !BEFORE_SOURCE.has(before.word))) return false
  }
  return false
}

function shapesQuestion(tokens: readonly Token[], i: number, yesOrNo: boolean): boolean {
  const word = tokens[i]?.word ?? ''
  if (YEAR_QUALIFIERS.has(word) && YEAR.test(tokens[i + 1]?.word ?? '')) return true
  if (word === 'week' && tokens[i - 3]?.word === 'day') return true // "day of the week"
  // "last year", "this month": a time the asker places by today, which the corpus cannot.
  if (RELATIVE_TIMES.has(word) && CALENDAR_UNITS.has(tokens[i + 1]?.word ?? '')) return true
  if (CALENDAR_UNITS.has(word) && RELATIVE_TIMES.has(tokens[i - 1]?.word ?? '')) return true
  if (yesOrNo && isBound(tokens, i)) return true
  if (!yesOrNo && isGuess(tokens, i)) return true
  // "the precise number", "when exactly": how exact an answer is asked for (`readIntent`), not what it is about.
  if (EXACT_WORDS.has(word)) return true
  // "the WIC's nickname": a name asked for (`readIntent`), which the answer gives without the word.
  if (NICKNAME_WORDS.has(word)) return true
  // "define it in plain english", "in simple terms": how to answer, not what about.
  if (inPlainWords(tokens, i)) return true
  // "information on internet users": a request for the topic that follows, not a topic.
  if (REQUEST_NOUNS.has(word) && (tokens[i + 1]?.word === 'on' || tokens[i + 1]?.word === 'about')) return true
  // "the value of e-tailing": a request for the figure of what follows, whatever the corpus calls it.
  if (word === 'value' && tokens[i + 1]?.word === 'of') return true
  // "where does she work", "who does he work for": a request for the body someone belongs to (see \`readIntent\`).
  if (WORK_WORDS.has(word) && asksAffiliation(tokens, i)) return true
  // "define X", "what does X mean", "X stands for?": how a definition is asked for, not what it is of.
  if (
    DEFINING_WORDS.has(word) &&
    (i === 0 || asksSomeone(tokens, i) || tokens[i + 1] === undefined || tokens[i + 1]?.word === 'of' || tokens[i + 1]?.word === 'for')
  )
    return true
  // "can someone define …", "could you tell me …": whom the asker asks, not what about.
  if (ASKED_ONES.has(word) && REQUESTS.has(tokens[i - 1]?.word ?? '')) return true
  // "the share of GDP": a request for a share, which the sentence's figure gives (see \`readIntent\`).
  if (SHARE_WORDS.has(word) && tokens[i + 1]?.word === 'of') return true
  return QUESTION_SHAPE_WORDS.get(tokens[i - 1]?.word ?? '')?.has(word) ?? false
}

// "in the next year or so", "10 percent or more": a rough figure, not a choice.
const ROUGHLY_AFTER_OR = new Set(['so', 'more', 'less', 'fewer', 'thereabouts', 'something', 'whatever', 'later', 'earlier'])

const REQUEST_NOUNS = new Set(['information', 'facts'])
// "can someone define", "could u define", "pls define": a request, whatever stands after it.
const REQUESTS = new Set(['can', 'could', 'would', 'will', 'pls', 'please', 'plz'])
const ASKED_ONES = new Set(['someone', 'somebody', 'anyone', 'anybody', 'you', 'u', 'ya'])

function asksSomeone(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.word ?? ''
  return REQUESTS.has(before) || (ASKED_ONES.has(before) && REQUESTS.has(tokens[i - 2]?.word ?? ''))
}
const PLAIN = new Set(['plain', 'simple', 'layman', "layman's", 'laymans', 'lay', 'everyday', 'normal', 'basic'])
const WORDING = new Set(['english', 'terms', 'words', 'language'])

function inPlainWords(tokens: readonly Token[], i: number): boolean {
  const word = (at: number) => tokens[at]?.word ?? ''
  if (PLAIN.has(word(i))) return word(i - 1) === 'in' && WORDING.has(word(i + 1))
  return WORDING.has(word(i)) && PLAIN.has(word(i - 1)) && word(i - 2) === 'in'
}
const DEFINING_WORDS = new Set(['define', 'definition', 'meaning', 'mean', 'means', 'stand', 'stands'])
const WORK_WORDS = new Set(['work', 'works', 'worked', 'working'])

function asksAffiliation(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]?.word
  return next === 'for' || next === 'where' || (next === undefined && tokens.slice(0, i).some((token) => token.word === 'where'))
}
const RELATIVE_TIMES = new Set(['last', 'this', 'next', 'previous', 'past', 'latest', 'recent'])
const CALENDAR_UNITS = new Set(['year', 'month', 'week'])

// "is it more than a third?", "did it exceed 70 percent?": in a yes-or-no question a
// bound is what the answer is checked against, not a figure it must contain. In
// "how many countries have more than 1 million …" it is part of what is asked.
const BOUND_AFTER_THAN = new Set(['more', 'less', 'fewer', 'greater', 'higher', 'lower', 'bigger', 'smaller'])
// biome-ignore format: a word list reads best packed
const BOUND_BEFORE = new Set([
  'over', 'above', 'under', 'below', 'exceed', 'exceeds', 'exceeded', 'exceeding', 'surpass', 'surpassed', 'beyond',
])

// "how much of the economy is digital, like a third?": in a question that asks for
// the figure, one the asker offers from memory is a guess, not one the quote must have.
const GUESS_MARKERS = new Set(['like', 'about', 'around', 'roughly', 'approximately', 'approx', 'maybe', 'perhaps', 'circa'])

function isGuess(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]
  return token?.number === true && !YEAR.test(token.word) && GUESS_MARKERS.has(tokens[i - 1]?.word ?? '')
}

function isBound(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]
  if (!token?.number || YEAR.test(token.word)) return false
  const before = tokens[i - 1]?.word ?? ''
  if (BOUND_BEFORE.has(before) || (before === 'least' && tokens[i - 2]?.word === 'at')) return true
  return before === 'than' && BOUND_AFTER_THAN.has(tokens[i - 2]?.word ?? '')
}

const WH_WORDS = new Set(['how', 'what', 'which', 'who', 'whom', 'whose', 'where', 'when', 'why', 'whats'])
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'did', 'does', 'do', 'has', 'have', 'had', 'can', 'could', 'will'])

/** Whether the question's first question word asks for a yes or a no ("is …", "did …") rather than a "how" or "what". */
function asksYesOrNo(tokens: readonly Token[]): boolean {
  const first = tokens.find((token) => WH_WORDS.has(token.word) || AUXILIARIES.has(token.word))
  return first !== undefined && AUXILIARIES.has(first.word)
}

// "does it mention X", "what does it say about X", "anything on X".
const MENTIONS = new Set(['mention', 'mentions', 'mentioned', 'mentioning', 'discuss', 'discusses', 'refer', 'refers'])
const SAYS = new Set(['say', 'says', 'said', 'talk', 'talks', 'anything', 'something', 'nothing', 'stuff'])

function mentionedTopicStart(tokens: readonly Token[]): number {
  const at = tokens.findIndex(
    (token, i) => MENTIONS.has(token.word) || ((token.word === 'about' || token.word === 'on') && SAYS.has(tokens[i - 1]?.word ?? '')),
  )
  return tokens[at]?.end ?? Infinity
}

// The word right after these is what the question asks for. Not "whose": "whose *job* is it …".
const ASKING_WORDS = new Set(['who', 'which', 'where'])

// The words a question starts with.
const OPENERS = String.raw`(?:${[...WH_WORDS, ...AUXILIARIES, "what's", 'would', 'tell'].join('|')})\b`
// A break after which a question starts: "trade desk here - what's …", "for our memo: how many …".
const FRAMING_BREAK = new RegExp(String.raw`(?::|\s[-\u2013\u2014]|,)\s+(?=${OPENERS})`, 'giu')
// What starts a second question rather than an aside after the first.
const QUESTION_START = new RegExp(String.raw`^\W*${OPENERS}`, 'iu')

/**
 * The questions a message asks one after another ("how is the paper structured?
 * how many chapters"), each alone: the part before the first question mark, then
 * each later part that opens as a question does and does not point back at
 * the one before ("…? whats that line"). A message whose later parts do not open
 * as questions asks one ("…? need the country names", "…, 8th? 9th?"): none.
 */
export function questionsAsked(question: string): string[] {
  const parts = question
    .split(/\?\s+(?=\S)/u)
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
  if (parts.length < 2) return []
  const [first, ...later] = parts
  const questions = later.filter((part) => QUESTION_START.test(part))
  if (questions.length === 0) return []
  return [first!, ...questions.filter((part) => !REFERS_BACK.test(part))]
}

// "…? whats that line": a question that points back at the one before means nothing alone. Wider than the
// words that make a sentence of the text refer back (`REFERRING_WORDS`): in a short follow-up question "that"
// and "them" point back, where in the text "that" is as often a conjunction. With that list, "whats that line"
// is asked alone and quotes an unrelated sentence (heldout-3).
const REFERS_BACK = /\b(?:it|its|that|this|these|those|they|them|their)\b/iu

function askerAfterwordStart(question: string): number {
  const mark = question.lastIndexOf('?')
  if (mark < 0) return Infinity
  const rest = question.slice(mark + 1)
  return rest.trim() === '' || QUESTION_START.test(rest) ? Infinity : mark + 1
}

// A question after "but" turns from what the asker knows: "I keep seeing 1.92 trillion but what was …".
const PREMISE_BREAK = new RegExp(String.raw`\bbut\s+(?=${OPENERS})`, 'giu')

function askerFramingEnd(question: string): number {
  return lastMatchAt(question, FRAMING_BREAK)
}

/** Where the last match of a global pattern starts; 0 for none. */
function lastMatchAt(question: string, pattern: RegExp): number {
  let at = 0
  for (const match of question.matchAll(pattern)) at = match.index
  return at
}
