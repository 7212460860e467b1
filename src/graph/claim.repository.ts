import { Injectable } from '@nestjs/common';
import neo4j from 'neo4j-driver';
import { Act } from '../extraction/model';
import { loadCypher } from './cypher-files';
import { Neo4jService } from './neo4j.service';
import { personKey } from './person-identity';

export interface Page {
  limit: number;
  offset: number;
}

export interface PersonSummary {
  id: string;
  name: string;
  aliases: string[];
  statementCount: number;
  articleCount: number;
}

export interface DocumentRef {
  id: string;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  /** The outlet that published the article, when known. */
  outlet: string | null;
}

export interface StatementView {
  id: string;
  speaker: string | null;
  speakerId: string | null;
  act: Act;
  text: string;
  direct: boolean;
  start: number;
  end: number;
  sentence: string;
  /** Outlets and platforms it was said to or reported by. */
  via: string[];
  about: string[];
  document: DocumentRef;
  /** Full-text relevance; 0 when no text query was given. */
  score: number;
}

export interface StatementFilter {
  /** Full-text query over the statement text, taken as plain words. */
  q?: string;
  act?: Act;
  speaker?: string;
  speakerId?: string;
  excludeSpeakerId?: string;
  about?: string;
  aboutId?: string;
  outlet?: string;
}

export interface Contradiction {
  denial: StatementView;
  accusation: StatementView;
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * The words of `q` as a Lucene query that reads no input as syntax: operator characters are escaped and the
 * operator words (AND, OR, NOT, TO in capitals) dropped; the remaining words are OR-ed, Lucene's default.
 * Null when no word is left.
 */
export function plainWordsQuery(q: string): string | null {
  const query = q.replace(LUCENE_SPECIAL, (char) => `\\${char}`).replace(/\b(?:AND|OR|NOT|TO)\b/g, ' ').trim();
  return /[\p{L}\p{N}]/u.test(query) ? query : null;
}

/**
 * A name as one Lucene phrase for the entityNames index: inside quotes only `"` and `\` are syntax, so nothing in
 * the name is read as an operator. Null when it has no letter or digit (no stored name is matched by it then).
 */
export function namePhraseQuery(name: string): string | null {
  const lower = name.trim().toLowerCase();
  return /[\p{L}\p{N}]/u.test(lower) ? `"${lower.replace(/["\\]/g, (char) => `\\${char}`)}"` : null;
}

function lowerOrNull(value: string | undefined): string | null {
  return value === undefined ? null : value.trim().toLowerCase();
}

function pageParams(page: Page): { limit: unknown; offset: unknown } {
  return { limit: neo4j.int(page.limit), offset: neo4j.int(page.offset) };
}

/** Read side of the claim graph: people, statements, contradictions. */
@Injectable()
export class ClaimRepository {
  private readonly findPeopleCypher = loadCypher('find-people');
  private readonly resolvePersonCypher = loadCypher('resolve-person');
  private readonly findStatementsCypher = loadCypher('find-statements');
  private readonly findContradictionsCypher = loadCypher('find-contradictions');

  constructor(private readonly neo4j: Neo4jService) {}

  /** The queries readers wait for, for Neo4jService.planAhead. */
  get readQueries(): string[] {
    return [this.findStatementsCypher, this.findPeopleCypher, this.resolvePersonCypher, this.findContradictionsCypher];
  }

  findPeople(q: string | undefined, page: Page): Promise<PersonSummary[]> {
    return this.neo4j.cachedRead<PersonSummary>(this.findPeopleCypher, { q: lowerOrNull(q), ...pageParams(page) });
  }

  /** The person `ref` names: an id, a full name or an alias (case-insensitive); null when nobody matches. */
  async resolvePerson(ref: string): Promise<PersonSummary | null> {
    const [person] = await this.neo4j.cachedRead<PersonSummary>(this.resolvePersonCypher, {
      ref,
      key: personKey(ref),
      lower: ref.trim().toLowerCase(),
      phrase: namePhraseQuery(ref),
    });
    return person ?? null;
  }

  async findStatements(filter: StatementFilter, page: Page): Promise<StatementView[]> {
    const q = filter.q === undefined ? null : plainWordsQuery(filter.q);
    if (filter.q !== undefined && q === null) return [];
    const speakerPhrase = filter.speaker === undefined ? null : namePhraseQuery(filter.speaker);
    const aboutPhrase = filter.about === undefined ? null : namePhraseQuery(filter.about);
    if ((filter.speaker !== undefined && speakerPhrase === null) || (filter.about !== undefined && aboutPhrase === null)) {
      return [];
    }
    return this.neo4j.cachedRead(
      this.findStatementsCypher,
      {
        q,
        act: filter.act ?? null,
        speaker: lowerOrNull(filter.speaker),
        speakerPhrase,
        speakerId: filter.speakerId ?? null,
        excludeSpeakerId: filter.excludeSpeakerId ?? null,
        about: lowerOrNull(filter.about),
        aboutPhrase,
        aboutId: filter.aboutId ?? null,
        outlet: lowerOrNull(filter.outlet),
        ...pageParams(page),
      },
      (record) => record.statement as StatementView,
    );
  }

  findContradictions(personId: string | null, page: Page): Promise<Contradiction[]> {
    return this.neo4j.cachedRead<Contradiction>(this.findContradictionsCypher, { personId, ...pageParams(page) });
  }
}
