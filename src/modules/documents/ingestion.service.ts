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
  constructor(private readonly articles: ArticleRepository) {}

  /** `id` defaults to the text's sha256, so the same posted text is always the same article. */
  async ingestText(text: string, options: { id?: string; metadata?: Partial<ArticleMetadata> } = {}): Promise<IngestedArticle> {
    const problem = validateArticleText(text);
    if (problem !== null) throw new RejectedArticleError(`the text is not an article the service can read: ${problem}`);
    const hash = contentHash(text);
    const id = options.id ?? hash;
    const document = extractArticle(text, { id, metadata: options.metadata });
    const outcome = await this.articles.ingest(toArticleGraph(document, hash));
    return { document: { ...document, id: outcome.articleId }, outcome };
  }

  countArticles(): Promise<number> {
    return this.articles.countArticles();
  }
}
