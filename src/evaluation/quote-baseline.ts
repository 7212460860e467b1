import { Attribution } from './attribution-score';

// Curly pairs, or straight pairs within one paragraph (a straight quote cannot say which side it is on).
const QUOTED = /“[^”]*”|"[^"\n]*"/g;

/** The naive baseline: every quoted span is a direct-quote content, with no source and no cue. */
export function quoteBaseline(text: string): Attribution[] {
  return [...text.matchAll(QUOTED)].map((match) => ({
    content: [{ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length }],
    source: null,
    cue: null,
    direct: true,
  }));
}
