import { Injectable, NotFoundException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Environment } from '../../config/environment';
import { ClaimRepository } from '../../graph/claim.repository';
import { ExportFormat, serialiseSubgraph, SerialisedSubgraph } from '../../graph/export';
import { SubgraphRepository } from '../../graph/subgraph.repository';

/** The subgraph around a person, in an export format; used by GET /graph/export and `npm run export`. */
@Injectable()
export class GraphExportService {
  constructor(
    private readonly claims: ClaimRepository,
    private readonly subgraphs: SubgraphRepository,
    private readonly config: ConfigService<Environment, true>,
  ) {}

  async exportAround(person: string, depth: number, format: ExportFormat): Promise<SerialisedSubgraph & { personId: string }> {
    const found = await this.claims.resolvePerson(person);
    if (found === null) throw new NotFoundException(`no person ${JSON.stringify(person)} (give an id, a full name or an alias)`);
    const subgraph = await this.subgraphs.aroundPerson(found.id, depth, this.config.get('EXPORT_MAX_NODES', { infer: true }));
    return { ...serialiseSubgraph(subgraph, format), personId: found.id };
  }
}
