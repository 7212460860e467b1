/**
 * Side-by-side timing of two versions of cypher/find-statements.cypher (statements by speaker, the most quoted
 * person) on the graph a bench run left behind (`npm run bench -- <corpus> --keep-neo4j`), alternating rounds:
 *   git show <rev>:cypher/find-statements.cypher > /tmp/old.cypher
 *   npx ts-node --transpile-only scripts/bench/compare-speaker-query.ts /tmp/old.cypher cypher/find-statements.cypher
 */
import { readFileSync } from 'fs';
import neo4j from 'neo4j-driver';

const ROUNDS = 7;
const QUERIES_PER_ROUND = 100;

async function main(): Promise<void> {
  const [baselineFile, candidateFile] = process.argv.slice(2);
  if (!baselineFile || !candidateFile) throw new Error('usage: compare-speaker-query.ts <baseline.cypher> <candidate.cypher>');
  const password = readFileSync('.neo4j-bench/password', 'utf8').trim();
  const driver = neo4j.driver('bolt://127.0.0.1:7691', neo4j.auth.basic('neo4j', password));
  try {
    const queries = { baseline: readFileSync(baselineFile, 'utf8'), candidate: readFileSync(candidateFile, 'utf8') };
    const top = await driver.executeQuery('MATCH (p:Person) RETURN p.name AS name ORDER BY COUNT { (p)-->(:Statement) } DESC LIMIT 1');
    const speaker = String(top.records[0].get('name')).toLowerCase();
    const params = {
      q: null, act: null, speakerId: null, excludeSpeakerId: null, about: null, aboutId: null, aboutPhrase: null, outlet: null,
      speaker, speakerPhrase: `"${speaker}"`, limit: neo4j.int(20), offset: neo4j.int(0),
    };
    const entities = await driver.executeQuery('MATCH (n:Person|Organization) RETURN count(n) AS count');
    const milliseconds: Record<keyof typeof queries, number[]> = { baseline: [], candidate: [] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const version of ['baseline', 'candidate'] as const) {
        const started = performance.now();
        for (let i = 0; i < QUERIES_PER_ROUND; i++) await driver.executeQuery(queries[version], params, { routing: neo4j.routing.READ });
        milliseconds[version].push((performance.now() - started) / QUERIES_PER_ROUND);
      }
      process.stderr.write(`round ${round + 1}/${ROUNDS}\n`);
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const [baseline, candidate] = [median(milliseconds.baseline), median(milliseconds.candidate)];
    console.log(`speaker "${speaker}", ${entities.records[0].get('count')} Person/Organization nodes`);
    console.log(`ms per query (median of ${ROUNDS} alternating rounds of ${QUERIES_PER_ROUND}): baseline ${baseline.toFixed(2)}, candidate ${candidate.toFixed(2)}, baseline/candidate ${(baseline / candidate).toFixed(2)}x`);
  } finally {
    await driver.close();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`compare-speaker-query: ${error.message}\n`);
  process.exit(1);
});
