/**
 * What counts as an article the extraction accepts: one check for the CLI and the HTTP API alike.
 * Pure: callers read the bytes.
 */

/** Longer than any news article; beyond it the text is a dump, not an article. */
export const MAX_ARTICLE_CHARACTERS = 1_000_000;

/** Below this many words the language check says nothing. */
const MIN_WORDS_FOR_LANGUAGE = 40;

const ENGLISH_FUNCTION_WORDS = new Set(
  (
    'the of and to a in is that for it on was with he she as at by be this have from or are not but had his her ' +
    'they has an were said which will their been would who its we i you our there about than more also can after ' +
    'when what if all into up out new one two so them no do did could should may says him over us'
  ).split(' '),
);

/** Why a text is not an article the extraction can read, or null when it is. */
export function validateArticleText(text: unknown): string | null {
  if (typeof text !== 'string') return 'not text';
  if (text.trim().length === 0) return 'empty (no text, or only whitespace)';
  if (text.length > MAX_ARTICLE_CHARACTERS) {
    return `too large (${text.length} characters; the limit is ${MAX_ARTICLE_CHARACTERS})`;
  }
  if (text.includes('\u0000')) return 'binary (contains NUL characters)';
  const controls = text.match(/[\u0001-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (controls > 10 && controls > text.length / 1000) return `binary (${controls} control characters)`;
  if (text.includes('\uFFFD')) return 'not valid UTF-8 (contains U+FFFD replacement characters)';
  if (isHtmlPage(text)) return 'an HTML page, not plain text (extract the article text first)';
  const language = nonEnglishReason(text);
  if (language) return language;
  return null;
}

const HTML_TAG =
  /<\/?(?:html|head|body|div|span|p|a|script|style|meta|link|table|thead|tbody|tr|td|th|ul|ol|li|br|hr|img|iframe|section|article|header|footer|nav|aside|main|h[1-6]|strong|em|b|i|u|form|input|button|noscript|figure|figcaption|blockquote)(?:\s[^<>]*)?\/?>/gi;

function isHtmlPage(text: string): boolean {
  if (/^\s*(?:<!doctype html|<html[\s>]|<\?xml)/i.test(text)) return true;
  // HTML's own elements only: articles may carry other markup inline (e.g. <tweet> embeds).
  const tags = text.match(HTML_TAG) ?? [];
  const tagCharacters = tags.reduce((total, tag) => total + tag.length, 0);
  return tags.length >= 10 && tagCharacters > text.length * 0.1;
}

function nonEnglishReason(text: string): string | null {
  const sample = text.slice(0, 20_000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const latin = sample.match(/[A-Za-z\u00C0-\u024F]/g)?.length ?? 0;
  if (letters >= 200 && latin < letters * 0.5) return 'not English (mostly non-Latin script)';
  const words = (sample.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? []).map((word) => word.replace(/['’].*$/, ''));
  if (words.length < MIN_WORDS_FOR_LANGUAGE) return null;
  const english = words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word)).length;
  return english / words.length < 0.12 ? 'not English (too few English function words)' : null;
}

export type DecodedArticle = { text: string; error: null } | { text: null; error: string };

/**
 * Bytes to text, strictly: NUL bytes mean binary, anything that is not UTF-8 is refused rather than
 * guessed. A byte-order mark is kept so that offsets index the text as read.
 */
export function decodeArticleBytes(bytes: Uint8Array): DecodedArticle {
  if (bytes.includes(0)) return { text: null, error: 'binary (contains NUL bytes)' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return { text: null, error: `not valid UTF-8 (first bad byte at offset ${offset}; convert it to UTF-8 first)` };
  }
  const problem = validateArticleText(text);
  return problem ? { text: null, error: problem } : { text, error: null };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decodes = (length: number, stream: boolean): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream });
      return true;
    } catch {
      return false;
    }
  };
  // Streaming, a prefix cut mid-character is only incomplete: it decodes until it takes in the first bad byte.
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (decodes(middle + 1, true)) low = middle + 1;
    else high = middle;
  }
  // The bad sequence may have begun with a lead byte up to three bytes earlier.
  for (let start = low; start > Math.max(0, low - 4); start--) if (decodes(start, false)) return start;
  return low;
}
