import { eng } from 'stopword'

/**
 * Words that carry no topic. The general English list comes from the stopword
 * package; the additions are the rest of NLTK's English list and what people
 * put around a question in chat ("pls tell me what it says about …").
 */
// biome-ignore format: a word list reads best packed, as written
const GENERAL_ADDITIONS = [
  'again', 'against', 'below', 'down', 'during', 'few', 'further', 'hers', 'herself', 'it\'s', 'its', 'itself', 'myself',
  'nor', 'off', 'once', 'ours', 'ourselves', 'own', 'theirs', 'themselves', 'until', 'why', 'yours', 'yourself',
  'yourselves', 'having', 'doing', 'above', 'should', 'shouldn',
]
// biome-ignore format: a word list reads best packed, as written
const QUESTION_FILLER = [
  'lol', 'tbh', 'imo', 'imho', 'idk', 'btw', 'fyi', 'thx', 'ty', 'rn', 'cuz', 'ya', 'yo', 'hello', 'guys', 'quick',
  'question', 'qq', 'pls', 'plz', 'asap', 'wondering', 'curious', 'quickly', 'briefly', 'via', 'per',
  'claim', 'claims', 'argue', 'argues', 'suggest', 'suggests', 'think', 'thinks', 'size', 'number', 'count', 'figure',
  'figures', 'stat', 'stats', 'statistic', 'statistics', 'amount', 'total', 'date', 'dates',
  'according', 'actually', 'also', 'anything', 'any', 'bc', 'cos', 'describe', 'describes', 'described', 'does',
  'doing',
  'done', 'else', 'etc', 'exactly', 'explain', 'get', 'give', 'go', 'going', 'hey', 'hi', 'info', 'is', 'just', 'kind',
  'know', 'let', 'lot', 'lots', 'mention', 'mentions', 'mentioned', 'ok', 'okay', 'per', 'please', 'pls', 'plz',
  'really', 'regarding', 'say', 'says', 'said', 'show', 'so', 'something', 'sort', 'talk', 'talks', 'tell', 'thanks',
  'there', 'thing', 'things', 'u', 'us', 'want', 'whats', 'where', 'whether', 'which', 'whose', 'whom', 'why', 'will',
  'yeah', 'yes', 'no', 'not', 'ur', 'whatever', 'whichever', 'anyway', 'eh', 'hmm', 'though', 'd', 'll', 're', 's', 't',
  've', 'm', 'vs', 'versus', 'when', 'tldr', 'tl', 'dr', 'tmrw', 'tmr', 'tmw',
  // Judgements, not topics; "good" would otherwise meet "goods".
  'good', 'bad', 'great', 'nice', 'take',
  // Asking for the gist: "main topics", "key points", "in yuan terms".
  'main', 'key', 'major', 'terms', 'overall',
  // Checking back: "… right?", "remind me …".
  'right', 'remind', 'reminder',
  // Chat spellings and abbreviations: "e.g.", "acc to", "every1".
  'eg', 'ie', 'acc', 'every1', 'evry1', 'any1', 'some1', 'no1', 'hw', 'r', 'wht', 'whr',
  // "What tool is used to …": the passive says nothing, and Porter's stem of it is the one of "us".
  'used',
  // Forms of stop words that would otherwise read as topics: "making" ("make" is one), "official" ("the official
  // name", while "officials" are people).
  'making', 'makes', 'official', 'officially',
  // "Is it true that …?": checking a claim, not a topic.
  'true', 'false', 'correct',
  // "The figure the paper cites", "nationwide": said of any figure in it.
  'cite', 'cites', 'cited', 'citing', 'nationwide', 'countrywide',
  // Comparing with a bound: "did it exceed 70 percent?".
  'exceed', 'exceeds', 'exceeded', 'exceeding', 'surpass', 'surpassed', 'surpasses',
  // Linking words, which subtitles mostly write with a capital, at the start of a sentence.
  'besides', 'however', 'moreover', 'furthermore', 'meanwhile', 'otherwise', 'nevertheless', 'therefore', 'thus', 'hence',
  'getting', 'gets', 'got', 'toward', 'towards',
  // Common slips of the keys on the words above.
  'teh', 'hte', 'adn', 'nad', 'taht', 'thta', 'waht', 'whta', 'wat', 'fo', 'ot', 'si', 'thier', 'wiht', 'abotu', 'baout',
  // Asking for more of an answer, not about something else: "in what context?", "any details?".
  'context', 'detail', 'details', 'background', 'specifics', 'specifically', 'exact', 'mean', 'means', 'meant',
  // Figures quoted from memory: "39 percent or so", "450 mil ish", "roughly 2 million".
  'ish', 'approx', 'approximately', 'roughly', 'around', 'circa', 'ballpark', 'some', 'isn', 'doesn', 'didn', 'don', 'can', 'cannot', 'did', 'do', 'was', 'were', 'be', 'been', 'are', 'am',
]

// Contractions, as they read without their apostrophe: "why can't countries …" is not
// about a rare word "cant", typed with the apostrophe or without. Not "we'd" or
// "she'd": "wed" and "shed" are words.
// biome-ignore format: a word list reads best packed, as written
const CONTRACTIONS = [
  'cant', 'dont', 'wont', 'isnt', 'doesnt', 'didnt', 'arent', 'wasnt', 'werent', 'shouldnt', 'couldnt', 'wouldnt',
  'havent', 'hasnt', 'hadnt', 'mustnt', 'neednt', 'shant', 'aint', 'im', 'youre', 'theyre', 'ive', 'youve', 'weve',
  'theyve', 'he', 'she', 'hes', 'shes', 'yall', 'gonna', 'wanna', 'gotta',
  // "there's", "that's", "who's" without the apostrophe.
  'theres', 'thats', 'heres', 'wheres', 'whos', 'hows', 'whens', 'whys',
]

export const STOP_WORDS: ReadonlySet<string> = new Set([...eng, ...GENERAL_ADDITIONS, ...QUESTION_FILLER, ...CONTRACTIONS])
