/** Discord's embed limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  fields: 25,
  embeds: 10,
  total: 6000,
} as const

/** Autocomplete: at most 25 choices, names and values of at most 100 characters. */
export const AUTOCOMPLETE_LIMITS = { choices: 25, name: 100, value: 100 } as const

export { truncateAtWord } from '../../presentation/truncate.js'
