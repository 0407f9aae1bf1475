/**
 * The evaluation sets and what each measures. A set is `tuned` once any change
 * was made with its failures in view; until then it measures how the bot does
 * on questions nobody tuned for, which is the figure that counts. Its first
 * score, taken before any change was made for it, is in `recorded.json`.
 *
 * `corpus` is what the set's questions are about: `article` sets are asked of
 * the shipped corpus, `documents` sets of the shipped corpus together with the
 * documents in `test/eval/documents/` (written for the evaluation, in
 * vocabulary unlike the article's).
 */
export interface EvalSetInfo {
  file: string
  tuned: boolean
  corpus: 'article' | 'documents'
  /** When and how it was used, for the report. */
  note: string
}

export const EVAL_SETS: readonly EvalSetInfo[] = [
  { file: 'test/eval/questions.yml', tuned: true, corpus: 'article', note: 'round 1' },
  { file: 'test/eval/questions-2.yml', tuned: true, corpus: 'article', note: 'round 2' },
  { file: 'test/eval/questions-3.yml', tuned: true, corpus: 'article', note: 'round 3' },
  { file: 'test/eval/heldout.yml', tuned: true, corpus: 'article', note: 'round 4; held out until then' },
  { file: 'test/eval/heldout-2.yml', tuned: true, corpus: 'article', note: 'round 5; held out until then' },
  { file: 'test/eval/heldout-3.yml', tuned: true, corpus: 'article', note: 'round 6; held out until then' },
  { file: 'test/eval/heldout-4.yml', tuned: true, corpus: 'article', note: 'round 7; held out until then' },
  { file: 'test/eval/heldout-5.yml', tuned: true, corpus: 'article', note: 'round 8; held out until then' },
  { file: 'test/eval/heldout-6.yml', tuned: true, corpus: 'article', note: 'round 9; held out until then' },
  { file: 'test/eval/heldout-7.yml', tuned: true, corpus: 'article', note: 'round 10; held out until then' },
  { file: 'test/eval/heldout-8.yml', tuned: true, corpus: 'article', note: 'round 11; held out until then' },
  { file: 'test/eval/heldout-9.yml', tuned: false, corpus: 'article', note: 'never tuned on' },
  { file: 'test/eval/heldout-10.yml', tuned: false, corpus: 'article', note: 'never tuned on' },
  { file: 'test/eval/heldout-11.yml', tuned: false, corpus: 'article', note: 'never tuned on; written after round 12' },
  { file: 'test/eval/heldout-12.yml', tuned: false, corpus: 'article', note: 'never tuned on; written after round 14' },
  { file: 'test/eval/heldout-13.yml', tuned: false, corpus: 'article', note: 'never tuned on; written after round 16' },
  { file: 'test/eval/heldout-14.yml', tuned: false, corpus: 'article', note: 'never tuned on; written after round 19' },
  { file: 'test/eval/heldout-15.yml', tuned: false, corpus: 'article', note: 'never tuned on; written after round 20' },
  { file: 'test/eval/heldout-16.yml', tuned: false, corpus: 'article', note: 'never tuned on; written after round 23' },
  { file: 'test/eval/heldout-17.yml', tuned: false, corpus: 'article', note: 'never tuned on; written in round 24' },
  { file: 'test/eval/heldout-18.yml', tuned: false, corpus: 'article', note: 'never tuned on; written in round 25' },
  { file: 'test/eval/documents-a.yml', tuned: true, corpus: 'documents', note: 'round 12; held out until then' },
  { file: 'test/eval/documents-e.yml', tuned: true, corpus: 'documents', note: 'round 15; written from the documents, scored once, then tuned on' },
  { file: 'test/eval/documents-b.yml', tuned: true, corpus: 'documents', note: 'round 20; unseen until then' },
  { file: 'test/eval/documents-c.yml', tuned: false, corpus: 'documents', note: 'never tuned on; written after round 12' },
  { file: 'test/eval/documents-d.yml', tuned: false, corpus: 'documents', note: 'never tuned on; written after round 14' },
  { file: 'test/eval/documents-f.yml', tuned: false, corpus: 'documents', note: 'never tuned on; written after round 16' },
  { file: 'test/eval/documents-g.yml', tuned: false, corpus: 'documents', note: 'never tuned on; written after round 19' },
  { file: 'test/eval/documents-h.yml', tuned: false, corpus: 'documents', note: 'never tuned on; written after round 20' },
  { file: 'test/eval/documents-i.yml', tuned: false, corpus: 'documents', note: 'never tuned on; written after round 23' },
  { file: 'test/eval/documents-j.yml', tuned: true, corpus: 'documents', note: 'round 24; written then, scored once, then tuned on' },
  { file: 'test/eval/documents-k.yml', tuned: true, corpus: 'documents', note: 'round 25; written then, scored once, then tuned on' },
  { file: 'test/eval/documents-l.yml', tuned: true, corpus: 'documents', note: 'round 26; written then, scored once, then tuned on' },
]

/** Topics for the stats command, on the article. */
export const STATS_SETS: readonly Omit<EvalSetInfo, 'corpus'>[] = [
  { file: 'test/eval/stats-topics.yml', tuned: true, note: 'round 1' },
  { file: 'test/eval/stats-heldout.yml', tuned: true, note: 'round 4; held out until then' },
  { file: 'test/eval/stats-heldout-2.yml', tuned: true, note: 'round 6; held out until then' },
  { file: 'test/eval/stats-heldout-3.yml', tuned: true, note: 'round 7; held out until then' },
  { file: 'test/eval/stats-heldout-4.yml', tuned: true, note: 'round 8; held out until then' },
  { file: 'test/eval/stats-heldout-5.yml', tuned: true, note: 'round 9; held out until then' },
  { file: 'test/eval/stats-heldout-6.yml', tuned: true, note: 'round 10; held out until then' },
  { file: 'test/eval/stats-heldout-7.yml', tuned: true, note: 'round 11; held out until then' },
  { file: 'test/eval/stats-heldout-8.yml', tuned: false, note: 'never tuned on' },
]

/** The extra documents the `documents` sets are about. */
export const EVAL_DOCUMENTS_DIR = 'test/eval/documents'

/**
 * Quotes of the extra documents judged by hand as answers to the article's
 * tuned questions (see docs/evaluation.md, "Judged quotes").
 */
export const JUDGEMENTS_FILE = 'test/eval/judged-with-documents.yml'
