/**
 * The extraction's output: plain data, the shape of CONTRACTS.md §1.
 * Everything downstream (CLI, graph ingestion, HTTP) consumes these types.
 */

/** What a speaker did with a statement; the graph uses it as the relationship type. */
export const ACTS = [
  'SAID',
  'DENIED',
  'APOLOGIZED',
  'ACCUSED',
  'DEFENDED',
  'CLAIMED',
  'CONFIRMED',
  'ADMITTED',
  'CRITICIZED',
  'PRAISED',
  'WARNED',
  'PROMISED',
  'ASKED',
  'BELIEVED',
] as const;
export type Act = (typeof ACTS)[number];

export const ORGANIZATION_TYPES = ['outlet', 'platform', 'company', 'other'] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

/** A piece of the input text, by JS string offsets: text === input.slice(start, end). */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface Person {
  /** Stable within and across documents: derived from the canonical name. */
  id: string;
  name: string;
  aliases: string[];
}

export interface Organization {
  id: string;
  name: string;
  type: OrganizationType;
}

export interface Statement {
  id: string;
  /** Canonical name of the person or organization who made it; null when unknown. */
  speaker: string | null;
  act: Act;
  /** The content: input.slice(start, end) === text. */
  text: string;
  /** Verbatim quote (true) or reported speech (false). */
  direct: boolean;
  start: number;
  end: number;
  /** The mention the cue attaches to, as written (a pronoun stays a pronoun). */
  speakerMention: Span | null;
  cue: Span | null;
  /** Outlets or platforms it was said to, in, or reported by (canonical names). */
  via: string[];
  /** Canonical names of the people it is about. */
  about: string[];
  /** The sentence (or sentences) it stands in. */
  sentence: string;
  /**
   * Statements with the same group form one attribution: a quote split around its cue or continued in the
   * next sentences. The group is the id of its first statement.
   */
  group: string;
  /** The whole source phrase (the speaker mention with its titles and appositives), as written. */
  source: Span | null;
}

export interface ArticleMetadata {
  title: string | null;
  url: string | null;
  outlet: string | null;
  authors: string[];
  /** ISO date (YYYY-MM-DD) when known. */
  publishedAt: string | null;
}

export interface ExtractedDocument extends ArticleMetadata {
  /** The file name without its extension, or a content hash for posted text. */
  id: string;
  people: Person[];
  organizations: Organization[];
  statements: Statement[];
}

export interface ExtractionResult {
  documents: ExtractedDocument[];
}
