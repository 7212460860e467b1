import { codePointToStringIndex, goldAttributions, parseBrat, readGoldAttributions } from '../../../src/evaluation/brat';

const ANN = [
  'T1\tSource 0 2\twe',
  'T2\tCue 3 7\tsaid',
  'T3\tContent 8 20\tthat it rains',
  'T4\tAttribution 3 7\tsaid',
  'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  'T5\tContent 30 35;40 45\tfirst second',
  'T6\tCue 36 39\tsaid',
  'T7\tAttribution-no-source 36 39\tsaid',
  'E2\tAttribution-no-source:T7 Content:T5 Cue:T6 ',
  'T8\tContent 50 52;53 55\tspans that wrap',
  'over a line',
  '#1\tAnnotatorNotes T8\ta note',
  'T9\tContent 60 62\textra',
  'E3\tAttribution:T10 Content:T8 Content2:T9',
  'T11\tDiscard 70 80\tRead more.',
].join('\n');

describe('parseBrat', () => {
  it('reads text-bound spans, including discontinuous ones, and ignores notes and wrapped text', () => {
    const document = parseBrat(ANN);
    expect(document.textBounds.get('T5')).toEqual({
      id: 'T5',
      label: 'Content',
      fragments: [
        { start: 30, end: 35 },
        { start: 40, end: 45 },
      ],
      text: 'first second',
    });
    expect(document.textBounds.size).toBe(10);
    expect(document.events.map((event) => event.id)).toEqual(['E1', 'E2', 'E3']);
  });

  it('folds numbered roles (Content2) into their role', () => {
    expect(parseBrat(ANN).events[2].roles.get('Content')).toEqual(['T8', 'T9']);
  });
});

describe('goldAttributions', () => {
  it('ties content, source and cue of each event, leaving absent roles null', () => {
    const gold = goldAttributions(parseBrat(ANN));
    expect(gold).toEqual([
      { id: 'E1', content: [{ start: 8, end: 20 }], source: [{ start: 0, end: 2 }], cue: [{ start: 3, end: 7 }] },
      {
        id: 'E2',
        content: [
          { start: 30, end: 35 },
          { start: 40, end: 45 },
        ],
        source: null,
        cue: [{ start: 36, end: 39 }],
      },
      {
        id: 'E3',
        content: [
          { start: 50, end: 52 },
          { start: 53, end: 55 },
          { start: 60, end: 62 },
        ],
        source: null,
        cue: null,
      },
    ]);
  });

  it('skips events without content', () => {
    expect(goldAttributions(parseBrat('T1\tCue 0 4\tsaid\nE1\tAttribution:T2 Cue:T1'))).toEqual([]);
  });
});

describe('code point offsets', () => {
  it('are JS indices when the text has no astral characters', () => {
    const toIndex = codePointToStringIndex('plain “text”');
    expect(toIndex(7)).toBe(7);
  });

  it('shift past astral characters, which are two JS units but one code point', () => {
    const text = '😀 Joe said "hi"';
    const gold = readGoldAttributions('T1\tSource 2 5\tJoe\nT2\tContent 11 15\t"hi"\nE1\tContent:T2 Source:T1', text);
    const [attribution] = gold;
    expect(text.slice(attribution.source![0].start, attribution.source![0].end)).toBe('Joe');
    expect(text.slice(attribution.content[0].start, attribution.content[0].end)).toBe('"hi"');
  });
});
