import { Injectable } from '@nestjs/common';
import { extractArticle } from '../../extraction';
import { validateArticleText } from '../../extraction/article-input';
import { ArticleMetadata, ExtractedDocument } from '../../extraction/model';
import { contentHash, toArticleGraph } from '../../graph/article-graph';
import { ArticleRepository, IngestOutcome } from '../../graph/article.repository';

export interface IngestedArticle {
  document: ExtractedDocument;
  outcome: IngestOutcome;
}

/** A text that is not an article the extraction can read; its message says why. */
export class RejectedArticleError extends Error {
  override readonly name = 'RejectedArticleError';
}

/** Text in, graph written: extraction, mapping to rows, one write transaction. Shared by POST /documents, `npm run ingest` and seeding. */
@Injectable()
export class IngestionService {
  /** Identical ingests under way; a copy arriving meanwhile shares the result instead of queueing on the article's locks. */
  private readonly inFlight = new Map<string, Promise<IngestedArticle>>();

  constructor(private readonly articles: ArticleRepository) {}

  /** `id` defaults to the text's sha256, so the same posted text is always the same article. */
  async ingestText(text: string, options: { id?: string; metadata?: Partial<ArticleMetadata> } = {}): Promise<IngestedArticle> {
    const problem = validateArticleText(text);
    if (problem !== null) throw new RejectedArticleError(`the text is not an article the service can read: ${problem}`);
    const hash = contentHash(text);
    const id = options.id ?? hash;
    const key = JSON.stringify([id, hash, options.metadata ?? {}]);
    const running = this.inFlight.get(key);
    if (running) return running;
    const work = this.extractAndWrite(text, id, hash, options.metadata).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, work);
    return work;
  }

  countArticles(): Promise<number> {
    return this.articles.countArticles();
  }

  private async extractAndWrite(text: string, id: string, hash: string, metadata?: Partial<ArticleMetadata>): Promise<IngestedArticle> {
    const document = extractArticle(text, { id, metadata });
    const outcome = await this.articles.ingest(toArticleGraph(document, hash));
    return { document: { ...document, id: outcome.articleId }, outcome };
  }
}
