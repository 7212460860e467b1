import { Injectable, NotFoundException } from '@nestjs/common';
import { ClaimRepository, Page, PersonSummary, StatementView } from '../../graph/claim.repository';

export interface PersonPage extends PersonSummary {
  statementsByAct: Record<string, StatementView[]>;
  reportedBy: { outlet: string; statementCount: number }[];
  saidAboutThem: StatementView[];
}

export interface Timeline {
  person: PersonSummary;
  statements: StatementView[];
}

@Injectable()
export class PeopleService {
  constructor(private readonly claims: ClaimRepository) {}

  find(q: string | undefined, page: Page): Promise<PersonSummary[]> {
    return this.claims.findPeople(q, page);
  }

  async page(ref: string, limit: number): Promise<PersonPage> {
    const person = await this.person(ref);
    const page = { limit, offset: 0 };
    const [own, aboutThem] = await Promise.all([
      this.claims.findStatements({ speakerId: person.id }, page),
      this.claims.findStatements({ aboutId: person.id, excludeSpeakerId: person.id }, page),
    ]);
    const statementsByAct: Record<string, StatementView[]> = {};
    const outlets = new Map<string, number>();
    for (const statement of own) {
      (statementsByAct[statement.act] ??= []).push(statement);
      for (const outlet of statement.via) outlets.set(outlet, (outlets.get(outlet) ?? 0) + 1);
    }
    const reportedBy = [...outlets]
      .map(([outlet, statementCount]) => ({ outlet, statementCount }))
      .sort((a, b) => b.statementCount - a.statementCount || a.outlet.localeCompare(b.outlet));
    return { ...person, statementsByAct, reportedBy, saidAboutThem: aboutThem };
  }

  async timeline(ref: string, page: Page): Promise<Timeline> {
    const person = await this.person(ref);
    return { person, statements: await this.claims.findStatements({ speakerId: person.id }, page) };
  }

  private async person(ref: string): Promise<PersonSummary> {
    const person = await this.claims.resolvePerson(ref);
    if (person === null) throw new NotFoundException(`no person ${JSON.stringify(ref)} (give an id, a full name or an alias)`);
    return person;
  }
}
