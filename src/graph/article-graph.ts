import { createHash } from 'node:crypto';
import { ACTS, Act, ExtractedDocument, OrganizationType, ORGANIZATION_TYPES } from '../extraction/model';
import { graphPersonId, nameTokens, organizationId, personKey } from './person-identity';

/**
 * The rows one article writes into the graph: a pure mapping from an `ExtractedDocument`
 * (plus the article text's hash) to the rows cypher/ingest-articles.cypher writes (src/graph/article-batch.ts).
 */

export interface ArticleRow {
  id: string;
  url: string | null;
  title: string | null;
  publishedAt: string | null;
  contentHash: string;
}

export interface PersonRow {
  id: string;
  name: string;
  /** Other names for the person, the name itself excluded. */
  aliases: string[];
}

export interface OrganizationRow {
  id: string;
  name: string;
  type: OrganizationType;
  /** Outlets and platforms also carry the `Outlet` label. */
  outlet: boolean;
}

export interface StatementRow {
  id: string;
  articleId: string;
  text: string;
  /** The start of the text, for captions (Neo4j Browser, exports). */
  shortText: string;
  act: Act;
  direct: boolean;
  start: number;
  end: number;
  sentence: string;
  /** Statements of one attribution (a quote split around its cue, or continued) share the id of the first. */
  group: string;
  /** The speaker as the article writes them at the cue ("he", "Doe"); null when unknown. */
  speakerMention: string | null;
  cue: string | null;
}

/** A statement's speaker: a person or an organization, by graph id. */
export interface SpeakerRow {
  statementId: string;
  speakerId: string;
  act: Act;
}

export interface StatementLinkRow {
  statementId: string;
  targetId: string;
}

export interface ArticleGraph {
  article: ArticleRow;
  people: PersonRow[];
  organizations: OrganizationRow[];
  statements: StatementRow[];
  personSpeakers: SpeakerRow[];
  organizationSpeakers: SpeakerRow[];
  /** Statement → outlet or platform it was said to or reported by. */
  reportedBy: StatementLinkRow[];
  /** Statement → person it is about. */
  about: StatementLinkRow[];
  /** Ids of the people mentioned in the article. */
  mentioned: string[];
  /** Ids of the organizations the article names (so none is left without a relationship). */
  mentionedOrganizations: string[];
  /** Ids of the article's authors (people). */
  authors: string[];
  /** Id of the outlet that published the article. */
  publisherId: string | null;
}

export class InvalidExtractionError extends Error {}

const OUTLET_TYPES: ReadonlySet<OrganizationType> = new Set<OrganizationType>(['outlet', 'platform']);
const ACT_SET: ReadonlySet<string> = new Set<string>(ACTS);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

const SHORT_TEXT_LENGTH = 60;

/** The text on one line, cut at a word boundary to at most SHORT_TEXT_LENGTH characters. */
export function shortText(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= SHORT_TEXT_LENGTH) return line;
  const cut = line.slice(0, SHORT_TEXT_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > SHORT_TEXT_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Rows in id order, so that concurrent writes lock shared nodes in the same order (fewer deadlocks). */
export const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/** Resolves the names one article uses to graph ids, gathering the people and organizations it meets. */
class ArticleNames {
  readonly people = new Map<string, PersonRow>();
  readonly organizations = new Map<string, OrganizationRow>();
  private readonly personIdByKey = new Map<string, string>();
  private readonly personIdsByAliasKey = new Map<string, Set<string>>();
  private readonly personIdsByToken = new Map<string, Set<string>>();

  constructor(private readonly articleId: string) {}

  addPerson(name: string, aliases: string[]): string | null {
    const id = graphPersonId(name, this.articleId);
    if (id === null) return null;
    const existing = this.people.get(id);
    const row = existing ?? { id, name: name.trim(), aliases: [] };
    row.aliases = unique([...row.aliases, ...aliases.map((alias) => alias.trim())]).filter(
      (alias) => alias !== '' && alias !== row.name,
    );
    this.people.set(id, row);
    this.personIdByKey.set(personKey(name), id);
    for (const alias of aliases) this.index(this.personIdsByAliasKey, personKey(alias), id);
    for (const token of nameTokens(name)) this.index(this.personIdsByToken, token, id);
    return id;
  }

  addOrganization(name: string, type: OrganizationType): string | null {
    const id = organizationId(name);
    if (id === null) return null;
    if (!this.organizations.has(id)) {
      this.organizations.set(id, { id, name: name.trim(), type, outlet: OUTLET_TYPES.has(type) });
    }
    return id;
  }

  /** The article's person for this name: by name, then by a unique alias, then by a unique name token. */
  findPerson(name: string): string | null {
    const key = personKey(name);
    if (key === '') return null;
    const byName = this.personIdByKey.get(key);
    if (byName !== undefined) return byName;
    const byAlias = this.personIdsByAliasKey.get(key);
    if (byAlias?.size === 1) return [...byAlias][0];
    const tokens = nameTokens(name);
    const byToken = tokens.length === 1 ? this.personIdsByToken.get(tokens[0]) : undefined;
    if (byToken?.size === 1) return [...byToken][0];
    return null;
  }

  findOrganization(name: string): string | null {
    const id = organizationId(name);
    return id !== null && this.organizations.has(id) ? id : null;
  }

  /** A person named in a statement, added to the article when it is not among its people yet. */
  person(name: string): string | null {
    return this.findPerson(name) ?? this.addPerson(name, []);
  }

  private index(map: Map<string, Set<string>>, key: string, id: string): void {
    if (key === '') return;
    const ids = map.get(key) ?? new Set<string>();
    ids.add(id);
    map.set(key, ids);
  }
}

function checkStatement(doc: ExtractedDocument, index: number): void {
  const statement = doc.statements[index];
  const where = `document ${doc.id}, statement ${index}`;
  if (!ACT_SET.has(statement.act)) throw new InvalidExtractionError(`${where}: unknown act ${statement.act}`);
  if (!Number.isInteger(statement.start) || !Number.isInteger(statement.end) || statement.start > statement.end) {
    throw new InvalidExtractionError(`${where}: bad offsets [${statement.start}, ${statement.end})`);
  }
}

/** Maps one extracted article to the rows that ingestion writes. Deterministic: the same input gives the same rows. */
export function toArticleGraph(doc: ExtractedDocument, hash: string): ArticleGraph {
  if (doc.id.trim() === '') throw new InvalidExtractionError('document id is empty');
  doc.statements.forEach((_, index) => checkStatement(doc, index));

  const names = new ArticleNames(doc.id);
  const mentioned = new Set<string>();
  for (const person of doc.people) {
    const id = names.addPerson(person.name, person.aliases);
    if (id !== null) mentioned.add(id);
  }
  const mentionedOrganizations = new Set<string>();
  for (const organization of doc.organizations) {
    const type = ORGANIZATION_TYPES.includes(organization.type) ? organization.type : 'other';
    const id = names.addOrganization(organization.name, type);
    if (id !== null) mentionedOrganizations.add(id);
  }
  const outletNamed = (name: string): string | null => names.findOrganization(name) ?? names.addOrganization(name, 'outlet');
  const publisherId = doc.outlet === null || doc.outlet.trim() === '' ? null : outletNamed(doc.outlet);
  const authors = unique(doc.authors.map((author) => names.person(author)).filter((id): id is string => id !== null));

  const statements: StatementRow[] = [];
  const personSpeakers: SpeakerRow[] = [];
  const organizationSpeakers: SpeakerRow[] = [];
  const reportedBy: StatementLinkRow[] = [];
  const about: StatementLinkRow[] = [];
  const statementIds = new Set<string>();
  const graphIdByExtractionId = new Map<string, string>();

  for (const statement of doc.statements) {
    const baseId = `${doc.id}:${statement.start}-${statement.end}`;
    let id = baseId;
    for (let n = 2; statementIds.has(id); n += 1) id = `${baseId}:${n}`;
    statementIds.add(id);
    if (!graphIdByExtractionId.has(statement.id)) graphIdByExtractionId.set(statement.id, id);
    statements.push({
      id,
      articleId: doc.id,
      text: statement.text,
      shortText: shortText(statement.text),
      act: statement.act,
      direct: statement.direct,
      start: statement.start,
      end: statement.end,
      sentence: statement.sentence,
      group: statement.group,
      speakerMention: statement.speakerMention?.text ?? null,
      cue: statement.cue?.text ?? null,
    });

    if (statement.speaker !== null && statement.speaker.trim() !== '') {
      const personId = names.findPerson(statement.speaker);
      const organizationId = personId === null ? names.findOrganization(statement.speaker) : null;
      if (organizationId !== null) {
        organizationSpeakers.push({ statementId: id, speakerId: organizationId, act: statement.act });
        mentionedOrganizations.add(organizationId);
      } else {
        const speakerId = personId ?? names.person(statement.speaker);
        if (speakerId !== null) {
          personSpeakers.push({ statementId: id, speakerId, act: statement.act });
          mentioned.add(speakerId);
        }
      }
    }
    for (const outletId of unique(statement.via.map(outletNamed))) {
      if (outletId !== null) {
        reportedBy.push({ statementId: id, targetId: outletId });
        mentionedOrganizations.add(outletId);
      }
    }
    for (const personId of unique(statement.about.map((name) => names.person(name)))) {
      if (personId !== null) {
        about.push({ statementId: id, targetId: personId });
        mentioned.add(personId);
      }
    }
  }

  for (const row of statements) row.group = graphIdByExtractionId.get(row.group) ?? row.id;

  return {
    article: {
      id: doc.id,
      url: doc.url,
      title: doc.title,
      publishedAt: doc.publishedAt !== null && ISO_DATE.test(doc.publishedAt) ? doc.publishedAt : null,
      contentHash: hash,
    },
    // In id order, so that concurrent ingests lock shared nodes in the same order (fewer deadlocks).
    people: [...names.people.values()].sort(byId),
    organizations: [...names.organizations.values()].sort(byId),
    statements,
    personSpeakers,
    organizationSpeakers,
    reportedBy,
    about,
    mentioned: [...mentioned],
    mentionedOrganizations: [...mentionedOrganizations],
    authors,
    publisherId,
  };
}

/** Acts a denial can answer (DISPUTES); see docs/graph-model.md. */
export const ACCUSATION_ACTS: readonly Act[] = ['ACCUSED', 'CLAIMED'];
