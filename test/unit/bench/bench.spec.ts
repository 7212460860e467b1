import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { growthPrefixes, loadCorpus } from '../../../scripts/bench/corpus';
import { median } from '../../../scripts/bench/extraction';
import { BenchResults, toMarkdown } from '../../../scripts/bench/report';

describe('bench growth prefixes', () => {
  it('splits a corpus into 10/25/50/100 % prefixes', () => {
    expect(growthPrefixes(2225, [0.1, 0.25, 0.5, 1])).toEqual([223, 556, 1113, 2225]);
  });

  it('keeps every step at least one article and drops steps that would add none', () => {
    expect(growthPrefixes(3, [0.1, 0.25, 0.5, 1])).toEqual([1, 2, 3]);
    expect(growthPrefixes(1, [0.1, 0.25, 0.5, 1])).toEqual([1]);
  });
});

describe('bench median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('bench corpus', () => {
  const folder = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
  for (let i = 0; i < 20; i++) writeFileSync(join(folder, `${String(i).padStart(3, '0')}.txt`), `Article ${i}. The minister said the plan would work.\n`);
  writeFileSync(join(folder, 'bad.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));

  it('reads every valid article in the same shuffled order on every run, skipping bad files', () => {
    const first = loadCorpus(folder);
    const second = loadCorpus(folder);
    expect(first.articles.map((article) => article.id)).toEqual(second.articles.map((article) => article.id));
    expect(first.articles).toHaveLength(20);
    expect(first.articles.map((article) => article.id)).not.toEqual([...first.articles.map((article) => article.id)].sort());
    expect(first.bytes).toBe(first.articles.reduce((sum, article) => sum + Buffer.byteLength(article.text), 0));
  });

  it('takes a prefix of the shuffled order with a limit', () => {
    expect(loadCorpus(folder, 5).articles.map((article) => article.id)).toEqual(loadCorpus(folder).articles.slice(0, 5).map((article) => article.id));
  });
});

describe('bench report', () => {
  const results: BenchResults = {
    date: '2026-11-24T03:00:00.000Z',
    command: 'npm run bench -- ../shared/corpora/bbc',
    machine: { cpu: 'CPU', cores: 2, memoryGb: 24, node: 'v20', neo4j: '5.26', os: 'Linux', loadBefore: [1, 1, 1], loadAfter: [2, 2, 2] },
    corpus: { folder: 'bbc', articles: 100, megabytes: 0.25 },
    extraction: {
      articles: 100, megabytes: 0.25, rounds: 3, passesPerRound: 1,
      bareSeconds: [1, 1, 1], extractSeconds: [2, 2, 2], bareMedian: 1, extractMedian: 2, statements: 50,
    },
    write: { articles: 100, statements: 50, nodes: 1000, relationships: 2000, seconds: 10, growth: [{ articles: 100, added: 100, seconds: 10, msPerArticle: 100 }] },
    floor: { articles: 100, nodes: 1000, relationships: 2000, transactions: 10, seconds: 4 },
  };

  it('states the ratios against both floors', () => {
    const markdown = toMarkdown(results);
    expect(markdown).toContain('Ratio extractArticle / nlp(text): **2.00×**');
    expect(markdown).toContain('Ingest / floor throughput: **0.40**');
    expect(markdown).toContain('| 100 % | 100 | 100 | 10.00 | 100.0 |');
  });

  it('compares the ingest with the data floor, and the data floor with the floor, when it ran', () => {
    expect(toMarkdown(results)).not.toContain('data floor');
    const markdown = toMarkdown({ ...results, dataFloor: { articles: 100, nodes: 1000, relationships: 2000, transactions: 10, seconds: 8 } });
    expect(markdown).toContain('Ingest / data floor: **0.80**; data floor / floor: 0.50');
    expect(markdown).toMatch(/\| raw `UNWIND … CREATE` data floor: [^|]+\| 12\.5 \| – \| 375 \| 8\.00 \|/);
  });
});
