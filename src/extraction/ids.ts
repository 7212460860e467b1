/** Stable identifiers: the same name gives the same id in every article. */

export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function personId(name: string): string {
  return slug(name) || `person-${stableHash(name)}`;
}

export function organizationId(name: string): string {
  return `org:${slug(name) || stableHash(name)}`;
}

/** cyrb53: a fast 53-bit string hash, rendered as 14 hex digits. */
export function stableHash(input: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

export function statementId(documentId: string, start: number, end: number, act: string): string {
  return `st:${stableHash(`${documentId}\u0000${start}\u0000${end}\u0000${act}`)}`;
}
