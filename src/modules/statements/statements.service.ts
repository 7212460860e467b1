import { Injectable, NotFoundException } from '@nestjs/common';
import { ClaimRepository, Contradiction, StatementView } from '../../graph/claim.repository';
import { ContradictionsQueryDto } from './dto/contradictions-query.dto';
import { FindStatementsQueryDto } from './dto/find-statements-query.dto';

@Injectable()
export class StatementsService {
  constructor(private readonly claims: ClaimRepository) {}

  find(query: FindStatementsQueryDto): Promise<StatementView[]> {
    const { limit, offset, ...filter } = query;
    return this.claims.findStatements(filter, { limit, offset });
  }

  async contradictions(query: ContradictionsQueryDto): Promise<Contradiction[]> {
    let personId: string | null = null;
    if (query.person !== undefined) {
      const person = await this.claims.resolvePerson(query.person);
      if (person === null) throw new NotFoundException(`no person called ${JSON.stringify(query.person)}`);
      personId = person.id;
    }
    return this.claims.findContradictions(personId, { limit: query.limit, offset: query.offset });
  }
}
