import {
  addCounts,
  Attribution,
  emptyCounts,
  isDirectQuote,
  matchContents,
  measure,
  overlapLength,
  overlapsByHalf,
  roleMatches,
  scoreDocument,
  statementsToAttributions,
} from '../../../src/evaluation/attribution-score';
import { quoteBaseline } from '../../../src/evaluation/quote-baseline';

const span = (start: number, end: number) => [{ start, end }];
const attribution = (start: number, end: number, extra: Partial<Attribution> = {}): Attribution => ({
  content: span(start, end),
  source: null,
  cue: null,
  direct: false,
  ...extra,
});

describe('overlap', () => {
  it('sums over discontinuous fragments', () => {
    const gold = [
      { start: 0, end: 10 },
      { start: 20, end: 30 },
    ];
    expect(overlapLength(gold, span(5, 25))).toBe(10);
    expect(overlapsByHalf(gold, span(5, 25))).toBe(true);
    expect(overlapsByHalf(gold, span(0, 30))).toBe(true);
    expect(overlapsByHalf(gold, span(0, 9))).toBe(false);
  });

  it('requires at least half of EACH span, inclusive at exactly half', () => {
    expect(overlapsByHalf(span(0, 10), span(5, 10))).toBe(true);
    expect(overlapsByHalf(span(0, 10), span(6, 10))).toBe(false);
    // Half of the gold, but only a third of a long prediction.
    expect(overlapsByHalf(span(0, 10), span(5, 20))).toBe(false);
    expect(overlapsByHalf(span(0, 10), span(5, 15))).toBe(true);
  });

  it('never matches disjoint or empty spans', () => {
    expect(overlapsByHalf(span(0, 5), span(5, 10))).toBe(false);
    expect(overlapsByHalf(span(3, 3), span(3, 3))).toBe(false);
  });
});

describe('roleMatches', () => {
  it('matches two absent roles, not one absent and one present', () => {
    expect(roleMatches(null, null)).toBe(true);
    expect(roleMatches(span(0, 3), null)).toBe(false);
    expect(roleMatches(null, span(0, 3))).toBe(false);
    expect(roleMatches(span(0, 14), span(8, 14))).toBe(false);
    expect(roleMatches(span(0, 12), span(6, 12))).toBe(true);
  });
});

describe('matchContents', () => {
  it('pairs one-to-one: two predictions over one gold give one pair, the larger overlap', () => {
    const gold = [attribution(0, 20)];
    const predicted = [attribution(0, 12), attribution(0, 19)];
    expect(matchContents(gold, predicted)).toEqual([[0, 1]]);
  });

  it('pairs greedily by largest overlap across golds', () => {
    const gold = [attribution(0, 10), attribution(10, 30)];
    const predicted = [attribution(4, 24)];
    expect(matchContents(gold, predicted)).toEqual([[1, 0]]);
  });
});

describe('scoreDocument', () => {
  const gold: Attribution[] = [
    attribution(10, 30, { source: span(0, 5), cue: span(6, 9), direct: true }),
    attribution(40, 60, { source: span(62, 65), cue: span(66, 70) }),
    attribution(80, 90),
  ];
  const predicted: Attribution[] = [
    attribution(10, 30, { source: span(0, 5), cue: span(6, 9), direct: true }),
    attribution(41, 60, { source: span(62, 65), cue: null }),
    attribution(100, 120, { direct: true }),
  ];

  it('counts content, source+content and cue+content', () => {
    const score = scoreDocument(gold, predicted);
    expect(score.all.content).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(score.all.sourceContent).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(score.all.cueContent).toEqual({ tp: 1, fp: 2, fn: 2 });
    expect(score.unmatchedGold).toEqual([2]);
    expect(score.unmatchedPredicted).toEqual([2]);
  });

  it('scores direct quotes among gold direct quotes and predictions marked direct only', () => {
    expect(scoreDocument(gold, predicted).direct.content).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it('micro-averages: counts are summed before dividing', () => {
    const total = emptyCounts();
    addCounts(total, scoreDocument(gold, predicted).all);
    addCounts(total, scoreDocument([attribution(0, 10)], []).all);
    const m = measure(total.content);
    expect(m).toMatchObject({ tp: 2, fp: 1, fn: 2 });
    expect(m.precision).toBeCloseTo(2 / 3);
    expect(m.recall).toBeCloseTo(0.5);
    expect(m.f1).toBeCloseTo(4 / 7);
  });

  it('gives zeros, not NaN, when nothing is predicted', () => {
    expect(measure({ tp: 0, fp: 0, fn: 3 })).toEqual({ tp: 0, fp: 0, fn: 3, precision: 0, recall: 0, f1: 0 });
  });
});

describe('isDirectQuote', () => {
  const text = 'He said “We will win,” and added that “it is over” for them.';
  it('needs a quote mark at both ends (trailing punctuation allowed)', () => {
    const whole = text.indexOf('“We');
    expect(isDirectQuote(text, span(whole, whole + '“We will win,”'.length))).toBe(true);
    const mixed = text.indexOf('that “it');
    expect(isDirectQuote(text, span(mixed, mixed + 'that “it is over”'.length))).toBe(false);
    const partial = text.indexOf('“it');
    expect(isDirectQuote(text, span(partial, partial + '“it is over” for them'.length))).toBe(false);
  });
});

describe('quoteBaseline', () => {
  it('takes every curly or straight quoted span as a direct content without source or cue', () => {
    const text = 'A “first,” B "second" C "open\nnot closed';
    expect(quoteBaseline(text).map((a) => text.slice(a.content[0].start, a.content[0].end))).toEqual([
      '“first,”',
      '"second"',
    ]);
    expect(quoteBaseline(text).every((a) => a.direct && a.source === null && a.cue === null)).toBe(true);
  });
});

describe('statementsToAttributions', () => {
  const statement = (id: string, start: number, end: number, extra: object = {}) => ({
    id,
    start,
    end,
    direct: true,
    speakerMention: { start: 0, end: 3 },
    cue: { start: 4, end: 8 },
    ...extra,
  });

  it('merges a group into one attribution with the leader’s source and cue', () => {
    const attributions = statementsToAttributions([
      statement('b', 30, 40, { group: 'a', speakerMention: null, cue: null }),
      statement('a', 10, 20, { group: 'a', source: { start: 0, end: 6 } }),
      statement('c', 50, 60),
    ]);
    expect(attributions).toEqual([
      {
        content: [
          { start: 10, end: 20 },
          { start: 30, end: 40 },
        ],
        source: [{ start: 0, end: 6 }],
        cue: [{ start: 4, end: 8 }],
        direct: true,
      },
      { content: [{ start: 50, end: 60 }], source: [{ start: 0, end: 3 }], cue: [{ start: 4, end: 8 }], direct: true },
    ]);
  });
});
