import { conceptsRulingOut, totalWeight, weightMet } from '../../src/core/answer/coverage.js'
import { readQuestion } from '../../src/core/answer/read-question.js'
import { DocumentNames } from '../../src/core/answer/document-names.js'
import { kindMissing, mustMeetIfNotBefore, mustMeetIn, namesDocumentOf } from '../../src/core/answer/select-quote.js'
import { createSentenceReadings } from '../../src/core/answer/sentence-readings.js'
import { namesOnlyOneOfAKind } from '../../src/core/answer/which-asked.js'
import { buildPassageIndex } from '../../src/core/index/passage-index.js'
import { defaultRetrieverOptions } from '../../src/core/options.js'
import { meets } from '../../src/core/query/concept.js'
import { compileThesaurus } from '../../src/core/query/thesaurus.js'
import type { Corpus } from '../../src/corpus/load-corpus.js'

// Quotes keep the page's non-breaking spaces; the expected texts are typed.
const squash = (text: string) => text.replace(/\s+/gu, ' ')

/**
 * Says why the bot did not quote the expected text for a question, in the
 * terms of its own rules: the passage MiniSearch did not hand on, the kind of
 * answer the sentence lacks, the concept that rules it out, or the score it
 * reached against the threshold. For `npm run eval --failures`, on the tuned
 * sets only. It reads the question as the retriever's first pass does; the
 * second pass, which lets the question's verbs off standing beside a figure
 * when nothing answers, is not retraced.
 */
export function missExplainer(corpus: Corpus, minScore = defaultRetrieverOptions.minScore) {
  const index = buildPassageIndex(corpus.documents)
  const thesaurus = compileThesaurus(corpus.thesaurus)
  const readings = createSentenceReadings(index, new DocumentNames(corpus.documents))
  const settings = defaultRetrieverOptions

  return (question: string, expected: string): string => {
    const questionRead = readQuestion(question, index, thesaurus, settings)
    if (!questionRead) return 'no topic read from the question'
    const { read, candidates } = questionRead
    const wanted = squash(expected)
    const entry = index.passages.find(({ passage }) => squash(passage.text).includes(wanted))
    if (!entry) return 'no passage has the expected text'
    if (!candidates.includes(entry)) return `its passage is not among the ${settings.candidatePassages} MiniSearch hands on`
    const text = (start: number, end: number) => squash(entry.passage.text.slice(start, end))
    const sentence =
      entry.sentences.find(({ start, end }) => text(start, end).includes(wanted)) ??
      entry.sentences.find(({ start, end }) => wanted.startsWith(text(start, end).trim().slice(0, 20)))
    if (!sentence) return 'the expected text spans two sentences'
    if (read.whichNoun && namesOnlyOneOfAKind(entry, read.whichNoun)) return 'ruled out: the passage names what "which" asks about only as "a …"'
    const kind = kindMissing(entry, sentence, read, readings)
    if (kind) return `ruled out: ${kind}`
    const namesDocument = namesDocumentOf(entry, readings.documentNames)
    const mustMeet = mustMeetIfNotBefore(entry, entry.sentences.indexOf(sentence), mustMeetIn(entry, read.namedBeside, namesDocument))
    const rulingOut = conceptsRulingOut(read.concepts, sentence.terms, entry.context, mustMeet, namesDocument)
    if (rulingOut.length > 0) return `ruled out: ${rulingOut.map(({ concept, rule }) => `"${concept.label}", ${rule}`).join('; ')}`
    const credit = entry.refersBack ? settings.referredContextCredit : settings.contextCredit
    const score = (weightMet(read.concepts, sentence.terms, entry.context, credit, mustMeet, namesDocument) ?? 0) / totalWeight(read.concepts)
    const lacking = read.concepts
      .filter((concept) => !meets(concept, sentence.terms))
      .map((concept) => `"${concept.label}" (${concept.weight.toFixed(1)}${concept.known ? '' : ', not in the corpus'})`)
    const lacks = lacking.length > 0 ? `; the sentence lacks ${lacking.join(', ')}` : ''
    if (score < minScore) return `scored ${score.toFixed(2)}, under the threshold ${minScore}${lacks}`
    return `scored ${score.toFixed(2)}, but another quote ranked first${lacks}`
  }
}
