/**
 * Article metadata from the header some plain-text articles carry: a URL line, a byline, a date line,
 * a headline. Lines are read from the top while they look like header; the body starts at the first
 * line that does not.
 */
import { ArticleMetadata } from './model';
import { outletByHost } from './outlets';

export interface ArticleHeader {
  metadata: ArticleMetadata;
  /** Offset of the first body character (0 when the text has no header). */
  bodyStart: number;
}

interface Line {
  text: string;
  start: number;
  /** Offset just past the line's end-of-line. */
  next: number;
}

/** Header lines are few and short; a longer line is body. */
const MAX_HEADER_LINES = 12;
const MAX_HEADER_LINE_LENGTH = 300;

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');
/** What may stand beside a date on a dateline: weekday, time, zone, "updated", separators. */
const DATELINE_REST =
  /^(?:\s|[,.|:;·•–—-]|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?|\b\d{1,2}:\d{2}(?::\d{2})?\b|\b(?:a\.?m\.?|p\.?m\.?)(?=\s|$)|\b(?:[A-Z]{2,4}T|UTC|GMT|PT|ET|CT|MT)\b|\b(?:updated|published|posted|last updated|on|at)\b)*$/i;

const URL_LINE = /^\s*(https?:\/\/[^\s]+)\s*$/i;
const DATE_TITLE_LINE = /^\s*date:?\s+(\d{4}-\d{2}-\d{2})\b\s*(.*)$/i;
const BY_ALONE = /^\s*by:?\s*$/i;
const BY_NAMES = /^\s*by:?\s+(.+?)\s*$/i;
const SEPARATOR = /^\s*[|•·—–\-_*=~]+\s*$/;
const PHOTO_CREDIT =
  /^(?:\(?(?:photo|image|picture)s?(?: by| credit)?:?\s|credit:|getty images|ap photo|reuters\/|afp\/)|^[\p{Lu}][\p{L}.'’ -]{1,40}\/[\p{Lu}][\p{L}.'’ -]{1,40}$|\b(?:Getty Images|FilmMagic|WireImage|Shutterstock|Invision|REX)\b/iu;
/** A name token: capitalised word, initial, or a lowercase particle inside a name. */
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.|de|da|del|der|di|du|la|le|van|von|bin|al|el|ibn|st\.?)$/u;
const NAME_SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

/**
 * An article's metadata: what the caller gives wins, the header fills the rest, and a given URL names
 * the outlet when the caller names none.
 */
export function mergeMetadata(header: ArticleMetadata, given: Partial<ArticleMetadata> = {}): ArticleMetadata {
  const givenUrlOutlet = given.url ? (outletByHost(given.url)?.name ?? null) : null;
  return {
    title: given.title ?? header.title,
    url: given.url ?? header.url,
    outlet: given.outlet ?? givenUrlOutlet ?? header.outlet,
    authors: given.authors ?? header.authors,
    publishedAt: given.publishedAt ?? header.publishedAt,
  };
}

function emptyMetadata(): ArticleMetadata {
  return { title: null, url: null, outlet: null, authors: [], publishedAt: null };
}

/** Reads the metadata the text's header gives; never throws. */
export function parseArticleHeader(text: string): ArticleHeader {
  const metadata = emptyMetadata();
  if (typeof text !== 'string' || text.length === 0) return { metadata, bodyStart: 0 };
  const lines = leadingLines(text);
  let bodyStart = 0;
  let inHeader = false;
  let expectAuthors = false;
  let headerDate: string | null = null;
  let urlDate: string | null = null;

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const content = line.text.trim();
    const hasMoreText = index + 1 < lines.length || lines[index].next < text.length;
    let consumed = true;

    const url = URL_LINE.exec(line.text);
    const dateTitle = DATE_TITLE_LINE.exec(line.text);
    const byNames = BY_NAMES.exec(line.text);
    if (content.length > MAX_HEADER_LINE_LENGTH) {
      consumed = false;
    } else if (url && metadata.url === null) {
      metadata.url = url[1];
      metadata.outlet = outletByHost(url[1])?.name ?? null;
      urlDate = dateFromUrl(url[1]);
      inHeader = true;
    } else if (dateTitle) {
      headerDate ??= isoDate(dateTitle[1]);
      if (dateTitle[2] && metadata.title === null) metadata.title = dateTitle[2].trim();
      inHeader = true;
    } else if (BY_ALONE.test(line.text)) {
      expectAuthors = true;
      inHeader = true;
    } else if (byNames && parseNames(byNames[1])) {
      metadata.authors.push(...(parseNames(byNames[1]) ?? []));
      inHeader = true;
    } else if (expectAuthors && parseNames(content)) {
      metadata.authors.push(...(parseNames(content) ?? []));
      expectAuthors = false;
    } else if (SEPARATOR.test(line.text)) {
      consumed = inHeader;
    } else if (inHeader && datelineDate(content)) {
      headerDate ??= datelineDate(content);
    } else if (inHeader && PHOTO_CREDIT.test(content) && content.length <= 80) {
      consumed = true;
    } else if (inHeader && metadata.authors.length === 0 && metadata.title === null && parseNames(content)) {
      metadata.authors.push(...(parseNames(content) ?? []));
    } else if (metadata.title === null && hasMoreText && looksLikeHeadline(content)) {
      metadata.title = content;
      inHeader = true;
    } else {
      consumed = false;
    }
    if (!consumed) break;
    bodyStart = line.next;
  }
  metadata.publishedAt = headerDate ?? urlDate;
  metadata.authors = [...new Set(metadata.authors)];
  return { metadata, bodyStart: skipBlankLines(text, bodyStart) };
}

/** The first non-blank lines, with their offsets, reading no further than needed. */
function leadingLines(text: string): Line[] {
  const lines: Line[] = [];
  let position = 0;
  while (position < text.length && lines.length < MAX_HEADER_LINES) {
    const newline = text.indexOf('\n', position);
    const end = newline === -1 ? text.length : newline;
    const next = newline === -1 ? text.length : newline + 1;
    const lineText = text.slice(position, Math.min(end, position + MAX_HEADER_LINE_LENGTH + 1)).replace(/\r$/, '');
    if (lineText.trim().length > 0) lines.push({ text: lineText, start: position, next });
    position = next;
  }
  return lines;
}

function skipBlankLines(text: string, position: number): number {
  const match = /^\s*/.exec(text.slice(position, position + 10_000));
  const skipped = position + (match ? match[0].length : 0);
  // Stop at the start of the first non-blank line, not inside its leading indentation.
  const lineStart = text.lastIndexOf('\n', skipped - 1) + 1;
  return skipped >= text.length ? text.length : Math.max(position, lineStart);
}

/** A line that is a list of person names ("Jane Doe", "Jane Doe and John Roe", "A. B. Smith, C. Jones"). */
function parseNames(line: string): string[] | null {
  if (line.length === 0 || line.length > 100 || /\d|[!?:;"“”]/.test(line)) return null;
  const parts = line
    .replace(/\s*\|.*$/, '')
    .split(/\s*(?:,|&|\band\b)\s*/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  if (parts.length === 0 || parts.length > 5) return null;
  for (const part of parts) {
    const tokens = part.split(/\s+/);
    const nameTokens = tokens.filter((token) => !NAME_SUFFIX.test(token));
    if (nameTokens.length < 2 || nameTokens.length > 4) return null;
    if (!nameTokens.every((token) => NAME_TOKEN.test(token))) return null;
    if (!/^\p{Lu}/u.test(nameTokens[0]) || !/^\p{Lu}/u.test(nameTokens[nameTokens.length - 1])) return null;
  }
  return parts;
}

/**
 * A headline rather than a body paragraph: short and on its own line, and either without a sentence's
 * final period, a question, in headline case, or a short sentence without a clause break
 * ("Candidate removed from debate site by police.").
 */
function looksLikeHeadline(line: string): boolean {
  const words = line.split(/\s+/);
  if (line.length > 160 || words.length > 20 || words.length < 2) return false;
  if (/^\p{Ll}+\b/u.test(words[0]) || URL_LINE.test(line) || datelineDate(line)) return false;
  const finalMark = /([.!?…])[”"’')\]]*$/.exec(line)?.[1];
  if (finalMark === undefined || finalMark === '?' || finalMark === '!') return true;
  return isHeadlineCase(words) || (words.length <= 14 && !/[,;]/.test(line));
}

/** Most longer words capitalised, as headlines write them ("Stealth Over Health: Clinton Was Headed to ER"). */
function isHeadlineCase(words: string[]): boolean {
  const longer = words.map((word) => word.replace(/^[^\p{L}]+/u, '')).filter((word) => word.length >= 4);
  if (longer.length < 2) return false;
  const capitalised = longer.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised / longer.length >= 0.75;
}

/** The date of a line that is only a date with weekday, time or "updated" around it. */
function datelineDate(line: string): string | null {
  if (line.length > 80) return null;
  for (const pattern of [ISO_DATE, MONTH_DAY_YEAR, DAY_MONTH_YEAR]) {
    const match = pattern.exec(line);
    if (!match) continue;
    const rest = line.slice(0, match.index) + ' ' + line.slice(match.index + match[0].length);
    if (!DATELINE_REST.test(rest)) return null;
    return dateFromMatch(pattern, match);
  }
  return null;
}

function dateFromMatch(pattern: RegExp, match: RegExpExecArray): string | null {
  if (pattern === ISO_DATE) return isoDate(match[0]);
  if (pattern === MONTH_DAY_YEAR) return validDate(+match[3], monthNumber(match[1]), +match[2]);
  return validDate(+match[3], monthNumber(match[2]), +match[1]);
}

/** A full date in a URL's path (/2017/11/22/ or 2017-11-22); a year and month alone give none. */
function dateFromUrl(url: string): string | null {
  const slashed = /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/.exec(url);
  if (slashed) return validDate(+slashed[1], +slashed[2], +slashed[3]);
  const dashed = /(?:^|[/_-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[/_-]|$)/.exec(url);
  if (dashed) return validDate(+dashed[1], +dashed[2], +dashed[3]);
  return null;
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, '').slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)] ?? 0;
}

function isoDate(value: string): string | null {
  const match = ISO_DATE.exec(value);
  return match ? validDate(+match[1], +match[2], +match[3]) : null;
}

function validDate(year: number, month: number, day: number): string | null {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
