import neo4j from 'neo4j-driver';
import { extractArticle } from '../../src/extraction';
import { contentHash, ingestParameters, toArticleGraph } from '../../src/graph/article-graph';
import { loadCypher, splitStatements } from '../../src/graph/cypher-files';
import { loadCorpus } from './corpus';

async function main() {
  const n = Number(process.argv[2] ?? 100);
  const corpus = loadCorpus('/work/shared/corpora/bbc', n);
  const steps = splitStatements(loadCypher('ingest-article'));
  const find = loadCypher('find-article');
  const driver = neo4j.driver('bolt://127.0.0.1:7691', neo4j.auth.basic('neo4j', process.env.PW!));
  const wall = new Array(steps.length + 1).fill(0);
  const server = new Array(steps.length + 1).fill(0);
  let commit = 0, extract = 0;
  await driver.executeQuery('MATCH (n) DETACH DELETE n');
  const t0 = Date.now();
  for (const [i, a] of corpus.articles.entries()) {
    let t = Date.now();
    const doc = extractArticle(a.text, { id: a.id });
    const g = toArticleGraph(doc, contentHash(a.text));
    extract += Date.now() - t;
    const params = ingestParameters({ ...g, statements: g.statements.map((r) => ({ ...r, start: neo4j.int(r.start) as any, end: neo4j.int(r.end) as any })) });
    const session = driver.session();
    const tx = session.beginTransaction();
    t = Date.now();
    const f = await tx.run(find, { id: a.id, hash: g.article.contentHash });
    wall[0] += Date.now() - t;
    const s0 = f.summary; server[0] += s0.resultAvailableAfter.toNumber() + s0.resultConsumedAfter.toNumber();
    if (process.env.PIPE) {
      t = Date.now();
      const sums = await Promise.all(steps.map((step) => tx.run(step, { ...params, linkedIds: [] }).summary()));
      wall[1] += Date.now() - t;
      sums.forEach((sm, k) => (server[k + 1] += sm.resultAvailableAfter.toNumber() + sm.resultConsumedAfter.toNumber()));
    } else
    for (const [k, step] of steps.entries()) {
      t = Date.now();
      const r = await tx.run(step, { ...params, linkedIds: [] });
      wall[k + 1] += Date.now() - t;
      server[k + 1] += r.summary.resultAvailableAfter.toNumber() + r.summary.resultConsumedAfter.toNumber();
    }
    t = Date.now();
    await tx.commit();
    commit += Date.now() - t;
    await session.close();
    if (i === 9) { wall.fill(0); server.fill(0); commit = 0; extract = 0; }
  }
  const total = Date.now() - t0;
  const m = corpus.articles.length - 10;
  console.log(`articles timed ${m}, total ${total} ms, extract ${extract / m} ms/article, commit ${commit / m} ms/article`);
  const rows = [['find', ...[0]], ...steps.map((s, k) => [s.replace(/\s+/g, ' ').slice(0, 70), k + 1])];
  for (const [label, k] of rows as [string, number][]) console.log(`${(wall[k] / m).toFixed(2).padStart(7)} ms wall ${(server[k] / m).toFixed(2).padStart(7)} ms server  ${label}`);
  await driver.close();
}
main();
