/** The benchmark's results as Markdown (what BENCHMARKS.md quotes) and as JSON. */
import { MAX_ARTICLES_PER_TRANSACTION } from '../../src/graph/article.repository';
import { ExtractionResult } from './extraction';
import { FloorResult, GrowthStep, WriteResult } from './ingestion';
import { LoadResult } from './load';
import { PostResult } from './service';

export interface BenchResults {
  date: string;
  command: string;
  machine: { cpu: string; cores: number; memoryGb: number; node: string; neo4j: string; os: string; loadBefore: number[]; loadAfter: number[] };
  corpus: { folder: string; articles: number; megabytes: number };
  extraction: Omit<ExtractionResult, 'documents'>;
  /** The write-only ingest on a Neo4j just started (cold JVM), then `write`, the same again once it is warm. */
  firstWrite?: WriteResult & { neo4jJustStarted: boolean };
  write?: WriteResult;
  floor?: FloorResult;
  /** The same counts again, the nodes being the ingest's own with their labels and properties (so under the schema). */
  dataFloor?: FloorResult;
  service?: PostResult & { concurrency: number };
  queries?: { person: string; results: LoadResult[] };
  memory?: { idleRssMb: number; peakRssMb: number; hwmMb: number };
}

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

function growthTable(steps: GrowthStep[], total: number): string[] {
  const rows = ['| share of corpus | articles in graph | added in step | step time (s) | ms per added article |', '|---|---|---|---|---|'];
  for (const step of steps) {
    rows.push(`| ${Math.round((step.articles / total) * 100)} % | ${step.articles} | ${step.added} | ${fixed(step.seconds, 2)} | ${fixed(step.msPerArticle)} |`);
  }
  return rows;
}

export function toMarkdown(results: BenchResults): string {
  const { machine, corpus, extraction } = results;
  const lines: string[] = [];
  lines.push(`- Date: ${results.date}`);
  lines.push(`- Command: \`${results.command}\``);
  lines.push(`- Machine: ${machine.cpu}, ${machine.cores} cores, ${fixed(machine.memoryGb, 0)} GiB, ${machine.os}; Node ${machine.node}; Neo4j ${machine.neo4j}`);
  lines.push(`- Load average (1/5/15 min) before: ${machine.loadBefore.map((v) => fixed(v, 2)).join(' / ')}, after: ${machine.loadAfter.map((v) => fixed(v, 2)).join(' / ')}`);
  lines.push(`- Corpus: \`${corpus.folder}\`, ${corpus.articles} articles, ${fixed(corpus.megabytes, 2)} MB`);
  lines.push('');

  const extractRate = extraction.articles / extraction.extractMedian;
  const bareRate = extraction.articles / extraction.bareMedian;
  lines.push('### 1. Extraction (one process, no database)');
  lines.push('');
  lines.push('| | articles/s | MB/s | s per pass (median) |');
  lines.push('|---|---|---|---|');
  lines.push(`| compromise \`nlp(text)\` (floor) | ${fixed(bareRate)} | ${fixed(extraction.megabytes / extraction.bareMedian, 3)} | ${fixed(extraction.bareMedian, 2)} |`);
  lines.push(`| \`extractArticle\` | ${fixed(extractRate)} | ${fixed(extraction.megabytes / extraction.extractMedian, 3)} | ${fixed(extraction.extractMedian, 2)} |`);
  lines.push('');
  lines.push(
    `Ratio extractArticle / nlp(text): **${fixed(extraction.extractMedian / extraction.bareMedian, 2)}×** ` +
      `(target ≤ 3×; ${extraction.rounds} alternating rounds × ${extraction.passesPerRound} pass(es), per-round ratios ` +
      `${extraction.extractSeconds.map((s, i) => fixed(s / extraction.bareSeconds[i], 2)).join(', ')}). ${extraction.statements} statements extracted.`,
  );
  lines.push('');

  if (results.write && results.floor) {
    const { write, floor } = results;
    const writeRate = write.articles / write.seconds;
    const floorItems = (floor.nodes + floor.relationships) / floor.seconds;
    const writeItems = (floor.nodes + floor.relationships) / write.seconds;
    lines.push(`### 2. Ingestion into Neo4j (articles extracted beforehand; up to ${MAX_ARTICLES_PER_TRANSACTION} articles per transaction)`);
    lines.push('');
    lines.push('| | articles/s | statements/s | nodes + relationships per s | total s |');
    lines.push('|---|---|---|---|---|');
    const first = results.firstWrite;
    if (first) {
      lines.push(`| app ingest, first pass (${first.neo4jJustStarted ? 'Neo4j just started' : 'Neo4j already running'}) | ${fixed(first.articles / first.seconds)} | ${fixed(first.statements / first.seconds)} | ${fixed((floor.nodes + floor.relationships) / first.seconds, 0)} | ${fixed(first.seconds, 2)} |`);
    }
    lines.push(`| app ingest${first ? ', second pass' : ''} (ArticleRepository: MERGE, provenance, derived edges) | ${fixed(writeRate)} | ${fixed(write.statements / write.seconds)} | ${fixed(writeItems, 0)} | ${fixed(write.seconds, 2)} |`);
    lines.push(`| raw \`UNWIND … CREATE\` floor, same counts, same articles per transaction | ${fixed(floor.articles / floor.seconds)} | – | ${fixed(floorItems, 0)} | ${fixed(floor.seconds, 2)} |`);
    const dataFloor = results.dataFloor;
    if (dataFloor) {
      lines.push(
        `| raw \`UNWIND … CREATE\` data floor: as the floor, but the ingest's own nodes with their labels and properties (under the schema's constraints and indexes) | ` +
          `${fixed(dataFloor.articles / dataFloor.seconds)} | – | ${fixed((dataFloor.nodes + dataFloor.relationships) / dataFloor.seconds, 0)} | ${fixed(dataFloor.seconds, 2)} |`,
      );
    }
    if (results.service) {
      const service = results.service;
      lines.push(`| end to end: POST /documents (extraction + ingest, ${service.concurrency} in flight) | ${fixed(service.articles / service.seconds)} | ${fixed(service.statements / service.seconds)} | – | ${fixed(service.seconds, 2)} |`);
    }
    lines.push('');
    lines.push(
      `Ingest / floor throughput: **${fixed(floor.seconds / write.seconds, 2)}** (target ≥ 0.5; second pass, ` +
        `${first ? `first pass ${fixed(floor.seconds / first.seconds, 2)}` : 'no first pass'}). ` +
        `Graph after ingest: ${write.nodes} nodes, ${write.relationships} relationships, ${write.statements} statements; ` +
        `floor wrote ${floor.nodes} nodes and ${floor.relationships} relationships in ${floor.transactions} transactions.` +
        (dataFloor
          ? ` Ingest / data floor: **${fixed(dataFloor.seconds / write.seconds, 2)}**; data floor / floor: ${fixed(floor.seconds / dataFloor.seconds, 2)} ` +
            `(the most any writer of these nodes under this schema could reach against the floor, idempotent or not).`
          : ''),
    );
    lines.push('');
    lines.push('### 3. Growth (time of each increment; the graph keeps what earlier steps wrote)');
    lines.push('');
    if (results.firstWrite) {
      lines.push(`Write-only ingest, first pass (${results.firstWrite.neo4jJustStarted ? 'Neo4j just started' : 'Neo4j already running'}):`);
      lines.push('');
      lines.push(...growthTable(results.firstWrite.growth, results.firstWrite.articles));
      lines.push('');
    }
    lines.push(`Write-only ingest${results.firstWrite ? ', second pass' : ''}:`);
    lines.push('');
    lines.push(...growthTable(write.growth, write.articles));
    lines.push('');
    if (results.service) {
      lines.push(`End to end through POST /documents:`);
      lines.push('');
      lines.push(...growthTable(results.service.growth, results.service.articles));
      lines.push('');
    }
  }

  if (results.queries) {
    lines.push(`### 4. Queries under load (autocannon in its own process, ${results.queries.results[0]?.seconds ?? '?'} s per run; corpus + seeds loaded)`);
    lines.push('');
    lines.push(
      `Person queried: ${results.queries.person} (the person with the most statements). Each query runs twice: with the ` +
        `service's read cache on (its default: an answer is reused for up to READ_CACHE_TTL_MS = 1 s, and dropped at once ` +
        `when the service writes) and with it off (\`READ_CACHE_TTL_MS=0\`, every request reaches Neo4j). The export reuses ` +
        `the subgraph it read, not its serialised answer.`,
    );
    lines.push('');
    lines.push('| query | connections | requests/s | p50 ms | p99 ms | max ms | failures | CPU ms/request: service | Neo4j |');
    lines.push('|---|---|---|---|---|---|---|---|---|');
    for (const result of results.queries.results) {
      lines.push(
        `| ${result.query} \`${result.path}\` | ${result.connections} | ${fixed(result.requestsPerSecond, 0)} | ${result.p50Ms} | ${result.p99Ms} | ` +
          `${result.maxMs} | ${result.failures} | ${fixed(result.serviceCpuMsPerRequest ?? NaN, 2)} | ${fixed(result.neo4jCpuMsPerRequest ?? NaN, 2)} |`,
      );
    }
    lines.push('');
  }

  if (results.memory) {
    lines.push('### 5. Memory of the service');
    lines.push('');
    lines.push(
      `Resident set: ${fixed(results.memory.idleRssMb, 0)} MB idle after start-up, **${fixed(results.memory.peakRssMb, 0)} MB peak** while ingesting the whole corpus ` +
        `(sampled every 100 ms from /proc/<pid>/status VmRSS); VmHWM at the end of the run ${fixed(results.memory.hwmMb, 0)} MB.`,
    );
    lines.push('');
  }
  return lines.join('\n');
}
