import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { error as driverErrors, ManagedTransaction, Neo4jError } from 'neo4j-driver';
import { batchParameters, creationsOfNewArticles, reIngestParameters, withIntegerOffsets } from './article-batch';
import { ArticleGraph } from './article-graph';
import { loadCypher, splitTaggedStatements } from './cypher-files';
import { Neo4jService } from './neo4j.service';

/** What an ingest created and deleted. */
interface Counters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

/** What one article's ingest did to the graph. */
export interface IngestOutcome extends Counters {
  /** The article's id in the graph: its own, or the article that already holds the same text. */
  articleId: string;
  /** created: new article; updated: it existed and something changed; unchanged: nothing changed;
   * duplicate: the same text is already stored under `articleId`, nothing was written. */
  status: 'created' | 'updated' | 'unchanged' | 'duplicate';
}

const COUNT_ARTICLES = 'MATCH (a:Article) RETURN count(a) AS count';

/**
 * At most this many articles share one write transaction. Each statement carries the rows of all of them, and a commit
 * costs more than writing one article, so the more wait together, the cheaper each; over the BBC corpus, 25–100 per
 * transaction took about half the time of 10, and 200 more again (BENCHMARKS.md, "Fourth session"). Bounded so that a
 * transaction stays short while it holds its locks, and so that a failed one, retried article by article, stays cheap.
 */
export const MAX_ARTICLES_PER_TRANSACTION = 50;

/**
 * While articles keep arriving during writes (a bulk load), the next transaction waits for more: until
 * MAX_ARTICLES_PER_TRANSACTION wait, the first of them has waited LINGER_MS, or none has come for QUIET_MS. A writer
 * faster than the extraction otherwise writes the one or two articles that arrived during each transaction, and the
 * fixed cost of a transaction dominates: the BBC corpus went into 1,362 transactions of 1.6 articles on average, and
 * Neo4j's CPU took the extraction's (BENCHMARKS.md, "Fifth session"). An article that arrives while nothing is being
 * written is written at once.
 */
export const LINGER_MS = 1000;
const QUIET_MS = 100;

/**
 * Whether a failed transaction may have failed because of one of its articles (refused data, a timeout) rather than
 * because Neo4j is unreachable or refuses the service (then every article would fail alone too, one after another).
 */
function mayBeOneArticle(error: unknown): boolean {
  const code = error instanceof Neo4jError ? error.code : '';
  const unreachable = code === driverErrors.SERVICE_UNAVAILABLE || code === driverErrors.SESSION_EXPIRED;
  return !(unreachable || code.startsWith('Neo.TransientError.') || code.startsWith('Neo.ClientError.Security.'));
}

interface PendingIngest {
  /** The article's rows, offsets as integers: built before the transaction (and once, if it is retried). */
  graph: ArticleGraph;
  resolve: (outcome: IngestOutcome) => void;
  reject: (error: unknown) => void;
  /** When it arrived (ms, monotonic). */
  arrived: number;
}

/** What cypher/find-articles.cypher says of one article before it is written. */
interface FoundArticle {
  exists: boolean;
  sameTextId: string | null;
  linkedElementIds: string[];
  knownPeople: string[];
  knownOrganizations: string[];
}

/** The people and organizations the articles before, in the same transaction, wrote: the graph holds them now. */
interface WrittenIds {
  people: Set<string>;
  organizations: Set<string>;
}

/**
 * Prefixes every statement of an ingest. They all start from seeks on unique ids, the best plan whatever the
 * statistics say, yet Neo4j replanned them whenever a growing graph's statistics had drifted — up to ~30 ms each for
 * the speaker steps, a third of a bulk load's statement time (BENCHMARKS.md, "Sixth session"). A cached plan is kept.
 */
const KEEP_PLAN = 'CYPHER replan=skip ';

/**
 * Neo4j's counters for new articles written together differ from what they were expected to create (an odd row, a
 * node removed by an update in the same transaction): the transaction is rolled back and each article is written
 * alone, where its counters are Neo4j's own.
 */
export class CreationCountMismatch extends Error {}

@Injectable()
export class ArticleRepository implements OnModuleDestroy {
  private readonly logger = new Logger(ArticleRepository.name);
  private readonly findArticles = KEEP_PLAN + loadCypher('find-articles');
  /** Each step with the parameters it uses: sending every list to every step costs more than the step itself. */
  private readonly ingestSteps = splitTaggedStatements(loadCypher('ingest-articles')).map(({ cypher, tags }) => ({
    cypher: KEEP_PLAN + cypher,
    names: [...new Set([...cypher.matchAll(/\$(\w+)/g)].map((match) => match[1]))],
    reIngestOnly: tags.includes('re-ingest'),
    /** The list the step UNWINDs before it writes anything: when it is empty, the step does nothing. */
    unwound: /^(?:(?!\b(?:MERGE|CREATE|SET|DELETE|REMOVE)\b)[\s\S])*?\bUNWIND \$(\w+) AS\b/.exec(cypher)?.[1],
  }));

  /** Articles waiting for the transaction under way to finish (group commit). */
  private readonly pending: PendingIngest[] = [];
  private writing = false;
  /** The write loop under way, if any: the module's shutdown waits for it. */
  private writer: Promise<void> = Promise.resolve();
  /** Told of each new article while the writer lingers for more. */
  private onArrival: (() => void) | null = null;
  private closing = false;

  constructor(private readonly neo4j: Neo4jService) {}

  /**
   * Writes one article, all or nothing; idempotent, and a text already stored under another id is not stored again.
   * Articles that arrive while a write is under way wait and are then written together, in the order they came, in
   * one transaction (the writer lingers for more while they keep coming: LINGER_MS); alone, an article is written at
   * once.
   */
  ingest(graph: ArticleGraph): Promise<IngestOutcome> {
    return new Promise<IngestOutcome>((resolve, reject) => {
      this.pending.push({ graph: withIntegerOffsets(graph), resolve, reject, arrived: performance.now() });
      this.onArrival?.();
      if (!this.writing) this.writer = this.writePending();
    });
  }

  async countArticles(): Promise<number> {
    const [row] = await this.neo4j.read<{ count: number }>(COUNT_ARTICLES);
    return row.count;
  }

  /** Articles that arrive from now on are written without lingering, and those waiting are written before this resolves. */
  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    this.onArrival?.();
    await this.writer;
  }

  private async writePending(): Promise<void> {
    this.writing = true;
    try {
      let backToBack = false;
      while (this.pending.length > 0) {
        if (backToBack) await this.lingerForMore();
        await this.writeTogether(this.pending.splice(0, MAX_ARTICLES_PER_TRANSACTION));
        backToBack = true;
      }
    } finally {
      this.writing = false;
    }
  }

  /** Resolves when a full transaction's worth waits, the first waiting article has waited LINGER_MS, or none came for QUIET_MS. */
  private lingerForMore(): Promise<void> {
    return new Promise<void>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const stop = () => {
        clearTimeout(timer);
        this.onArrival = null;
        resolve();
      };
      const wait = () => {
        if (this.closing || this.pending.length >= MAX_ARTICLES_PER_TRANSACTION) return stop();
        const now = performance.now();
        clearTimeout(timer);
        timer = setTimeout(stop, Math.max(0, Math.min(this.pending[0].arrived + LINGER_MS, now + QUIET_MS) - now));
      };
      this.onArrival = wait;
      wait();
    });
  }

  /** Settles every article of `batch`; never rejects. */
  private async writeTogether(batch: PendingIngest[]): Promise<void> {
    let outcomes: IngestOutcome[];
    try {
      outcomes = await this.neo4j.writeTx((tx) => this.writeInOrder(tx, batch.map((article) => article.graph)));
    } catch (error) {
      if (batch.length === 1 || !mayBeOneArticle(error)) {
        for (const article of batch) article.reject(error);
        return;
      }
      if (error instanceof CreationCountMismatch) this.logger.warn(`${error.message}; writing each article alone`);
      // One article's failure must not fail the others: each is written again alone.
      for (const article of batch) await this.writeTogether([article]);
      return;
    }
    batch.forEach((article, index) => article.resolve(outcomes[index]));
  }

  /**
   * Writes the articles in order, as if one after another. The new ones are written together, each statement of
   * cypher/ingest-articles.cypher once for all of them; a copy of a text stored before needs no write; an article that
   * exists, or shares its id with one before it in `graphs`, is written on its own, after those before it.
   */
  private async writeInOrder(tx: ManagedTransaction, graphs: ArticleGraph[]): Promise<IngestOutcome[]> {
    const found = await this.find(tx, graphs);
    const outcomes: IngestOutcome[] = new Array<IngestOutcome>(graphs.length);
    const written: WrittenIds = { people: new Set<string>(), organizations: new Set<string>() };
    const seenIds = new Set<string>();
    /** Texts stored by the articles before, in this transaction: content hash → the id of the article that holds it. */
    const heldBy = new Map<string, string>();
    /** Existing articles written before, in this transaction: their stored text may have changed since `find`. */
    const rewritten = new Set<string>();
    let fresh: number[] = [];
    const writeFresh = async () => {
      if (fresh.length === 0) return;
      const shares = await this.writeNew(tx, fresh.map((index) => graphs[index]), fresh.map((index) => found[index]), written);
      fresh.forEach((index, k) => (outcomes[index] = shares[k]));
      fresh = [];
    };
    for (const [index, graph] of graphs.entries()) {
      const { id, contentHash: hash } = graph.article;
      const sameIdBefore = seenIds.has(id);
      seenIds.add(id);
      let now = found[index];
      if (sameIdBefore || (now.sameTextId !== null && rewritten.has(now.sameTextId))) {
        await writeFresh();
        now = (await this.find(tx, [graph]))[0];
      }
      const sameTextId = now.exists ? null : (now.sameTextId ?? heldBy.get(hash) ?? null);
      if (sameTextId !== null) {
        outcomes[index] = { articleId: sameTextId, status: 'duplicate', nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 };
      } else if (!now.exists && !sameIdBefore) {
        fresh.push(index);
      } else {
        await writeFresh();
        outcomes[index] = await this.writeOne(tx, graph, now, written);
        rewritten.add(id);
        for (const [text, holder] of heldBy) if (holder === id) heldBy.delete(text);
      }
      if (!heldBy.has(hash)) heldBy.set(hash, sameTextId ?? id);
    }
    await writeFresh();
    return outcomes;
  }

  private async find(tx: ManagedTransaction, graphs: ArticleGraph[]): Promise<FoundArticle[]> {
    const articles = graphs.map((graph) => ({
      id: graph.article.id,
      contentHash: graph.article.contentHash,
      personIds: graph.people.map((person) => person.id),
      organizationIds: graph.organizations.map((organization) => organization.id),
    }));
    const result = await tx.run(this.findArticles, { articles });
    return result.records.map((record) => ({
      exists: record.get('exists') as boolean,
      sameTextId: (record.get('sameTextIds') as string[])[0] ?? null,
      linkedElementIds: [...new Set(record.get('linkedElementIds') as string[])],
      knownPeople: record.get('knownPeople') as string[],
      knownOrganizations: record.get('knownOrganizations') as string[],
    }));
  }

  private async writeOne(
    tx: ManagedTransaction,
    graph: ArticleGraph,
    found: FoundArticle,
    written: WrittenIds,
  ): Promise<IngestOutcome> {
    const id = graph.article.id;
    if (!found.exists) return (await this.writeNew(tx, [graph], [found], written))[0];
    const { counters } = await this.runSteps(tx, { ...batchParameters([graph]), ...reIngestParameters(graph, found.linkedElementIds) }, true);
    noteWritten(written, [graph]);
    const changed = counters.nodesCreated + counters.nodesDeleted + counters.relationshipsCreated + counters.relationshipsDeleted > 0;
    return { articleId: id, status: changed ? 'updated' : 'unchanged', ...counters };
  }

  /**
   * Writes new articles together. Neo4j counts what the transaction's statements did, not what each article did, so
   * each article's share is worked out (creationsOfNewArticles, plus the derived edges the statements return) and
   * must add up to Neo4j's counters.
   */
  private async writeNew(
    tx: ManagedTransaction,
    graphs: ArticleGraph[],
    found: FoundArticle[],
    written: WrittenIds,
  ): Promise<IngestOutcome[]> {
    const { counters, derivedEdges } = await this.runSteps(tx, batchParameters(graphs), false);
    const created = (graph: ArticleGraph, share: Counters): IngestOutcome => ({ articleId: graph.article.id, status: 'created', ...share });
    if (graphs.length === 1) {
      noteWritten(written, graphs);
      return [created(graphs[0], counters)];
    }
    const shares = creationsOfNewArticles(
      graphs,
      [...written.people, ...found.flatMap((article) => article.knownPeople)],
      [...written.organizations, ...found.flatMap((article) => article.knownOrganizations)],
    );
    noteWritten(written, graphs);
    // A derived edge counts for the last of these articles it links: the first one at whose ingest both ends exist.
    const order = new Map(graphs.map((graph, index) => [graph.article.id, index]));
    for (const articleIds of derivedEdges) shares[Math.max(...articleIds.map((articleId) => order.get(articleId) ?? -1))].relationships += 1;
    const expected = shares.reduce((sum, share) => ({ nodes: sum.nodes + share.nodes, relationships: sum.relationships + share.relationships }), { nodes: 0, relationships: 0 });
    if (
      expected.nodes !== counters.nodesCreated ||
      expected.relationships !== counters.relationshipsCreated ||
      counters.nodesDeleted + counters.relationshipsDeleted > 0
    ) {
      throw new CreationCountMismatch(
        `${graphs.length} new articles were expected to create ${expected.nodes} nodes and ${expected.relationships} relationships; ` +
          `Neo4j counted ${counters.nodesCreated} and ${counters.relationshipsCreated} (deleted ${counters.nodesDeleted} and ${counters.relationshipsDeleted})`,
      );
    }
    return graphs.map((graph, index) =>
      created(graph, { nodesCreated: shares[index].nodes, nodesDeleted: 0, relationshipsCreated: shares[index].relationships, relationshipsDeleted: 0 }),
    );
  }

  /**
   * Runs the ingest statements with these parameters, re-ingest ones only when asked, and adds up Neo4j's counters;
   * `derivedEdges`: for each derived edge a statement wrote, the ids of the articles it links.
   */
  private async runSteps(
    tx: ManagedTransaction,
    params: Record<string, unknown>,
    reIngest: boolean,
  ): Promise<{ counters: Counters; derivedEdges: string[][] }> {
    // Steps that can do nothing are not sent: each costs Neo4j about half a millisecond even then.
    const steps = this.ingestSteps.filter(
      (step) => (reIngest || !step.reIngestOnly) && !(step.unwound !== undefined && (params[step.unwound] as unknown[]).length === 0),
    );
    // Sent all at once (pipelined): Neo4j still runs them in order in this transaction, and a round trip per step cost more than the steps.
    const results = await Promise.all(
      steps.map((step) => tx.run(step.cypher, Object.fromEntries(step.names.map((name) => [name, params[name]])))),
    );
    const counters: Counters = { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 };
    const derivedEdges: string[][] = [];
    for (const { summary, records } of results) {
      const updates = summary.counters.updates();
      counters.nodesCreated += updates.nodesCreated;
      counters.nodesDeleted += updates.nodesDeleted;
      counters.relationshipsCreated += updates.relationshipsCreated;
      counters.relationshipsDeleted += updates.relationshipsDeleted;
      for (const record of records) derivedEdges.push(record.get('articleIds') as string[]);
    }
    return { counters, derivedEdges };
  }
}

function noteWritten(written: WrittenIds, graphs: ArticleGraph[]): void {
  for (const graph of graphs) {
    for (const person of graph.people) written.people.add(person.id);
    for (const organization of graph.organizations) written.organizations.add(organization.id);
  }
}
