/** Why a document cannot be added. The message is one line, said as it is shown. */
export class IngestError extends Error {
  constructor(
    readonly code: IngestErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'IngestError'
  }
}

export type IngestErrorCode =
  | 'UNREADABLE' // a file that cannot be read, a URL that cannot be fetched
  | 'TOO_LARGE'
  | 'WRONG_KIND' // not what its extension or content type says, or a kind not supported
  | 'MALFORMED'
  | 'NO_TEXT' // empty, no text layer, or too little readable text
  | 'MISSING_FIELD' // front matter the document does not give and nothing can guess
  | 'DUPLICATE'
  | 'INVALID' // the written document does not load
