import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Environment } from '../../config/environment';
import { validateArticleText } from '../../extraction/article-input';
import { ExtractionPool } from '../../extraction/extraction-pool';
import { ArticleMetadata, ExtractedDocument } from '../../extraction/model';
import { contentHash, toArticleGraph } from '../../graph/article-graph';
import { ArticleRepository, IngestOutcome, MAX_ARTICLES_PER_TRANSACTION } from '../../graph/article.repository';

/** See IngestionService.bulkConcurrency; also the bench's default, before any service exists. */
export function bulkConcurrency(extractionWorkers: number): number {
  return Math.max(1, extractionWorkers) + 2 * MAX_ARTICLES_PER_TRANSACTION;
}

export interface IngestedArticle {
  document: ExtractedDocument;
  outcome: IngestOutcome;
}

/** A text that is not an article the extraction can read; its message says why. */
export class RejectedArticleError extends Error {
  override readonly name = 'RejectedArticleError';
}

/**
 * Text in, graph written: extraction (on the worker threads of an ExtractionPool), mapping to rows, one write
 * transaction (shared with the articles written at the same time). Used by POST /documents, `npm run ingest` and
 * seeding.
 */
@Injectable()
export class IngestionService implements OnModuleDestroy {
  /** Identical ingests under way; a copy arriving meanwhile shares the result instead of queueing on the article's locks. */
  private readonly inFlight = new Map<string, Promise<IngestedArticle>>();
  /** Per text hash, the last ingest of that text under way (settled, never rejecting). */
  private readonly sameTextIngests = new Map<string, Promise<void>>();
  private readonly extraction: ExtractionPool;

  constructor(
    private readonly articles: ArticleRepository,
    config: ConfigService<Environment, true>,
  ) {
    this.extraction = new ExtractionPool(config.get('EXTRACTION_WORKERS', { infer: true }));
  }

  /**
   * How many ingests a bulk loader should keep in flight: one per extraction worker, so that every worker is busy, a
   * transaction's worth being written, and a transaction's worth gathering meanwhile (with only one, the workers
   * would wait while each transaction is written).
   */
  get bulkConcurrency(): number {
    return bulkConcurrency(this.extraction.size);
  }

  async onModuleDestroy(): Promise<void> {
    await this.extraction.close();
  }

  /** `id` defaults to the text's sha256, so the same posted text is always the same article. */
  async ingestText(text: string, options: { id?: string; metadata?: Partial<ArticleMetadata> } = {}): Promise<IngestedArticle> {
    const problem = validateArticleText(text);
    if (problem !== null) throw new RejectedArticleError(`the text is not an article the service can read: ${problem}`);
    const hash = contentHash(text);
    const id = options.id ?? hash;
    const key = JSON.stringify([id, hash, options.metadata ?? {}]);
    const running = this.inFlight.get(key);
    if (running) return running;
    // The same text under another id waits for the ingest before it, so that it is recognised as a duplicate.
    const before = this.sameTextIngests.get(hash);
    const work = (before ?? Promise.resolve())
      .then(() => this.extractAndWrite(text, id, hash, options.metadata))
      .finally(() => this.inFlight.delete(key));
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.inFlight.set(key, work);
    this.sameTextIngests.set(hash, settled);
    void settled.then(() => {
      if (this.sameTextIngests.get(hash) === settled) this.sameTextIngests.delete(hash);
    });
    return work;
  }

  countArticles(): Promise<number> {
    return this.articles.countArticles();
  }

  private async extractAndWrite(text: string, id: string, hash: string, metadata?: Partial<ArticleMetadata>): Promise<IngestedArticle> {
    const document = await this.extraction.extract(text, { id, metadata });
    const outcome = await this.articles.ingest(toArticleGraph(document, hash));
    return { document: { ...document, id: outcome.articleId }, outcome };
  }
}
