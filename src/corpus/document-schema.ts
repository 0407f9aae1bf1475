import { z } from 'zod'

const text = (what: string) =>
  z
    .string({ error: `must be ${what}` })
    .trim()
    .min(1, { error: `must not be empty` })

/**
 * Front matter of a corpus document. Fields beyond these are kept in the file
 * for people (section, tags, captions) and ignored by the bot.
 */
export const documentFrontMatter = z.looseObject({
  /** Defaults to the file name without ".md". */
  id: z
    .string({ error: 'must be text' })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lower-case letters, digits and single hyphens' })
    .optional(),
  title: text('text'),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  publisher: text('text'),
  published: z.iso.date({ error: 'must be an ISO date (YYYY-MM-DD)' }),
  via: text('text').optional(),
  topics: z.array(text('text'), { error: 'must be a list of short phrases' }).default([]),
})

export const thesaurusFile = z.strictObject({
  ignore: z.array(text('text'), { error: 'must be a list of words or phrases' }).default([]),
  synonyms: z
    .array(
      z.strictObject({
        article: z.array(text('text'), { error: 'must be a list of phrases' }).min(1, { error: 'must list a phrase' }),
        people: z.array(text('text'), { error: 'must be a list of phrases' }).min(1, { error: 'must list a phrase' }),
        // Why the group is there, for whoever maintains it; the bot does not read it.
        why: text('text').optional(),
      }),
      { error: 'must be a list of groups with "article" and "people"' },
    )
    .default([]),
})
