/**
 * The depth of a line that is a heading by the paper's own numbering, or
 * undefined: "Preface" and "Conclusion" and "I. …" are chapters (1), "1. …"
 * their sections (2), "(1) …" the parts of those (3). A heading is short and
 * does not end as a sentence does; "1. The first step was taken." is not one.
 */
export function headingDepth(line: string): number | undefined {
  const text = line.trim()
  if (text.length === 0 || text.length > 120 || text.split(/\s+/u).length > 15) return undefined
  if (NAMED_PART.test(text)) return 1
  if (/[.,;:]$/u.test(text)) return undefined
  if (/^(?:[IVXLC]+\.|Chapter\s+[\p{L}\d]+\b)\s*\S/u.test(text)) return 1
  if (/^\d{1,2}\.\s+\p{Lu}/u.test(text)) return 2
  if (/^\(\d{1,2}\)\s+\p{Lu}/u.test(text)) return 3
  return undefined
}

const NAMED_PART = /^(?:Preface|Foreword|Introduction|Conclusion|Conclusions|Epilogue|Afterword|Concluding Remarks)$/iu
