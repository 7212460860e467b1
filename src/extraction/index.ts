import { articleMetadata } from './metadata';
import { ArticleMetadata, ExtractedDocument } from './model';

export * from './model';

export interface ExtractOptions {
  /** Document id; the caller decides (file name, or a content hash). */
  id: string;
  /** Metadata the caller already knows; it wins over what the text's header says. */
  metadata?: Partial<ArticleMetadata>;
}

/**
 * Reads one article's plain text and returns its people, organizations and attributed statements.
 * Pure and synchronous: no I/O, safe to call from a CLI, a worker, a test or the service.
 * (Placeholder until the extraction pipeline lands: returns the metadata only.)
 */
export function extractArticle(text: string, options: ExtractOptions): ExtractedDocument {
  return {
    id: options.id,
    ...articleMetadata(text, options.metadata),
    people: [],
    organizations: [],
    statements: [],
  };
}
