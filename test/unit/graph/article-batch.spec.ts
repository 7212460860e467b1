import { batchParameters, creationsOfNewArticles, reIngestParameters } from '../../../src/graph/article-batch';
import { contentHash, toArticleGraph } from '../../../src/graph/article-graph';
import { ExtractedDocument } from '../../../src/extraction/model';

function doc(id: string, overrides: Partial<ExtractedDocument>): ExtractedDocument {
  return { id, title: null, url: null, outlet: null, authors: [], publishedAt: null, people: [], organizations: [], statements: [], ...overrides };
}

const said = (start: number, speaker: string, via: string[] = [], about: string[] = []) => ({
  id: `s${start}`, speaker, act: 'SAID' as const, text: 'words', direct: true, start, end: start + 5, speakerMention: null, cue: null,
  via, about, sentence: 'words', group: `s${start}`, source: null,
});

const first = toArticleGraph(
  doc('a1', {
    outlet: 'Daily Bugle',
    people: [{ id: 'x', name: 'Mary Jane Watson', aliases: ['Mary'] }],
    organizations: [{ id: 'o', name: 'Daily Bugle', type: 'outlet' }],
    statements: [said(0, 'Mary Jane Watson', ['Daily Bugle'])],
  }),
  contentHash('a1'),
);
const second = toArticleGraph(
  doc('a2', {
    people: [
      { id: 'x', name: 'Mary Jane Watson', aliases: ['Watson', 'MJ'] },
      { id: 'y', name: 'Peter Parker', aliases: [] },
    ],
    organizations: [{ id: 'o', name: 'Daily Bugle', type: 'company' }],
    statements: [said(0, 'Peter Parker', [], ['Mary Jane Watson'])],
  }),
  contentHash('a2'),
);

describe('batchParameters', () => {
  const params = batchParameters([first, second]);

  it('gives a person named by several articles one row: the first name, then every other name in order', () => {
    expect(params.people).toEqual([
      { id: 'mary-jane-watson', name: 'Mary Jane Watson', aliases: ['Mary', 'Watson', 'MJ', 'Mary Jane Watson'] },
      { id: 'peter-parker', name: 'Peter Parker', aliases: [] },
    ]);
  });

  it('gives an organization one row with the first type, an outlet when any article says so', () => {
    expect(params.organizations).toEqual([{ id: 'daily-bugle', name: 'Daily Bugle', type: 'outlet', outlet: true }]);
  });

  it("replaces an organization's type 'other' with what a later article says, and keeps any other first type", () => {
    const named = (id: string, type: 'other' | 'company' | 'outlet') =>
      toArticleGraph(doc(id, { organizations: [{ id: 'o', name: 'Acme', type }] }), contentHash(id));
    expect(batchParameters([named('b1', 'other'), named('b2', 'company')]).organizations).toEqual([{ id: 'acme', name: 'Acme', type: 'company', outlet: false }]);
    expect(batchParameters([named('b1', 'company'), named('b2', 'other')]).organizations).toEqual([{ id: 'acme', name: 'Acme', type: 'company', outlet: false }]);
    expect(batchParameters([named('b1', 'company'), named('b2', 'outlet')]).organizations).toEqual([{ id: 'acme', name: 'Acme', type: 'company', outlet: true }]);
  });

  it('names the article of each link to a person or an organization', () => {
    expect(params.publishers).toEqual([{ articleId: 'a1', targetId: 'daily-bugle' }]);
    expect(params.mentioned).toEqual([
      { articleId: 'a1', targetId: 'mary-jane-watson' },
      { articleId: 'a2', targetId: 'mary-jane-watson' },
      { articleId: 'a2', targetId: 'peter-parker' },
    ]);
    expect((params.statements as Array<{ articleId: string }>).map((row) => row.articleId)).toEqual(['a1', 'a2']);
  });
});

describe('creationsOfNewArticles', () => {
  it('counts a node for the first article that writes it, and not at all when the graph holds it', () => {
    // a1: article, statement, person, outlet; IN_ARTICLE, SAID, REPORTED_BY, MENTIONED_IN ×2, PUBLISHED_BY.
    // a2: article, statement, the new person; IN_ARTICLE, SAID, ABOUT, MENTIONED_IN ×3.
    expect(creationsOfNewArticles([first, second], [], [])).toEqual([
      { nodes: 4, relationships: 6 },
      { nodes: 3, relationships: 6 },
    ]);
    expect(creationsOfNewArticles([second, first], ['peter-parker'], ['daily-bugle'])).toEqual([
      { nodes: 3, relationships: 6 },
      { nodes: 2, relationships: 6 },
    ]);
  });
});

describe('reIngestParameters', () => {
  it('lists the edges the article keeps, by the ids of their ends', () => {
    const params = reIngestParameters(first, ['4:x:1']);
    expect(params.articleId).toBe('a1');
    expect(params.statementEdges).toEqual([
      { start: 'mary-jane-watson', type: 'SAID', end: 'a1:0-5' },
      { start: 'a1:0-5', type: 'REPORTED_BY', end: 'daily-bugle' },
    ]);
    expect(params.articleEdges).toContainEqual({ start: 'a1', type: 'PUBLISHED_BY', end: 'daily-bugle' });
    expect(params.linkedElementIds).toEqual(['4:x:1']);
  });
});
