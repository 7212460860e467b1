/**
 * Finds quoted spans in raw text with a small state machine over quote marks: curly, straight, doubled
 * apostrophes ('' … ''), single curly marks (headlines use ‘…’), quotes running over paragraphs, and stray
 * or mismatched marks. Apostrophes inside words are never marks. Linear in the text length.
 */

export interface Quote {
  /** Offset of the opening mark. */
  open: number;
  /** The quoted text: [start, end), marks excluded. */
  start: number;
  end: number;
  /** Offset just past the closing mark (or the end of the paragraph when the quote never closes). */
  close: number;
  double: boolean;
  closed: boolean;
}

const MAX_SINGLE_QUOTE_LENGTH = 600;
const MAX_UNCLOSED_LENGTH = 1500;

function isLetterOrDigit(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code !== 0x2018 && code !== 0x2019 && code !== 0x201c && code !== 0x201d && code < 0x2000)
  );
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || Number.isNaN(code);
}

/** Width of the double quote mark at i (2 for '' and ``), or 0 when there is none. */
function doubleMarkWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x201c || c === 0x201d || c === 0x22 || c === 0x201e || c === 0xab || c === 0xbb) return 1;
  if ((c === 0x27 && text.charCodeAt(i + 1) === 0x27) || (c === 0x60 && text.charCodeAt(i + 1) === 0x60)) return 2;
  return 0;
}

/** The inner closing mark when the next two curly marks from `from` in its paragraph both close (“…” inside “…”), else -1. */
function nestedCurlyClose(text: string, from: number): number {
  let first = -1;
  for (let j = from; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 10 || c === 0x201c) return -1;
    if (c !== 0x201d) continue;
    if (first >= 0) return first;
    first = j;
  }
  return -1;
}

export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  let open = -1;
  let openWidth = 0;
  const length = text.length;
  const finishUnclosed = (paragraphEnd: number): void => {
    let end = paragraphEnd;
    while (end > open + openWidth && isSpace(text.charCodeAt(end - 1))) end--;
    if (end - open <= MAX_UNCLOSED_LENGTH && end > open + openWidth) {
      quotes.push({ open, start: open + openWidth, end, close: end, double: true, closed: false });
    }
    open = -1;
  };
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      if (open < 0) continue;
      // A quote running over paragraphs: the next paragraph opens with a mark again.
      let j = i + 1;
      while (j < length && isSpace(text.charCodeAt(j))) j++;
      const nextCode = text.charCodeAt(j);
      const nextWidth = doubleMarkWidth(text, j);
      if (nextWidth > 0 && nextCode !== 0x201d && nextCode !== 0xbb) {
        i = j + nextWidth - 1;
        continue;
      }
      finishUnclosed(i);
      continue;
    }
    const width = doubleMarkWidth(text, i);
    if (width === 0) continue;
    const before = i > 0 ? text.charCodeAt(i - 1) : NaN;
    const after = text.charCodeAt(i + width);
    const opener = code === 0x201c || code === 0x201e || code === 0xab;
    const closer = code === 0x201d || code === 0xbb;
    if (open < 0) {
      // A closing curly mark with a word right after it and none before is a mistyped opener.
      const canOpen = opener || (!isSpace(after) && (isSpace(before) || !isLetterOrDigit(before) || !closer));
      if (canOpen && i + width < length) {
        open = i;
        openWidth = width;
      }
      i += width - 1;
      continue;
    }
    if (opener && isSpace(before) && !isSpace(after)) {
      // “Fans wearing “Vote Lee” shirts cheered.”: curly marks closing twice before the next opener nest a quote inside the open one.
      const nestedEnd = code === 0x201c && text.charCodeAt(open) === 0x201c ? nestedCurlyClose(text, i + 1) : -1;
      if (nestedEnd >= 0) {
        i = nestedEnd;
        continue;
      }
      // A new opening mark while one is open: the earlier one was stray.
      finishUnclosed(i);
      open = i;
      openWidth = width;
      i += width - 1;
      continue;
    }
    // "''… 'a special case,''' he said": a nested single quote closes first, then the doubled mark.
    const nestedClose = width === 2 && code === 0x27 && text.charCodeAt(i + 2) === 0x27 ? 1 : 0;
    if (i > open + openWidth) {
      quotes.push({ open, start: open + openWidth, end: i + nestedClose, close: i + width + nestedClose, double: true, closed: true });
    }
    open = -1;
    i += width - 1 + nestedClose;
  }
  if (open >= 0) finishUnclosed(length);
  return addSingleQuotes(text, quotes);
}

/** Single-mark quotes (‘…’ and '…') outside double quotes, within one paragraph. */
function addSingleQuotes(text: string, doubles: Quote[]): Quote[] {
  const result: Quote[] = [];
  let from = 0;
  const scanUntil = (limit: number): void => {
    let open = -1;
    for (let i = from; i < limit; i++) {
      const code = text.charCodeAt(i);
      if (code === 10) {
        open = -1;
        continue;
      }
      if (code !== 0x2018 && code !== 0x2019 && code !== 0x27) continue;
      if (code === 0x27 && text.charCodeAt(i + 1) === 0x27) {
        i++;
        continue;
      }
      const before = i > 0 ? text.charCodeAt(i - 1) : NaN;
      const after = text.charCodeAt(i + 1);
      if (isLetterOrDigit(before) && isLetterOrDigit(after)) continue;
      if (open < 0) {
        if (code !== 0x2019 && !isLetterOrDigit(before) && !isSpace(after) && i + 1 < limit) open = i;
        continue;
      }
      if (code !== 0x2018 && !isSpace(before) && !isLetterOrDigit(after)) {
        if (i - open <= MAX_SINGLE_QUOTE_LENGTH && i > open + 1) {
          result.push({ open, start: open + 1, end: i, close: i + 1, double: false, closed: true });
        }
        open = -1;
      }
    }
  };
  for (const quote of doubles) {
    scanUntil(quote.open);
    result.push(quote);
    from = quote.close;
  }
  scanUntil(text.length);
  return result.sort((a, b) => a.open - b.open);
}
