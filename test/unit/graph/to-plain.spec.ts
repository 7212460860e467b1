import neo4j from 'neo4j-driver';
import { toPlain } from '../../../src/graph/to-plain';

describe('toPlain', () => {
  it('turns Integers into numbers, and into strings beyond 2^53', () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int('9007199254740993'))).toBe('9007199254740993');
  });

  it('turns temporal values into ISO strings', () => {
    expect(toPlain(new neo4j.types.Date(2017, 11, 22))).toBe('2017-11-22');
    expect(toPlain(new neo4j.types.DateTime(2017, 11, 22, 10, 30, 0, 0, 0))).toBe('2017-11-22T10:30:00Z');
  });

  it('turns a Node into its plain properties, deep inside lists and maps', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Person'], { name: 'Ada', born: neo4j.int(1815) }, 'e1');
    expect(toPlain({ people: [node], count: neo4j.int(1) })).toEqual({ people: [{ name: 'Ada', born: 1815 }], count: 1 });
  });

  it('leaves plain values as they are', () => {
    expect(toPlain({ a: 'x', b: [1, null, true] })).toEqual({ a: 'x', b: [1, null, true] });
  });
});
