/**
 * BRAT standoff (.ann) reading for attribution corpora such as PolNeAR.
 * Pure: the caller reads the files.
 */

/** A contiguous piece of text, by JS string offsets [start, end). */
export interface Fragment {
  start: number;
  end: number;
}

/** A possibly discontinuous span: BRAT writes `a b;c d`. */
export type SpanSet = Fragment[];

export interface TextBound {
  id: string;
  label: string;
  fragments: SpanSet;
  text: string;
}

export interface BratEvent {
  id: string;
  /** Role name to text-bound ids, e.g. `Content` → [T3], `Content2` folded into `Content`. */
  roles: Map<string, string[]>;
}

export interface BratDocument {
  textBounds: Map<string, TextBound>;
  events: BratEvent[];
}

/** One annotated attribution: its content, and its source and cue when the annotator marked them. */
export interface GoldAttribution {
  id: string;
  content: SpanSet;
  source: SpanSet | null;
  cue: SpanSet | null;
}

const TEXT_BOUND = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t?(.*)$/;
const EVENT = /^(E\d+)\t(.*)$/;

/** Parses .ann text; lines it does not know (notes, relations, wrapped span text) are ignored. */
export function parseBrat(ann: string): BratDocument {
  const textBounds = new Map<string, TextBound>();
  const events: BratEvent[] = [];
  for (const line of ann.split(/\r?\n/)) {
    const textBound = TEXT_BOUND.exec(line);
    if (textBound) {
      const [, id, label, offsets, text] = textBound;
      const fragments = offsets.split(';').map((pair) => {
        const [start, end] = pair.split(' ').map(Number);
        return { start, end };
      });
      textBounds.set(id, { id, label, fragments, text });
      continue;
    }
    const event = EVENT.exec(line);
    if (event) {
      const roles = new Map<string, string[]>();
      for (const argument of event[2].trim().split(/\s+/)) {
        const colon = argument.indexOf(':');
        if (colon <= 0) continue;
        // Numbered repeats of a role (Content2) belong to the same role.
        const role = argument.slice(0, colon).replace(/\d+$/, '');
        roles.set(role, [...(roles.get(role) ?? []), argument.slice(colon + 1)]);
      }
      events.push({ id: event[1], roles });
    }
  }
  return { textBounds, events };
}

/** The attributions of a parsed document: one per event that has a Content. */
export function goldAttributions(document: BratDocument): GoldAttribution[] {
  const spansOf = (event: BratEvent, role: string): SpanSet | null => {
    const fragments = (event.roles.get(role) ?? [])
      .flatMap((id) => document.textBounds.get(id)?.fragments ?? [])
      .sort((a, b) => a.start - b.start);
    return fragments.length > 0 ? fragments : null;
  };
  const attributions: GoldAttribution[] = [];
  for (const event of document.events) {
    const content = spansOf(event, 'Content');
    if (!content) continue;
    attributions.push({ id: event.id, content, source: spansOf(event, 'Source'), cue: spansOf(event, 'Cue') });
  }
  return attributions;
}

/**
 * BRAT counts offsets in Unicode code points; JS strings index UTF-16 units.
 * Returns a converter from the former to the latter for this text (identity when no astral characters).
 */
export function codePointToStringIndex(text: string): (codePoint: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (codePoint) => codePoint;
  const indexes: number[] = [];
  let index = 0;
  for (const character of text) {
    indexes.push(index);
    index += character.length;
  }
  indexes.push(index);
  return (codePoint) => indexes[Math.min(codePoint, indexes.length - 1)];
}

/** The gold attributions of one .ann file over its text, with offsets as JS string indices. */
export function readGoldAttributions(ann: string, text: string): GoldAttribution[] {
  const toIndex = codePointToStringIndex(text);
  const convert = (spans: SpanSet | null): SpanSet | null =>
    spans && spans.map(({ start, end }) => ({ start: toIndex(start), end: toIndex(end) }));
  return goldAttributions(parseBrat(ann)).map((attribution) => ({
    ...attribution,
    content: convert(attribution.content) as SpanSet,
    source: convert(attribution.source),
    cue: convert(attribution.cue),
  }));
}
