/**
 * Scores predicted attributions against gold ones, per document, the way the project measures extraction:
 * contents are paired one-to-one, greedily by largest overlap, when they overlap by at least half of EACH
 * span's length; a pair then also counts for source (or cue) when those match by the same rule, or are
 * both absent. Counts are summed over documents (micro-average).
 */
import { Fragment, SpanSet } from './brat';

/** Either side of the comparison: a gold annotation or a predicted statement. */
export interface Attribution {
  content: SpanSet;
  source: SpanSet | null;
  cue: SpanSet | null;
  /** A verbatim quote. */
  direct: boolean;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Measure extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** content: the content alone; sourceContent / cueContent: the content and its source / cue. */
export const MEASURES = ['content', 'sourceContent', 'cueContent'] as const;
export type MeasureName = (typeof MEASURES)[number];
export type AttributionCounts = Record<MeasureName, Counts>;

export interface ContentPair {
  gold: number;
  predicted: number;
  sourceMatches: boolean;
  cueMatches: boolean;
}

export interface DocumentScore {
  /** Over every attribution. */
  all: AttributionCounts;
  /** Gold direct quotes against statements predicted direct, matched on their own. */
  direct: AttributionCounts;
  /** The content pairs over every attribution (indexes into the gold and predicted arrays). */
  pairs: ContentPair[];
  unmatchedGold: number[];
  unmatchedPredicted: number[];
}

export function spanLength(spans: SpanSet): number {
  return spans.reduce((total, { start, end }) => total + Math.max(0, end - start), 0);
}

export function overlapLength(a: SpanSet, b: SpanSet): number {
  let total = 0;
  for (const x of a) for (const y of b) total += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return total;
}

/** True when the overlap is at least half of each span's length. */
export function overlapsByHalf(a: SpanSet, b: SpanSet): boolean {
  const overlap = overlapLength(a, b);
  return overlap > 0 && 2 * overlap >= spanLength(a) && 2 * overlap >= spanLength(b);
}

/** An optional role (source, cue) matches when both sides lack it, or both have it and overlap by half. */
export function roleMatches(gold: SpanSet | null, predicted: SpanSet | null): boolean {
  if (!gold || !predicted) return !gold && !predicted;
  return overlapsByHalf(gold, predicted);
}

/** One-to-one pairs of contents: greedy by largest overlap (ties: earlier gold, then earlier prediction). */
export function matchContents(gold: Attribution[], predicted: Attribution[]): Array<[number, number]> {
  const candidates: Array<{ gold: number; predicted: number; overlap: number }> = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      if (overlapsByHalf(g.content, p.content)) {
        candidates.push({ gold: gi, predicted: pi, overlap: overlapLength(g.content, p.content) });
      }
    }),
  );
  candidates.sort((a, b) => b.overlap - a.overlap || a.gold - b.gold || a.predicted - b.predicted);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const candidate of candidates) {
    if (usedGold.has(candidate.gold) || usedPredicted.has(candidate.predicted)) continue;
    usedGold.add(candidate.gold);
    usedPredicted.add(candidate.predicted);
    pairs.push([candidate.gold, candidate.predicted]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

function scorePairs(gold: Attribution[], predicted: Attribution[]): { counts: AttributionCounts; pairs: ContentPair[] } {
  const pairs = matchContents(gold, predicted).map(([g, p]) => ({
    gold: g,
    predicted: p,
    sourceMatches: roleMatches(gold[g].source, predicted[p].source),
    cueMatches: roleMatches(gold[g].cue, predicted[p].cue),
  }));
  const countsFor = (tp: number): Counts => ({ tp, fp: predicted.length - tp, fn: gold.length - tp });
  return {
    pairs,
    counts: {
      content: countsFor(pairs.length),
      sourceContent: countsFor(pairs.filter((pair) => pair.sourceMatches).length),
      cueContent: countsFor(pairs.filter((pair) => pair.cueMatches).length),
    },
  };
}

export function scoreDocument(gold: Attribution[], predicted: Attribution[]): DocumentScore {
  const { counts, pairs } = scorePairs(gold, predicted);
  const direct = scorePairs(
    gold.filter((attribution) => attribution.direct),
    predicted.filter((attribution) => attribution.direct),
  ).counts;
  const pairedGold = new Set(pairs.map((pair) => pair.gold));
  const pairedPredicted = new Set(pairs.map((pair) => pair.predicted));
  return {
    all: counts,
    direct,
    pairs,
    unmatchedGold: gold.map((_, index) => index).filter((index) => !pairedGold.has(index)),
    unmatchedPredicted: predicted.map((_, index) => index).filter((index) => !pairedPredicted.has(index)),
  };
}

export function emptyCounts(): AttributionCounts {
  return {
    content: { tp: 0, fp: 0, fn: 0 },
    sourceContent: { tp: 0, fp: 0, fn: 0 },
    cueContent: { tp: 0, fp: 0, fn: 0 },
  };
}

/** Adds `counts` into `total` (micro-averaging sums counts before dividing). */
export function addCounts(total: AttributionCounts, counts: AttributionCounts): void {
  for (const name of MEASURES) {
    total[name].tp += counts[name].tp;
    total[name].fp += counts[name].fp;
    total[name].fn += counts[name].fn;
  }
}

/** Precision, recall and F1 from counts; 0 where the denominator is 0. */
export function measure(counts: Counts): Measure {
  const precision = counts.tp + counts.fp > 0 ? counts.tp / (counts.tp + counts.fp) : 0;
  const recall = counts.tp + counts.fn > 0 ? counts.tp / (counts.tp + counts.fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...counts, precision, recall, f1 };
}

const OPENING_QUOTE = /^[“"‘«]/;
const CLOSING_QUOTE = /[”"’»][.,;:!?]*$/;

/** A gold content is a direct quote when it starts and ends with a quote mark (trailing punctuation aside). */
export function isDirectQuote(text: string, content: SpanSet): boolean {
  if (content.length === 0) return false;
  const first = text.slice(content[0].start, content[0].end).trim();
  const last = text.slice(content[content.length - 1].start, content[content.length - 1].end).trim();
  return OPENING_QUOTE.test(first) && CLOSING_QUOTE.test(last);
}

/** The text of a span set, fragments joined by ` … `. */
export function spanText(text: string, spans: SpanSet | null): string {
  return spans ? spans.map(({ start, end }: Fragment) => text.slice(start, end)).join(' … ') : '';
}

/** What scoring reads of a statement; `group` and `source` are optional so older outputs still score. */
export interface ScorableStatement {
  id: string;
  start: number;
  end: number;
  direct: boolean;
  speakerMention: Fragment | null;
  cue: Fragment | null;
  /** Statements sharing a group are one attribution (a quote split around its cue, or continued). */
  group?: string;
  /** The whole source phrase as annotators bound it; the speaker mention when absent. */
  source?: Fragment | null;
}

/**
 * Statements as attributions: one per group, content = every member's span, source and cue those of
 * the group's leader (the member whose id is the group), else of its first member.
 */
export function statementsToAttributions(statements: ScorableStatement[]): Attribution[] {
  const groups = new Map<string, ScorableStatement[]>();
  for (const statement of statements) {
    const key = statement.group ?? statement.id;
    groups.set(key, [...(groups.get(key) ?? []), statement]);
  }
  const asSpans = (span: Fragment | null | undefined): SpanSet | null =>
    span ? [{ start: span.start, end: span.end }] : null;
  return [...groups].map(([key, members]) => {
    const leader = members.find((member) => member.id === key) ?? members[0];
    return {
      content: members.map(({ start, end }) => ({ start, end })).sort((a, b) => a.start - b.start),
      source: asSpans(leader.source ?? leader.speakerMention),
      cue: asSpans(leader.cue),
      direct: leader.direct,
    };
  });
}
