import neo4j from 'neo4j-driver';
import { ACCUSATION_ACTS, ArticleGraph, byId, OrganizationRow, PersonRow } from './article-graph';

/**
 * The parameters of cypher/ingest-articles.cypher for articles written together, and what writing them creates for
 * each: pure functions of the articles' rows (src/graph/article-graph.ts).
 */

/** A row that links an article to a person or organization (mentioned, author, publisher). */
interface ArticleLinkRow {
  articleId: string;
  targetId: string;
}

interface EdgeKey {
  start: string;
  type: string;
  end: string;
}

/** Offsets are integers in the graph; the driver would send plain JS numbers as floats. */
export function withIntegerOffsets(graph: ArticleGraph): ArticleGraph {
  return {
    ...graph,
    statements: graph.statements.map((row) => ({
      ...row,
      start: neo4j.int(row.start) as unknown as number,
      end: neo4j.int(row.end) as unknown as number,
    })),
  };
}

/**
 * One row per person: the first article's name (the name a new node gets), every article's aliases and names after
 * it, in order. Cypher drops the stored name and the aliases already known, so the node ends as it would after each
 * article alone, one after another.
 */
function mergedPeople(graphs: ArticleGraph[]): PersonRow[] {
  const merged = new Map<string, PersonRow>();
  for (const row of graphs.flatMap((graph) => graph.people)) {
    const first = merged.get(row.id);
    if (first === undefined) merged.set(row.id, { ...row, aliases: [...row.aliases] });
    else first.aliases = [...new Set([...first.aliases, ...row.aliases, row.name])];
  }
  return [...merged.values()].sort(byId);
}

/**
 * One row per organization: the first article's name (the one a new node gets) and type, unless that is only 'other'
 * and a later article says more ("Acme" alone, then "shares in Acme": a company); an outlet if any says so.
 */
function mergedOrganizations(graphs: ArticleGraph[]): OrganizationRow[] {
  const merged = new Map<string, OrganizationRow>();
  for (const row of graphs.flatMap((graph) => graph.organizations)) {
    const first = merged.get(row.id);
    if (first === undefined) merged.set(row.id, { ...row });
    else {
      first.outlet ||= row.outlet;
      if (first.type === 'other') first.type = row.type;
    }
  }
  return [...merged.values()].sort(byId);
}

function links(graphs: ArticleGraph[], targets: (graph: ArticleGraph) => Array<string | null>): ArticleLinkRow[] {
  return graphs.flatMap((graph) =>
    targets(graph)
      .filter((id): id is string => id !== null)
      .map((targetId) => ({ articleId: graph.article.id, targetId })),
  );
}

/** The parameters of the statements of cypher/ingest-articles.cypher that add, for these articles together. */
export function batchParameters(graphs: ArticleGraph[]): Record<string, unknown> {
  return {
    articles: graphs.map((graph) => graph.article),
    people: mergedPeople(graphs),
    organizations: mergedOrganizations(graphs),
    statements: graphs.flatMap((graph) => graph.statements),
    personSpeakers: graphs.flatMap((graph) => graph.personSpeakers),
    organizationSpeakers: graphs.flatMap((graph) => graph.organizationSpeakers),
    reportedBy: graphs.flatMap((graph) => graph.reportedBy),
    about: graphs.flatMap((graph) => graph.about),
    mentioned: links(graphs, (graph) => graph.mentioned),
    mentionedOrganizations: links(graphs, (graph) => graph.mentionedOrganizations),
    authors: links(graphs, (graph) => graph.authors),
    publishers: links(graphs, (graph) => [graph.publisherId]),
    accusationActs: ACCUSATION_ACTS,
  };
}

/** The parameters of the `@re-ingest` statements for one article: what this ingest keeps (what an older one wrote besides goes). */
export function reIngestParameters(graph: ArticleGraph, linkedElementIds: string[]): Record<string, unknown> {
  const articleId = graph.article.id;
  const articleEdges: EdgeKey[] = [
    ...[...graph.mentioned, ...graph.mentionedOrganizations].map((id) => ({ start: id, type: 'MENTIONED_IN', end: articleId })),
    ...graph.authors.map((personId) => ({ start: articleId, type: 'WRITTEN_BY', end: personId })),
    ...(graph.publisherId === null ? [] : [{ start: articleId, type: 'PUBLISHED_BY', end: graph.publisherId }]),
  ];
  const statementEdges: EdgeKey[] = [
    ...[...graph.personSpeakers, ...graph.organizationSpeakers].map((row) => ({
      start: row.speakerId,
      type: row.act,
      end: row.statementId,
    })),
    ...graph.reportedBy.map((row) => ({ start: row.statementId, type: 'REPORTED_BY', end: row.targetId })),
    ...graph.about.map((row) => ({ start: row.statementId, type: 'ABOUT', end: row.targetId })),
  ];
  return {
    articleId,
    statementIds: graph.statements.map((statement) => statement.id),
    articleEdges,
    statementEdges,
    linkedElementIds,
  };
}

export interface Creations {
  nodes: number;
  relationships: number;
}

/**
 * What writing these NEW articles together creates for each, as if each were written alone in this order: a node or
 * edge counts for the first article that writes it. `knownPeople` and `knownOrganizations`: ids the graph held before.
 * Derived edges (TO, DISPUTES) are left out: the statements that write them say whose they are. Rows are taken to be
 * unique within an article, as toArticleGraph makes them; ArticleRepository checks the sum against Neo4j's counters.
 */
export function creationsOfNewArticles(
  graphs: ArticleGraph[],
  knownPeople: Iterable<string>,
  knownOrganizations: Iterable<string>,
): Creations[] {
  const people = new Set(knownPeople);
  const organizations = new Set(knownOrganizations);
  const firstSeen = (ids: Set<string>, rows: Array<{ id: string }>): number => {
    let created = 0;
    for (const { id } of rows) {
      if (ids.has(id)) continue;
      ids.add(id);
      created += 1;
    }
    return created;
  };
  return graphs.map((graph) => ({
    // The article, its statements, and the people and organizations no article before it wrote.
    nodes: 1 + graph.statements.length + firstSeen(people, graph.people) + firstSeen(organizations, graph.organizations),
    relationships:
      graph.statements.length + // IN_ARTICLE
      graph.personSpeakers.length +
      graph.organizationSpeakers.length +
      graph.reportedBy.length +
      graph.about.length +
      graph.mentioned.length +
      graph.mentionedOrganizations.length +
      graph.authors.length +
      (graph.publisherId === null ? 0 : 1),
  }));
}
