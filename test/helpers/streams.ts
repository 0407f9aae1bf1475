import { PassThrough, Readable } from 'node:stream'

/** A writable stream that keeps what was written, for asserting on output. */
export function captureStream(): PassThrough & { text(): string } {
  const stream = new PassThrough()
  const chunks: Buffer[] = []
  stream.on('data', (chunk: Buffer) => chunks.push(chunk))
  return Object.assign(stream, { text: () => Buffer.concat(chunks).toString('utf8') })
}

/** A readable stream of the given lines, ending after the last. */
export function linesStream(lines: readonly string[]): Readable {
  return Readable.from([lines.map((line) => `${line}\n`).join('')])
}
