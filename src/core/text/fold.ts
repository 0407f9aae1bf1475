/**
 * Folding turns what people type and what the page says into one comparable form:
 * NFKC (full-width digits, ligatures), Latin look-alikes from other scripts, no
 * diacritics, lower case, one kind of apostrophe and hyphen.
 */

// Cyrillic and Greek letters that render like Latin ones. Pages pasted from
// other systems mix them into Latin words (the seed's title has a Cyrillic "С"
// in "Сommunity"); no transliteration library maps by shape rather than sound.
const LATIN_LOOKALIKES: Record<string, string> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  З: '3',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
  Ѕ: 'S',
  І: 'I',
  Ј: 'J',
  Ԛ: 'Q',
  Ԝ: 'W',
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ј: 'j',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ο: 'o',
  ν: 'v',
  ι: 'i',
  κ: 'k',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
}
const LOOKALIKES = new RegExp(`[${Object.keys(LATIN_LOOKALIKES).join('')}]`, 'gu')
const LATIN_LETTER = /\p{Script=Latin}/u
const COMBINING_MARKS = /\p{M}+/gu
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4\u2032]/g
const HYPHENS = /[\u2010\u2011\u2012\u2013\u2212]/g

/** Maps look-alike letters to Latin, but only inside a word that already has Latin letters. */
function foldLookalikes(word: string): string {
  if (!LATIN_LETTER.test(word)) return word
  return word.replace(LOOKALIKES, (letter) => LATIN_LOOKALIKES[letter] ?? letter)
}

const PLAIN_ASCII = /^[\x20-\x5f\x61-\x7e]*$/

/** The comparable form of one word (or any short run of text). */
export function fold(text: string): string {
  // Most words are plain ASCII, for which all but lower-casing is a no-op.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase()
  return foldLookalikes(text.normalize('NFKC'))
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(HYPHENS, '-')
}
