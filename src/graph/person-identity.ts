/**
 * How a person's name becomes a graph node id, and so when two mentions are one node.
 *
 * Rule (docs/graph-model.md, "Who is one person"):
 * - A full name (two or more tokens after normalisation) is global: the same normalised full name
 *   in any article is the same `Person` node ("Jane Doe" everywhere is one node).
 * - A bare single-token name ("Doe", "Mary") is scoped to its article: it never merges
 *   across articles, because a surname alone may belong to several people.
 * - Different full names are never merged ("Mary Ann Doe" stays apart from "Jane Doe").
 */

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'rev']);

/** Lower-case tokens without accents, punctuation or possessive endings. */
function slugTokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0);
}

/** A person's name tokens, leading honorifics dropped ("Dr. Jane Doe" is "Jane Doe"). */
export function nameTokens(name: string): string[] {
  const tokens = slugTokens(name);
  while (tokens.length > 1 && HONORIFICS.has(tokens[0])) tokens.shift();
  return tokens;
}

/** The key two names must share to be one person; empty when the name has no letters or digits. */
export function personKey(name: string): string {
  return nameTokens(name).join('-');
}

export function isFullName(name: string): boolean {
  return nameTokens(name).length >= 2;
}

/** Graph id of a person named `name` in article `articleId`; null when the name is empty. */
export function graphPersonId(name: string, articleId: string): string | null {
  const key = personKey(name);
  if (key === '') return null;
  return isFullName(name) ? key : `${articleId}/${key}`;
}

/** Slug id for an organization: the same normalised name, leading "The" dropped, is one organization. */
export function organizationId(name: string): string | null {
  const tokens = slugTokens(name);
  if (tokens.length > 1 && tokens[0] === 'the') tokens.shift();
  return tokens.length === 0 ? null : tokens.join('-');
}
