import { buildPassageIndex } from '../../src/core/index/passage-index.js'
import { compileThesaurus } from '../../src/core/query/thesaurus.js'
import { readTopics } from '../../src/core/query/concepts.js'
import { loadEvalCorpus } from './evaluate.js'
const corpus = await loadEvalCorpus('documents')
const index = buildPassageIndex(corpus.documents)
const th = compileThesaurus(corpus.thesaurus)
for (const q of ['grace period for transfers', 'what is the grace period', 'a grace period']) console.log(q, JSON.stringify(readTopics(q, index, th, 0.8).concepts.map((c) => [c.label, c.alternatives])))
