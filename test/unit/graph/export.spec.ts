import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  cypherName,
  cypherString,
  escapeXml,
  serialiseSubgraph,
  Subgraph,
  toCypherScript,
  toCytoscape,
  toGraphml,
} from '../../../src/graph/export';

const nasty = `O'Brien said "no" \\ back\\slash\nnew line\r\ttab \u0000 nul \u0007 bell \u2028 sep <&> \`tick\` \uD83D\uDE00 é`;

const subgraph: Subgraph = {
  nodes: [
    { id: 'ann-example', labels: ['Person'], properties: { id: 'ann-example', name: nasty, aliases: ['Ann', "A'n"] } },
    { id: 'doc1', labels: ['Article'], properties: { id: 'doc1', title: 'T', publishedAt: '2018-01-26' } },
    {
      id: 'doc1:1-5',
      labels: ['Statement'],
      properties: { id: 'doc1:1-5', text: 'I deny it', act: 'DENIED', direct: true, start: 1, end: 5, score: 0.5 },
    },
    { id: 'e-news', labels: ['Organization', 'Outlet'], properties: { id: 'e-news', name: 'E! News', type: 'outlet' } },
  ],
  relationships: [
    { id: 'ann-example-DENIED->doc1:1-5', type: 'DENIED', start: 'ann-example', end: 'doc1:1-5', properties: {} },
    { id: 'doc1:1-5-IN_ARTICLE->doc1', type: 'IN_ARTICLE', start: 'doc1:1-5', end: 'doc1', properties: { weight: 2 } },
    { id: 'doc1:1-5-REPORTED_BY->e-news', type: 'REPORTED_BY', start: 'doc1:1-5', end: 'e-news', properties: {} },
  ],
  truncated: false,
};

/** Reads a literal written by cypherString back, following the Cypher string escape rules. */
function readCypherString(literal: string): string {
  expect(literal.startsWith("'") && literal.endsWith("'")).toBe(true);
  const body = literal.slice(1, -1);
  const simple: Record<string, string> = { '\\': '\\', "'": "'", n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
  let out = '';
  for (let i = 0; i < body.length; i += 1) {
    if (body[i] === "'") throw new Error(`unescaped quote at ${i}`);
    if (body[i] !== '\\') {
      out += body[i];
      continue;
    }
    const next = body[i + 1];
    if (next === 'u') {
      out += String.fromCharCode(parseInt(body.slice(i + 2, i + 6), 16));
      i += 5;
    } else {
      out += simple[next];
      i += 1;
    }
  }
  return out;
}

describe('cypher literals', () => {
  it('escapes quotes, backslashes and control characters so every literal reads back as the original', () => {
    expect(cypherString("it's")).toBe("'it\\'s'");
    expect(cypherString('a\\b')).toBe("'a\\\\b'");
    expect(cypherString('x\ny')).toBe("'x\\ny'");
    expect(readCypherString(cypherString(nasty))).toBe(nasty);
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const literal = cypherString(value);
        expect(literal).not.toMatch(/[\n\r\u2028\u2029]/);
        expect(readCypherString(literal)).toBe(value);
      }),
    );
  });

  it('backtick-quotes names, doubling backticks', () => {
    expect(cypherName('Person')).toBe('`Person`');
    expect(cypherName('we`ird')).toBe('`we``ird`');
  });
});

describe('cypher script', () => {
  const script = toCypherScript(subgraph);
  const statements = script.split('\n').filter((line) => line !== '' && !line.startsWith('//'));

  it('writes one statement per line: a MERGE per node keyed on id, a MERGE per relationship', () => {
    expect(statements).toHaveLength(subgraph.nodes.length + subgraph.relationships.length);
    expect(statements.every((line) => line.endsWith(';'))).toBe(true);
    expect(statements[3]).toBe(
      "MERGE (n:`Organization`:`Outlet` {id: 'e-news'}) SET n += {`name`: 'E! News', `type`: 'outlet'};",
    );
    expect(statements[2]).toContain('`score`: 0.5');
    expect(statements[2]).toContain('`direct`: true');
    expect(statements[0]).toContain("`aliases`: ['Ann', 'A\\'n']");
    expect(statements[5]).toBe(
      "MATCH (a:`Statement` {id: 'doc1:1-5'}), (b:`Article` {id: 'doc1'}) MERGE (a)-[r:`IN_ARTICLE`]->(b) SET r += {`weight`: 2};",
    );
  });
});

describe('graphml', () => {
  const xml = toGraphml(subgraph);

  it('is well-formed XML with a typed key for every property, plus labels and type', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    const keys: { id: string; for: string; 'attr.name': string; 'attr.type': string }[] = parsed.graphml.key;
    const declared = (domain: string) => keys.filter((k) => k.for === domain).map((k) => k['attr.name']);
    expect(declared('node')).toEqual(
      expect.arrayContaining(['labels', 'label', 'id', 'name', 'aliases', 'title', 'text', 'act', 'direct', 'start', 'score', 'type']),
    );
    expect(declared('edge')).toEqual(expect.arrayContaining(['type', 'label', 'weight']));
    const typeOf = (name: string) => keys.find((k) => k.for === 'node' && k['attr.name'] === name)?.['attr.type'];
    expect(typeOf('start')).toBe('long');
    expect(typeOf('score')).toBe('double');
    expect(typeOf('direct')).toBe('boolean');
    expect(typeOf('aliases')).toBe('string');

    const keyIds = new Set(keys.map((k) => k.id));
    const graph = parsed.graphml.graph;
    expect(graph.node).toHaveLength(4);
    expect(graph.edge).toHaveLength(3);
    for (const element of [...graph.node, ...graph.edge]) {
      for (const data of [element.data].flat()) expect(keyIds.has(data.key)).toBe(true);
    }
    const nodeIds = new Set(graph.node.map((n: { id: string }) => n.id));
    for (const edge of graph.edge) {
      expect(nodeIds.has(edge.source)).toBe(true);
      expect(nodeIds.has(edge.target)).toBe(true);
    }
  });

  it('keeps nasty text readable and drops only characters XML 1.0 cannot hold', () => {
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false }).parse(xml);
    const person = parsed.graphml.graph.node[0];
    const nameKey = parsed.graphml.key.find((k: Record<string, string>) => k.for === 'node' && k['attr.name'] === 'name').id;
    const name = person.data.find((d: Record<string, string>) => d.key === nameKey)['#text'];
    expect(name).toContain(`O'Brien said "no"`);
    expect(name).toContain('<&>');
    expect(name).not.toContain('\u0000');
    expect(escapeXml('a\u0000b')).toBe('a\uFFFDb');
  });
});

describe('cytoscape', () => {
  it('gives each node and edge the data fields Cytoscape.js reads', () => {
    const { elements } = toCytoscape(subgraph);
    expect(elements.nodes[3].data).toMatchObject({ id: 'e-news', label: 'E! News', labels: ['Organization', 'Outlet'] });
    expect(elements.nodes[2].data.label).toBe('I deny it');
    expect(elements.edges[0].data).toMatchObject({ source: 'ann-example', target: 'doc1:1-5', label: 'DENIED' });
    expect(new Set(elements.edges.map((e) => e.data.id)).size).toBe(3);
  });
});

describe('serialiseSubgraph', () => {
  it('sends each format with its content type', () => {
    expect(serialiseSubgraph(subgraph, 'json').contentType).toBe('application/json');
    expect(JSON.parse(serialiseSubgraph(subgraph, 'json').body)).toEqual(subgraph);
    expect(serialiseSubgraph(subgraph, 'graphml').contentType).toBe('application/graphml+xml');
    expect(serialiseSubgraph(subgraph, 'cypher').contentType).toBe('application/x-cypher-query');
    expect(JSON.parse(serialiseSubgraph(subgraph, 'cytoscape').body).elements.nodes).toHaveLength(4);
  });
});
