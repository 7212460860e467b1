import { readFileSync } from 'fs';
import { join } from 'path';
import { mergeMetadata, parseArticleHeader } from '../../../src/extraction/metadata';
import { outletByHost, outletByName, OUTLETS } from '../../../src/extraction/outlets';

const seed = (name: string) => readFileSync(join(__dirname, '../../../seeds', name), 'utf8');

describe('parseArticleHeader on the seeds', () => {
  it('reads URL, author and title lines (Deadline shape), without inventing a day from /2017/11/', () => {
    const text = seed('000_813fe984a3512521.txt');
    const { metadata, bodyStart } = parseArticleHeader(text);
    expect(metadata).toEqual({
      title: 'Russell Simmons’ Accuser Tells Megyn Kelly ‘He Actually Apologized’',
      url: 'https://deadline.com/2017/11/russell-simmons-accuser-megyn-kelly-1202213706/',
      outlet: 'Deadline',
      authors: ['Jeremy Gerard'],
      publishedAt: null,
    });
    expect(text.slice(bodyStart)).toMatch(/^UPDATE, with video Former model/);
  });

  it('finds no header in an article that starts with its first paragraph', () => {
    const { metadata, bodyStart } = parseArticleHeader(seed('001_5d88aa63a0095c45.txt'));
    expect(metadata).toEqual({ title: null, url: null, outlet: null, authors: [], publishedAt: null });
    expect(bodyStart).toBe(0);
  });

  it('reads a date+title line, a "by" byline, a separator, a dateline and a photo credit (E! shape)', () => {
    const text = seed('002_ca187d1cd9f803a8.txt');
    const { metadata, bodyStart } = parseArticleHeader(text);
    expect(metadata).toEqual({
      title: 'Kimora Lee Simmons Thinks Russell Simmons Is Innocent of Sexual Misconduct Claims',
      url: null,
      outlet: null,
      authors: ['Elyse Dupre'],
      publishedAt: '2018-01-26',
    });
    expect(text.slice(bodyStart)).toMatch(/^Kimora Lee Simmons defended/);
  });
});

describe('parseArticleHeader on constructed headers', () => {
  it('takes the first line of the BBC shape as the title, and no byline from the body', () => {
    const text = 'Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant TimeWarner jumped 76%.\n\nJane Smith\n';
    const { metadata, bodyStart } = parseArticleHeader(text);
    expect(metadata.title).toBe('Ad sales boost Time Warner profit');
    expect(metadata.authors).toEqual([]);
    expect(text.slice(bodyStart)).toMatch(/^Quarterly profits/);
  });

  it('does not take a person-name paragraph after a title as a byline when there is no header', () => {
    const text = 'Blair defends his record\n\nTony Blair\n\nThe prime minister said on Monday he was proud.';
    const { metadata } = parseArticleHeader(text);
    expect(metadata.title).toBe('Blair defends his record');
    expect(metadata.authors).toEqual([]);
  });

  it('accepts headline questions and short sentence-case headlines with a final period', () => {
    expect(parseArticleHeader('Could rivalry overshadow election?\n\nBody text here.').metadata.title).toBe(
      'Could rivalry overshadow election?',
    );
    expect(parseArticleHeader('Candidate removed from debate site by police.\n\nThe candidate was led away.').metadata.title).toBe(
      'Candidate removed from debate site by police.',
    );
  });

  it('never takes a long first paragraph, or the only line of a text, for a title', () => {
    const lede =
      'The former model accused the music executive of assault on Tuesday, telling a newspaper she was seventeen at the time and afraid.';
    expect(parseArticleHeader(`${lede}\n\nMore text.`).metadata.title).toBeNull();
    expect(parseArticleHeader('Short line only').metadata.title).toBeNull();
  });

  it('reads "By A and B" bylines, ISO and written dates, and full dates in URL paths', () => {
    const text = [
      'https://www.nytimes.com/2017/11/30/business/media/some-story.html',
      'By Jane Doe and John A. Roe',
      'November 22, 2017',
      'Headline Of The Story Here',
      '',
      'Body starts here, and it is long enough to be a paragraph of the story.',
    ].join('\n');
    const { metadata } = parseArticleHeader(text);
    expect(metadata.outlet).toBe('The New York Times');
    expect(metadata.authors).toEqual(['Jane Doe', 'John A. Roe']);
    // The header's own date wins over the URL's.
    expect(metadata.publishedAt).toBe('2017-11-22');
    expect(metadata.title).toBe('Headline Of The Story Here');
    expect(parseArticleHeader('https://www.bbc.co.uk/news/2004/12/31/x\n\nBody.').metadata).toMatchObject({
      outlet: 'BBC News',
      publishedAt: '2004-12-31',
    });
    expect(parseArticleHeader('https://example.com/2017/11/story\n\nBody.').metadata).toMatchObject({
      outlet: null,
      publishedAt: null,
    });
  });

  it('normalises datelines with weekday and time, day-first dates, and rejects impossible days', () => {
    const dated = (line: string) => parseArticleHeader(`https://variety.com/a\n${line}\nTitle Words Here\n\nBody.`).metadata.publishedAt;
    expect(dated('Fri., Jan. 26, 2018 6:32 AM')).toBe('2018-01-26');
    expect(dated('Updated: Sept. 3, 2016 at 10:00 a.m. ET')).toBe('2016-09-03');
    expect(dated('22 November 2017')).toBe('2017-11-22');
    expect(dated('Feb. 30, 2018')).toBeNull();
  });

  it('never throws, whatever the input', () => {
    for (const input of ['', '\n\n\n', 'by\n', '|\n|\n', 'http://[::1\n\nx', ' date 2018-13-45\n', '\u0000\uD800', 'x'.repeat(100_000)]) {
      expect(() => parseArticleHeader(input)).not.toThrow();
    }
    expect(parseArticleHeader(undefined as unknown as string).bodyStart).toBe(0);
  });
});

describe('outlets', () => {
  it('names outlets by host, subdomains included', () => {
    expect(outletByHost('https://deadline.com/2017/11/x')?.name).toBe('Deadline');
    expect(outletByHost('http://www.eonline.com/news/1')?.name).toBe('E! News');
    expect(outletByHost('https://www.latimes.com/a')?.name).toBe('Los Angeles Times');
    expect(outletByHost('hollywoodreporter.com')?.name).toBe('The Hollywood Reporter');
    expect(outletByHost('https://edition.cnn.com/x')?.name).toBe('CNN');
    expect(outletByHost('https://news.bbc.co.uk/1/hi')?.name).toBe('BBC News');
    expect(outletByHost('https://notdeadline.com/')).toBeNull();
    expect(outletByHost('not a url at all')).toBeNull();
  });

  it('names outlets and platforms by written name or alias', () => {
    expect(outletByName('the Los Angeles Times')?.name).toBe('Los Angeles Times');
    expect(outletByName('L.A. Times')?.name).toBe('Los Angeles Times');
    expect(outletByName('Hollywood Reporter')?.name).toBe('The Hollywood Reporter');
    expect(outletByName('Instagram')).toMatchObject({ name: 'Instagram', type: 'platform' });
    expect(outletByName('Jeremy Gerard')).toBeNull();
  });

  it('has one entry per canonical name and no host claimed twice', () => {
    const names = OUTLETS.map((known) => known.name);
    expect(new Set(names).size).toBe(names.length);
    const hosts = OUTLETS.flatMap((known) => known.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
  });
});

describe('mergeMetadata', () => {
  const text = 'https://deadline.com/2017/11/22/story/\n\nJane Doe\n\nA Headline Here\n\nBody of the article.';

  it('fills from the header what the caller does not give; the caller wins', () => {
    expect(mergeMetadata(parseArticleHeader(text).metadata, { title: 'Given title', authors: [] })).toEqual({
      title: 'Given title',
      url: 'https://deadline.com/2017/11/22/story/',
      outlet: 'Deadline',
      authors: [],
      publishedAt: '2017-11-22',
    });
  });

  it('names the outlet from a given URL when no outlet is given', () => {
    const header = parseArticleHeader('Body only, no header at all in this text.').metadata;
    expect(mergeMetadata(header, { url: 'https://www.latimes.com/x' }).outlet).toBe(
      'Los Angeles Times',
    );
  });
});
