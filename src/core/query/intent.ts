import type { StatisticKind } from '../stats/statistic.js'
import { CURRENCY_WORD_PATTERN } from '../text/currencies.js'
import { NUMBER_WORD_PATTERN, NUMBER_WORDS } from '../text/number-words.js'
import { SUPERLATIVES } from '../text/superlatives.js'
import { otherWordsOfLine } from '../text/word-lines.js'

/** What kind of answer a question asks for, read from its question words. */
export interface Intent {
  /** "how many", "how much", "what percentage": prefers sentences with figures. */
  figure: boolean
  /** "when", "what year": prefers sentences with dates. */
  date: boolean
  /**
   * "When will they update the note?", "when are the problems supposed to be
   * dealt with?": when a thing is to happen, which a time without a date may
   * answer ("once the rules are finalised", "at an early stage").
   */
  plannedTime: boolean
  /**
   * What the figure asked for measures: a sum of money for "how much does it cost", a
   * share for "what share of", any percentage (a share or a growth rate) for
   * "what percentage", a count for "how many". A sentence whose figures measure
   * something else does not answer.
   */
  measure: AskedMeasure | undefined
  /** "Which countries …": the answer names a country the question does not. */
  countries: boolean
  /** "The exact number of …": a figure as it was counted comes before "more than …" or "about …". */
  exactFigure: boolean
  /** "Define X", "what does X mean", "what's X?": of equally good quotes, one that says what X is comes first. */
  definition: boolean
  /** "On what date", "what day", "the exact day": of equally good quotes, one that names the day comes before a year or month alone. */
  day: boolean
  /**
   * "What is the name of the agency", "the deputy head's name", "what is the approach called":
   * the answer gives a name the question does not, a person's when a person is asked for.
   */
  name: NameAsked | undefined
  /**
   * "What are the other six areas", "list all eight points": how many things the
   * answer must list. A sentence that only counts them does not list them.
   */
  listed: number | undefined
  /** "What's the penalty for …", "what sanctions apply": a sentence that names no penalty does not answer. */
  penalty: boolean
  /** "Which province has the most users": what comes top, which a sentence that ranks nothing does not say. */
  superlative: boolean
}

/** What a name asked for may be: any (a body's, a title, a quoted phrase) or a person's. */
export type NameAsked = 'name' | 'person'

/** What a figure asked for may be: a kind of statistic, or "percent", which a share or a growth rate meets. */
export type AskedMeasure = StatisticKind | 'percent'

const FIGURE =
  /\b(how|hw) (many|much|big|large|high|fast|long|far)\b|\b(what|which) (percentage|percent|share|proportion|portion|fraction|number|figure|amount|size|rate|value|level)\b|\b(number|percentage|proportion|share|count|amount|size) of\b|\bsize\b|\bworth\b|\brate\b|%/
// A share is a part of a whole: "12 percent year-on-year" is growth, not a share of anything.
const SHARE_ASKED =
  /\b(what|which|how (big|large|high)( a)?) (share|proportion|portion|fraction)\b|\b(share|proportion|portion|fraction|percentage|percent|%) of\b/
const PERCENT_ASKED = /\b(what|which) (percentage|percent)\b|\bhow many percent\b|%|\bpenetration\b/
// Asked with a figure ("how much did shoppers spend", "how much is it worth") or
// on its own ("what's the fine for …").
const MONEY_WORD = new RegExp(
  String.raw`\b(cost|costs|price|prices|priced|fine|fines|fee|fees|spend|spends|spent|spending|pay|pays|paid|charge|charges|worth|value|valued|${CURRENCY_WORD_PATTERN})\b`,
)
const MONEY_ASKED = /\b(what|whats)( is| are| was|['’]s)? the (cost|price|fine|fee|charge)s?\b|\bwhat (does|do|did|would|will)\b.*\bcost\b/
// "How many trillion …" asks for an amount, which may be a sum of money.
// "GDP in yuan", "in dollar terms": a sum in that currency.
const CURRENCY_ASKED = new RegExp(String.raw`\bin (${CURRENCY_WORD_PATTERN})\b`)
// "how fast is it growing", "the growth rate": a rate of change, which a percentage written as
// growth gives ("up 12 percent"), not a level. Not "by how much did it rise": that may be a sum.
const GROWTH_ASKED = /\bhow (fast|quickly)\b|\bgrowth rate\b|\brate of (growth|increase)\b/
/** Words that ask for a figure or date as it was counted or fixed ("the exact day", "how many precisely"). */
export const EXACT_WORDS: ReadonlySet<string> = new Set(['exact', 'exactly', 'precise', 'precisely'])
const EXACT_ASKED = new RegExp(String.raw`\b(${[...EXACT_WORDS].join('|')})\b`)
// "define X", "the meaning of X", "what does X mean", "X stands for?", "what is meant by X".
const DEFINITION_ASKED = /\b(define|definition|meaning|means?|stands? for|meant by)\b/
// "what's the Wuzhen Summit?", "what is a CIIO": nothing asked of the thing but what it is.
const WHAT_IS_ASKED = /^(what|whats)( is| are|'s)?( an?| the)?( [\w'-]+){1,3} ?\??$/
// "what does the SCIO do?", "what kind of place is Wuzhen": what the thing is, asked by what it does or is like.
const WHAT_IT_DOES_ASKED = /^(what|wat) (does|do) (an?|the)?( [\w'-]+){1,4} do ?\??$|\bwhat (kind|sort|type) of [\w'-]+ (is|are|was)\b/
const COUNT_ASKED = /\b(how|hw) many\b(?! (thousand|million|billion|trillion|bn|mn|tn)\b)/
// "which countries", "which five Central Asian countries": a few words may qualify them.
// "Which … states" too (`WHICH_KINDS`); not "what are states doing", which asks what they do.
const COUNTRIES_ASKED = /\b(which|what)( [\w-]+){0,3} (countries|nations)\b|\bwhich( [\w-]+){0,3} states\b/
const DAY_ASKED = /\b(what|which|exact|precise) (date|day)\b|\bwhat (exact|precise) date\b/
// "when will …", "when are they supposed to …": not "when was it issued", nor "what date will …", which ask for a date.
const PLANNED =
  /\bwhen (will|would|should|shall|can|could|must|might)\b|\bwhen (do|does|is|are)\b.*\b(want|wants|supposed|expected|plan|plans|planned|intend|intends|meant|going|aim|aims|hope|hopes|due)\b/
const DATE = /\b(what|which) (year|day|weekday|month|time)\b|\bdate\b/
// "When" asks for a date when it is the question word, not in "what is it doing when …".
const FIRST_QUESTION_WORD = /\b(when|what|how|who|which|where|why|whats)\b/

// "the name of the CAC deputy head who …", "the official's name", "what's the approach called?".
const NAME_OF = /\bnames? of\b((?: [\w'-]+){1,6})/
const NAME_OWNED = /((?:[\w-]+ ){0,3}[\w-]+)'s names?\b/
const CALLED = /^(what|whats)\b.* called ?\??$/
/** Words that ask what else a thing is called ("the WIC's *nickname*"), which the answer says by "called" or "known as". */
export const NICKNAME_WORDS: ReadonlySet<string> = new Set(['nickname', 'nicknames', 'alias', 'aliases'])
// The words that end what a name is asked of: "the name of the head *who* presented it".
const NAME_OF_END = /\b(who|whom|that|which|when|where|at|in|on|from|for|with|by)\b/
// Who a person is: a name asked of one of these is a person's. One role a line, in the words people use for
// it: a "journalist" is the text's "reporter".
// biome-ignore format: a word list reads best packed
const ROLE_NAMES: readonly (readonly string[])[] = [
  ['head', 'chief', 'leader'], ['reporter', 'journalist', 'correspondent'], ['spokesperson', 'spokesman', 'spokeswoman'],
  ['chairman', 'chairwoman', 'chair'], ['author', 'writer'], ['expert', 'analyst', 'specialist'], ['deputy'], ['director'],
  ['minister'], ['official'], ['officer'], ['editor'], ['president'], ['secretary'], ['person'], ['ceo'], ['founder'],
  ['commissioner'], ['ambassador'], ['premier'], ['governor'], ['lawyer'], ['scholar'], ['professor'], ['researcher'],
  ['economist'], ['guy'], ['man'], ['woman'], ['lady'],
]
const PERSON_ROLES: ReadonlySet<string> = new Set(ROLE_NAMES.flat())

/** The other words people use for the role a word names ("journalist" → "reporter"); none for other words. */
export function otherNamesOfRole(word: string): readonly string[] {
  return otherWordsOfLine(ROLE_NAMES, word)
}

// "who heads the office", "who chaired the conference", "who is the editor of the glossary": a person is asked
// for, not a body.
const LEADER_ASKED = new RegExp(
  String.raw`\bwho (heads|headed|chairs|chaired|leads|directs)\b|\bwho(?:'s| is| was| are| were) (?:the |its |their )?(?:current |new )?(${[...PERSON_ROLES].join('|')})s? of\b`,
)

// "what are the (other) six areas", "list all eight points", "name the three adjectives": so many things, listed.
const LIST_ASKED = new RegExp(
  String.raw`\b(?:(?:what|which) (?:are|were) (?:the|its|their)|list(?: all| each)?(?: of)?(?: the| its| their)?|name(?: all)? (?:the|its|their)|all)(?: other| remaining)? (${NUMBER_WORD_PATTERN}|\d{1,2}) (?!percent\b|per\b|%)[a-z]`,
)

/** The words that ask for a penalty ("what *penalties* apply"): met by the penalty the sentence names, not by the word. */
// biome-ignore format: a word list reads best packed
export const PENALTY_WORDS: ReadonlySet<string> = new Set([
  'penalty', 'penalties', 'fine', 'fines', 'punishment', 'punishments', 'sanction', 'sanctions',
])
// "what's the penalty for …", "what penalties apply", "the max fine under …": not "are the fines meant to …".
const PENALTY_ASKED = new RegExp(
  String.raw`\b(what|whats|which)(?: is| are| was| were| would be|'s)?(?: the| a| any)?(?: max| maximum| minimum| possible)? (${[...PENALTY_WORDS].join('|')})\b|\bhow (big|large|much|high) (is|was|are|were|would be) the (penalty|fine)s?\b`,
)

// "which province has the most users", "who runs the biggest network": not "does it have the biggest …", which
// the sentence answers by what it says of the thing asked about.
const SUPERLATIVE_ASKED = new RegExp(
  String.raw`\b(which|what|whats|who|whos|where)\b.*\b(${[...SUPERLATIVES].filter((word) => word !== 'top' && word !== 'leading').join('|')})\b`,
)

// What "what …" and "which …" ask for: a share, a date, a kind of body or means.
// biome-ignore format: a word list reads best packed
const ASKED_KINDS = new Set([
  'percentage', 'percent', 'share', 'proportion', 'portion', 'fraction', 'year', 'day', 'month', 'weekday', 'date',
  'org', 'organisation', 'organization', 'institution', 'tool', 'tools', 'instrument', 'instruments', 'method',
  'methods', 'areas', 'fields', 'outfit', 'outlet', 'outlets', 'metaphor', 'metaphors', 'analogy', 'analogies',
  'image', 'comparison', 'countries', 'nations',
])
// "Which states": countries, as policy people say it ("what states" asks less plainly).
const WHICH_KINDS = new Set([...ASKED_KINDS, 'states'])
const HOW_KINDS = new Set(['many', 'much', 'big', 'large', 'high', 'fast', 'long', 'far'])

/**
 * Words that only shape a question ("how *big*", "what *share*"), not its
 * topic, keyed by the question word before them.
 */
export const QUESTION_SHAPE_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['how', HOW_KINDS],
  ['hw', HOW_KINDS],
  ['what', ASKED_KINDS],
  ['which', WHICH_KINDS],
])

/**
 * After "how many", the people counted are whoever the rest names: "how many
 * people have 5G plans". Unless a phrase takes them up: "people online".
 */
export const COUNTED_PEOPLE: ReadonlySet<string> = new Set(['people', 'ppl', 'persons', 'folks'])

/** Nouns that ask for a share of what follows them ("the *share* of GDP"): met by the figure, not by the word. */
export const SHARE_WORDS: ReadonlySet<string> = new Set(['share', 'proportion', 'portion', 'fraction', 'percentage'])

/** Words that place a year ("mid 2022", "early-2021") rather than add a topic. */
export const YEAR_QUALIFIERS: ReadonlySet<string> = new Set(['mid', 'early', 'late', 'end', 'start', 'beginning'])

/** Reads the intent off a folded question. */
export function readIntent(foldedQuestion: string): Intent {
  const figure = FIGURE.test(foldedQuestion)
  return {
    figure,
    date: DATE.test(foldedQuestion) || FIRST_QUESTION_WORD.exec(foldedQuestion)?.[1] === 'when',
    plannedTime: PLANNED.test(foldedQuestion) && !DATE.test(foldedQuestion),
    measure: readMeasure(foldedQuestion, figure),
    countries: COUNTRIES_ASKED.test(foldedQuestion),
    exactFigure: figure && EXACT_ASKED.test(foldedQuestion),
    day: DAY_ASKED.test(foldedQuestion),
    definition: asksDefinition(foldedQuestion),
    name: readNameAsked(foldedQuestion),
    listed: readListAsked(foldedQuestion),
    penalty: asksPenalty(foldedQuestion),
    superlative: SUPERLATIVE_ASKED.test(foldedQuestion),
  }
}

/** Whether a folded question asks what the penalty is, whose word ("penalties", "fine") the answer may not use. */
export function asksPenalty(foldedQuestion: string): boolean {
  return PENALTY_ASKED.test(foldedQuestion)
}

function readListAsked(foldedQuestion: string): number | undefined {
  const count = LIST_ASKED.exec(foldedQuestion)?.[1]
  return count === undefined ? undefined : Number(NUMBER_WORDS.get(count) ?? count)
}

function readNameAsked(foldedQuestion: string): NameAsked | undefined {
  const of = NAME_OF.exec(foldedQuestion)?.[1]
  const owner = of === undefined ? NAME_OWNED.exec(foldedQuestion)?.[1] : of.split(NAME_OF_END)[0]
  if (owner !== undefined) return owner.split(/[\s-]+/).some((word) => PERSON_ROLES.has(word)) ? 'person' : 'name'
  if (LEADER_ASKED.test(foldedQuestion)) return 'person'
  const nickname = foldedQuestion.split(/[^\w'-]+/).some((word) => NICKNAME_WORDS.has(word))
  return nickname || CALLED.test(foldedQuestion.trim()) ? 'name' : undefined
}

function asksDefinition(foldedQuestion: string): boolean {
  const whole = foldedQuestion.trim()
  return DEFINITION_ASKED.test(foldedQuestion) || WHAT_IS_ASKED.test(whole) || WHAT_IT_DOES_ASKED.test(whole)
}

function readMeasure(foldedQuestion: string, figure: boolean): AskedMeasure | undefined {
  if (SHARE_ASKED.test(foldedQuestion)) return 'share'
  if (GROWTH_ASKED.test(foldedQuestion)) return 'growth'
  if (PERCENT_ASKED.test(foldedQuestion)) return 'percent'
  if ((figure && MONEY_WORD.test(foldedQuestion)) || MONEY_ASKED.test(foldedQuestion)) return 'amount'
  if (CURRENCY_ASKED.test(foldedQuestion)) return 'amount'
  if (COUNT_ASKED.test(foldedQuestion)) return 'count'
  return undefined
}
