import { defaultRetrieverOptions } from '../src/core/options.js'
import type { Command } from './command.js'
import { summarizeDocument } from './document-summary.js'

const NO_ANSWER_MESSAGE =
  "The paper doesn't say — nothing in the documents I quote from answers that, and an unrelated quote would be worse than none."

/** `ask`: the best verbatim quotes for a question, with their sources. */
export const ask = {
  name: 'ask',
  description: 'Ask a question about the white paper; get the exact sentence, its source and a link.',
  options: [
    {
      name: 'question',
      description: 'Your question, in plain words',
      type: 'string',
      required: true,
      maxLength: defaultRetrieverOptions.maxQuestionLength,
      suggests: 'questions',
    },
  ],
  capabilities: { postsPublicly: true, takesText: true },
  execute(input, { retriever }) {
    const question = typeof input.question === 'string' ? input.question : ''
    const result = retriever.ask(question)
    switch (result.status) {
      case 'answered':
        return { kind: 'answers', question: result.question, answers: result.answers }
      case 'no-answer':
        return { kind: 'no-answer', question: result.question, message: NO_ANSWER_MESSAGE, topics: result.topics }
      case 'documents':
        // Who published a document and when is in its source, which /sources shows.
        return {
          kind: 'sources',
          documents: result.documents.map(summarizeDocument),
        }
      case 'invalid':
        return { kind: 'notice', message: result.message }
    }
  },
} satisfies Command
