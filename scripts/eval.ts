/**
 * Scores extractArticle against PolNeAR attribution annotations.
 *   npm run eval -- <polnear root or split folder> [--split dev|train] [--limit N] [--json] [--errors N] [--baseline]
 * Results on stdout; progress on stderr.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { basename, join } from 'path';
import { extractArticle } from '../src/extraction';
import {
  addCounts,
  Attribution,
  AttributionCounts,
  DocumentScore,
  emptyCounts,
  isDirectQuote,
  measure,
  MEASURES,
  MeasureName,
  scoreDocument,
  spanText,
  statementsToAttributions,
} from '../src/evaluation/attribution-score';
import { readGoldAttributions, SpanSet } from '../src/evaluation/brat';
import { quoteBaseline } from '../src/evaluation/quote-baseline';

interface Options {
  folder: string;
  split: string;
  limit: number;
  json: boolean;
  errors: number;
  baseline: boolean;
}

interface CorpusDocument {
  name: string;
  text: string;
  gold: Attribution[];
  annotation: string;
  annotators: number;
}

interface ErrorExample {
  document: string;
  kind: 'missed' | 'spurious' | 'wrong source' | 'wrong cue';
  content: string;
  source: string;
  cue: string;
  expected?: string;
  context: string;
}

interface SystemResult {
  all: AttributionCounts;
  direct: AttributionCounts;
  predicted: number;
  failures: number;
  milliseconds: number;
  examples: ErrorExample[];
}

const USAGE =
  'usage: npm run eval -- <polnear root or split folder> [--split dev|train] [--limit N] [--json] [--errors N] [--baseline]';

function parseOptions(argv: string[]): Options {
  const options: Options = { folder: '', split: 'dev', limit: Infinity, json: false, errors: 0, baseline: false };
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) fail(`${argument} needs a value`);
      return next;
    };
    const count = (): number => {
      const number = Number(value());
      if (!Number.isInteger(number) || number < 0) fail(`${argument} needs a whole number`);
      return number;
    };
    if (argument === '--split') options.split = value();
    else if (argument === '--limit') options.limit = count();
    else if (argument === '--errors') options.errors = count();
    else if (argument === '--json') options.json = true;
    else if (argument === '--baseline') options.baseline = true;
    else if (argument === '--help' || argument === '-h') fail('', 0);
    else if (argument.startsWith('--')) fail(`unknown option ${argument}`);
    else if (options.folder) fail(`one folder only (got ${options.folder} and ${argument})`);
    else options.folder = argument;
  }
  if (!options.folder) fail('a PolNeAR folder is required');
  return options;
}

function fail(message: string, code = 2): never {
  if (message) process.stderr.write(`eval: ${message}\n`);
  process.stderr.write(`${USAGE}\n`);
  process.exit(code);
}

/** The split folder (with text/ and attributions/): the folder itself, or <root>/<split>. */
function splitFolder(options: Options): string {
  const isSplit = (folder: string) => existsSync(join(folder, 'text')) && existsSync(join(folder, 'attributions'));
  if (isSplit(options.folder)) return options.folder;
  const nested = join(options.folder, options.split);
  if (isSplit(nested)) return nested;
  fail(`${options.folder} has neither text/ + attributions/ nor ${options.split}/text + ${options.split}/attributions`);
}

function* readCorpus(folder: string, limit: number): Generator<CorpusDocument> {
  const annotations = readdirSync(join(folder, 'attributions')).filter((file) => file.endsWith('.ann')).sort();
  const names = readdirSync(join(folder, 'text'))
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => file.slice(0, -'.txt'.length));
  let yielded = 0;
  for (const name of names) {
    if (yielded >= limit) return;
    // Annotation files are `<name>_<annotator>.ann`; with several annotators, the first by sorted name is used.
    const candidates = annotations.filter((file) => /^_[^_]+\.ann$/.test(file.slice(name.length)) && file.startsWith(name));
    if (candidates.length === 0) {
      process.stderr.write(`eval: ${name} has no annotation, skipped\n`);
      continue;
    }
    const text = readFileSync(join(folder, 'text', `${name}.txt`), 'utf8');
    const ann = readFileSync(join(folder, 'attributions', candidates[0]), 'utf8');
    const gold = readGoldAttributions(ann, text).map((attribution) => ({
      ...attribution,
      direct: isDirectQuote(text, attribution.content),
    }));
    yielded++;
    yield { name, text, gold, annotation: candidates[0], annotators: candidates.length };
  }
}

function newResult(): SystemResult {
  return { all: emptyCounts(), direct: emptyCounts(), predicted: 0, failures: 0, milliseconds: 0, examples: [] };
}

function context(text: string, spans: SpanSet, width = 80): string {
  const start = Math.max(0, spans[0].start - width);
  const end = Math.min(text.length, spans[spans.length - 1].end + width);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`.replace(/\s+/g, ' ');
}

function collectExamples(document: CorpusDocument, predicted: Attribution[], score: DocumentScore): ErrorExample[] {
  const { name, text, gold } = document;
  const describe = (kind: ErrorExample['kind'], attribution: Attribution, expected?: Attribution): ErrorExample => ({
    document: name,
    kind,
    content: spanText(text, attribution.content),
    source: spanText(text, attribution.source),
    cue: spanText(text, attribution.cue),
    ...(expected && { expected: `source "${spanText(text, expected.source)}", cue "${spanText(text, expected.cue)}"` }),
    context: context(text, attribution.content),
  });
  return [
    ...score.unmatchedGold.map((index) => describe('missed', gold[index])),
    ...score.unmatchedPredicted.map((index) => describe('spurious', predicted[index])),
    ...score.pairs
      .filter((pair) => !pair.sourceMatches)
      .map((pair) => describe('wrong source', predicted[pair.predicted], gold[pair.gold])),
    ...score.pairs
      .filter((pair) => pair.sourceMatches && !pair.cueMatches)
      .map((pair) => describe('wrong cue', predicted[pair.predicted], gold[pair.gold])),
  ];
}

function record(result: SystemResult, document: CorpusDocument, predicted: Attribution[], keepExamples: boolean): void {
  const score = scoreDocument(document.gold, predicted);
  addCounts(result.all, score.all);
  addCounts(result.direct, score.direct);
  result.predicted += predicted.length;
  if (keepExamples) result.examples.push(...collectExamples(document, predicted, score));
}

/** Up to n examples of each kind, spread evenly over the split rather than all from its first documents. */
function sample(examples: ErrorExample[], n: number): ErrorExample[] {
  const kinds = [...new Set(examples.map((example) => example.kind))];
  return kinds.flatMap((kind) => {
    const ofKind = examples.filter((example) => example.kind === kind);
    if (ofKind.length <= n) return ofKind;
    return Array.from({ length: n }, (_, i) => ofKind[Math.floor((i * ofKind.length) / n)]);
  });
}

const LABELS: Record<MeasureName, string> = {
  content: 'content',
  sourceContent: 'source+content',
  cueContent: 'cue+content',
};

function table(systems: Array<[string, SystemResult]>): string {
  const fmt = (x: number) => x.toFixed(3);
  const rows: string[][] = [['', ...systems.map(([name]) => name)], ['measure', ...systems.map(() => 'P      R      F1     (tp/fp/fn)')]];
  for (const scope of ['all', 'direct'] as const) {
    for (const name of MEASURES) {
      const cells = systems.map(([, result]) => {
        const m = measure(result[scope][name]);
        return `${fmt(m.precision)}  ${fmt(m.recall)}  ${fmt(m.f1)}  (${m.tp}/${m.fp}/${m.fn})`;
      });
      rows.push([(scope === 'direct' ? 'direct quotes: ' : '') + LABELS[name], ...cells]);
    }
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)) + 3);
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('').trimEnd()).join('\n');
}

function summary(result: SystemResult) {
  const scope = (counts: AttributionCounts) =>
    Object.fromEntries(MEASURES.map((name) => [name, measure(counts[name])])) as Record<MeasureName, ReturnType<typeof measure>>;
  return {
    all: scope(result.all),
    direct: scope(result.direct),
    predicted: result.predicted,
    failures: result.failures,
    milliseconds: Math.round(result.milliseconds),
  };
}

function main(): void {
  const options = parseOptions(process.argv.slice(2));
  const folder = splitFolder(options);
  const total = Math.min(
    options.limit,
    readdirSync(join(folder, 'text')).filter((file) => file.endsWith('.txt')).length,
  );
  const system = newResult();
  const baseline = newResult();
  let documents = 0;
  let severalAnnotators = 0;
  let goldCount = 0;
  let goldDirect = 0;
  for (const document of readCorpus(folder, options.limit)) {
    documents++;
    if (document.annotators > 1) severalAnnotators++;
    goldCount += document.gold.length;
    goldDirect += document.gold.filter((attribution) => attribution.direct).length;

    let predicted: Attribution[] = [];
    const started = process.hrtime.bigint();
    try {
      predicted = statementsToAttributions(extractArticle(document.text, { id: document.name }).statements);
    } catch (error) {
      system.failures++;
      process.stderr.write(`eval: extractArticle threw on ${document.name}: ${(error as Error).stack ?? error}\n`);
    }
    system.milliseconds += Number(process.hrtime.bigint() - started) / 1e6;
    record(system, document, predicted, options.errors > 0);
    if (options.baseline) record(baseline, document, quoteBaseline(document.text), false);

    if (documents % 10 === 0 || documents === total) process.stderr.write(`eval: ${documents}/${total} documents\n`);
  }

  const systems: Array<[string, SystemResult]> = [['system', system]];
  if (options.baseline) systems.push(['baseline', baseline]);
  const examples = sample(system.examples, options.errors);
  const corpus = {
    folder,
    documents,
    documentsWithSeveralAnnotators: severalAnnotators,
    annotatorChoice: 'first .ann file by sorted name',
    goldAttributions: goldCount,
    goldDirectQuotes: goldDirect,
    matching:
      'contents one-to-one, greedy by largest overlap, when the overlap is >= half of each span; source/cue match by the same rule or both absent; micro-averaged over documents',
  };

  if (options.json) {
    const output = {
      corpus,
      system: summary(system),
      ...(options.baseline && { baseline: summary(baseline) }),
      ...(options.errors > 0 && { errors: examples }),
    };
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    return;
  }
  const out: string[] = [];
  out.push(`PolNeAR ${basename(folder)} (${folder}): ${documents} documents, ${goldCount} gold attributions, ${goldDirect} of them direct quotes`);
  out.push(`${severalAnnotators} documents have several annotators: the first .ann by sorted name is used.`);
  out.push(`Matching: ${corpus.matching}.`);
  out.push(
    `system: ${system.predicted} statements predicted in ${Math.round(system.milliseconds)} ms` +
      (system.failures ? `; extractArticle THREW on ${system.failures} documents` : ''),
  );
  if (options.baseline) out.push('baseline: every “…” / "…" span as a direct-quote content, no source, no cue.');
  out.push('', table(systems));
  if (examples.length > 0) {
    out.push('', `Errors (system; up to ${options.errors} of each kind, spread over the split):`);
    for (const example of examples) {
      out.push(
        `- [${example.kind}] ${example.document}: "${example.content}"` +
          ` | source "${example.source}" | cue "${example.cue}"` +
          (example.expected ? ` | gold ${example.expected}` : ''),
        `    ${example.context}`,
      );
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

main();
