/**
 * npm run export -- --person "<id, name or alias>" [--depth 1..3] [--format json|graphml|cypher|cytoscape] [--out FILE]
 * Writes the subgraph around a person (the same service and rules as GET /graph/export) to FILE or stdout.
 */
import { writeFileSync } from 'node:fs';
import { NotFoundException } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { Neo4jError } from 'neo4j-driver';
import { ExportQueryDto } from '../src/modules/graph/dto/export-query.dto';
import { GraphExportService } from '../src/modules/graph/graph-export.service';
import { GraphModule } from '../src/modules/graph/graph.module';
import { CliError, createGraphContext } from './lib/graph-cli';

const USAGE = 'usage: npm run export -- --person "<id, name or alias>" [--depth 1..3] [--format json|graphml|cypher|cytoscape] [--out FILE]';

function parseArguments(argv: string[]): { query: ExportQueryDto; out: string | null } {
  const given: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (!['--person', '--depth', '--format', '--out'].includes(flag) || value === undefined) {
      throw new CliError(`bad argument ${flag}; ${USAGE}`);
    }
    given[flag.slice(2)] = value;
  }
  const { out, ...fields } = given;
  const query = plainToInstance(ExportQueryDto, fields);
  const problems = validateSync(query).flatMap((error) => Object.values(error.constraints ?? {}));
  if (problems.length > 0) throw new CliError(`${problems.join('; ')}\n${USAGE}`);
  return { query, out: out ?? null };
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stderr.write(`${USAGE}\n`);
    return 0;
  }
  const { query, out } = parseArguments(argv);
  const context = await createGraphContext(GraphModule);
  try {
    const exported = await context.get(GraphExportService).exportAround(query.person, query.depth, query.format);
    if (out === null) process.stdout.write(exported.body);
    else writeFileSync(out, exported.body);
    process.stderr.write(`exported the ${query.format} subgraph within ${query.depth} hops of ${exported.personId}${out === null ? '' : ` to ${out}`}\n`);
    return 0;
  } finally {
    await context.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof CliError || error instanceof NotFoundException || error instanceof Neo4jError;
    process.stderr.write(`export failed: ${known ? (error as Error).message : ((error as Error).stack ?? String(error))}\n`);
    process.exit(error instanceof CliError ? 2 : 1);
  },
);
