import { contentHash, InvalidExtractionError, shortText, toArticleGraph } from '../../../src/graph/article-graph';
import { ExtractedDocument, Statement } from '../../../src/extraction/model';

function statement(overrides: Partial<Statement>): Statement {
  return {
    id: 'x',
    speaker: null,
    act: 'SAID',
    text: 'words',
    direct: true,
    start: 0,
    end: 5,
    speakerMention: null,
    cue: null,
    via: [],
    about: [],
    sentence: 'words',
    group: 'x',
    source: null,
    ...overrides,
  };
}

function document(overrides: Partial<ExtractedDocument>): ExtractedDocument {
  return {
    id: 'doc1',
    title: 'Title',
    url: 'https://example.com/a',
    outlet: null,
    authors: [],
    publishedAt: '2018-01-26',
    people: [],
    organizations: [],
    statements: [],
    ...overrides,
  };
}

describe('toArticleGraph', () => {
  const doc = document({
    outlet: 'E! News',
    authors: ['Elyse Dupre'],
    people: [
      { id: 'p1', name: 'Ann Example', aliases: ['Ann', 'Example', 'Ann Example'] },
      { id: 'p2', name: 'Bob Example', aliases: ['Bob'] },
    ],
    organizations: [
      { id: 'o1', name: 'Instagram', type: 'platform' },
      { id: 'o2', name: 'Acme Corp', type: 'company' },
    ],
    statements: [
      statement({ speaker: 'Ann Example', act: 'DENIED', start: 10, end: 20, via: ['Instagram', 'Daily Planet'], about: ['Bob'] }),
      statement({ speaker: 'Ann', act: 'SAID', start: 30, end: 40 }),
      statement({ speaker: 'Example', act: 'SAID', start: 50, end: 60 }),
      statement({ speaker: 'Acme Corp', act: 'CLAIMED', start: 70, end: 80 }),
      statement({ speaker: 'Carol New', act: 'ACCUSED', start: 90, end: 99, about: ['Ann Example', 'Ann Example'] }),
      statement({ speaker: 'Carol New', act: 'SAID', start: 90, end: 99 }),
    ],
  });
  const graph = toArticleGraph(doc, contentHash('text'));

  it('keeps the article and its provenance', () => {
    expect(graph.article).toEqual({
      id: 'doc1',
      url: 'https://example.com/a',
      title: 'Title',
      publishedAt: '2018-01-26',
      contentHash: contentHash('text'),
    });
    expect(graph.statements[0]).toMatchObject({ id: 'doc1:10-20', articleId: 'doc1', act: 'DENIED', start: 10, end: 20 });
  });

  it('gives same-span statements distinct, deterministic ids', () => {
    expect(graph.statements.map((s) => s.id)).toEqual([
      'doc1:10-20',
      'doc1:30-40',
      'doc1:50-60',
      'doc1:70-80',
      'doc1:90-99',
      'doc1:90-99:2',
    ]);
    expect(toArticleGraph(doc, 'h')).toEqual({ ...graph, article: { ...graph.article, contentHash: 'h' } });
  });

  it('resolves speakers by name, unique alias or unique name token, and organizations as organizations', () => {
    expect(graph.personSpeakers).toEqual([
      { statementId: 'doc1:10-20', speakerId: 'ann-example', act: 'DENIED' },
      { statementId: 'doc1:30-40', speakerId: 'ann-example', act: 'SAID' },
      { statementId: 'doc1:50-60', speakerId: 'ann-example', act: 'SAID' },
      { statementId: 'doc1:90-99', speakerId: 'carol-new', act: 'ACCUSED' },
      { statementId: 'doc1:90-99:2', speakerId: 'carol-new', act: 'SAID' },
    ]);
    expect(graph.organizationSpeakers).toEqual([{ statementId: 'doc1:70-80', speakerId: 'acme-corp', act: 'CLAIMED' }]);
  });

  it('adds outlets named only in `via`, marks outlets and platforms, links publisher and authors', () => {
    expect(graph.organizations).toEqual(
      expect.arrayContaining([
        { id: 'instagram', name: 'Instagram', type: 'platform', outlet: true },
        { id: 'acme-corp', name: 'Acme Corp', type: 'company', outlet: false },
        { id: 'daily-planet', name: 'Daily Planet', type: 'outlet', outlet: true },
        { id: 'e-news', name: 'E! News', type: 'outlet', outlet: true },
      ]),
    );
    expect(graph.reportedBy).toEqual([
      { statementId: 'doc1:10-20', targetId: 'instagram' },
      { statementId: 'doc1:10-20', targetId: 'daily-planet' },
    ]);
    expect(graph.publisherId).toBe('e-news');
    expect([...graph.mentionedOrganizations].sort()).toEqual(['acme-corp', 'daily-planet', 'instagram']);
    expect(graph.authors).toEqual(['elyse-dupre']);
    expect(graph.mentioned).not.toContain('elyse-dupre');
  });

  it('links about-people once each and gathers aliases without the name itself', () => {
    expect(graph.about).toEqual([
      { statementId: 'doc1:10-20', targetId: 'bob-example' },
      { statementId: 'doc1:90-99', targetId: 'ann-example' },
    ]);
    expect(graph.people.find((p) => p.id === 'ann-example')?.aliases).toEqual(['Ann', 'Example']);
    expect(graph.mentioned).toEqual(expect.arrayContaining(['ann-example', 'bob-example', 'carol-new']));
  });

  it('keeps an ambiguous bare surname in its article instead of guessing', () => {
    const ambiguous = toArticleGraph(
      document({
        people: [
          { id: 'a', name: 'Ann Example', aliases: [] },
          { id: 'b', name: 'Bob Example', aliases: [] },
        ],
        statements: [statement({ speaker: 'Example' })],
      }),
      'h',
    );
    expect(ambiguous.personSpeakers[0].speakerId).toBe('doc1/example');
  });

  it('rejects an unknown act or bad offsets before anything is written', () => {
    expect(() => toArticleGraph(document({ statements: [statement({ act: 'SHOUTED' as never })] }), 'h')).toThrow(
      InvalidExtractionError,
    );
    expect(() => toArticleGraph(document({ statements: [statement({ start: 9, end: 3 })] }), 'h')).toThrow(
      /bad offsets/,
    );
  });

  it('drops a publishedAt that is not an ISO date', () => {
    expect(toArticleGraph(document({ publishedAt: 'Fri., Jan. 26' }), 'h').article.publishedAt).toBeNull();
  });

  it('maps a statement group to the graph id of its first statement', () => {
    const grouped = toArticleGraph(
      document({
        statements: [
          statement({ id: 'e1', group: 'e1', start: 0, end: 5 }),
          statement({ id: 'e2', group: 'e1', start: 9, end: 12 }),
          statement({ id: 'e3', group: 'e3', start: 20, end: 25 }),
        ],
      }),
      'h',
    );
    expect(grouped.statements.map((s) => s.group)).toEqual(['doc1:0-5', 'doc1:0-5', 'doc1:20-25']);
  });

  it('gives statements a one-line short text for captions', () => {
    expect(shortText('  I deny\nit  ')).toBe('I deny it');
    const long = shortText('word '.repeat(30));
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long.endsWith('word…')).toBe(true);
  });
});
