import { namePhraseQuery, plainWordsQuery } from '../../../src/graph/claim.repository';

describe('plainWordsQuery', () => {
  it('escapes every Lucene operator character and drops operator words', () => {
    expect(plainWordsQuery('deny allegations')).toBe('deny allegations');
    expect(plainWordsQuery('text:* OR id:(a)')).toBe('text\\:\\*   id\\:\\(a\\)');
    expect(plainWordsQuery('a~100 AND b^9')).toBe('a\\~100   b\\^9');
    expect(plainWordsQuery('"quoted" -minus +plus !bang \\ slash/')).toBe('\\"quoted\\" \\-minus \\+plus \\!bang \\\\ slash\\/');
  });

  it('keeps operator words written in lower case, which Lucene reads as words', () => {
    expect(plainWordsQuery('to and or not')).toBe('to and or not');
  });

  it('is null when no word is left, so that no query matches everything or fails to parse', () => {
    for (const q of ['*', '*:*', '[* TO *]', 'AND', ' OR ', '(*)', '\\', '']) expect(plainWordsQuery(q)).toBeNull();
  });
});

describe('namePhraseQuery', () => {
  it('makes one lower-case Lucene phrase of a name, escaping the only characters a phrase reads as syntax', () => {
    expect(namePhraseQuery('  Russell Simmons ')).toBe('"russell simmons"');
    expect(namePhraseQuery('E! News')).toBe('"e! news"');
    expect(namePhraseQuery('a" OR name:* \\')).toBe('"a\\" or name:* \\\\"');
  });

  it('is null for a name with no letter or digit, which no stored name is found by', () => {
    for (const name of ['', '   ', '"', '*:*', '\\']) expect(namePhraseQuery(name)).toBeNull();
  });
});
