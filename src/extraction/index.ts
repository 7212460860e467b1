import { analyse, Analysis, hasAny, isCapitalised, isDemonym, isEverydayWord, isPluralWord, joinsByHyphen, Token, wordKind } from './analysis';
import { organizationId, personId, statementId } from './ids';
import { CONTENT_ACTS, CUE_ACT, FURNITURE, participleOf, PHOTO_CREDIT, TITLES } from './lexicon';
import { mergeMetadata, parseArticleHeader } from './metadata';
import { Act, ArticleMetadata, ExtractedDocument, Organization, Person, Span, Statement } from './model';
import { findOrganizations, nameAbbreviations, OrganizationMention, organizationOver, typeCompanies } from './organizations';
import { clusterPeople, findNameMentions, findUntaggedNames, fullNameWords, makeMention, NameMention, PersonCluster, withoutThingNames } from './people';
import { findQuotes } from './quotes';
import { Speaker, SpeakerResolver } from './speakers';
import { Attribution, AttributionFinder, TokenRange } from './statements';

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
 */
export function extractArticle(text: string, options: ExtractOptions): ExtractedDocument {
  const input = typeof text === 'string' ? text : '';
  const header = parseArticleHeader(input);
  const metadata = mergeMetadata(header.metadata, options.metadata);
  const found = extractAttributions(input, header.bodyStart, metadata.title, options.id);
  const people = [...found.people];
  for (const author of metadata.authors) {
    if (!people.some((person) => person.name === author)) people.push({ id: personId(author), name: author, aliases: [] });
  }
  return {
    id: options.id,
    ...metadata,
    people,
    organizations: found.organizations,
    statements: found.statements,
  };
}

interface Found {
  people: Person[];
  organizations: Organization[];
  statements: Statement[];
}

const TWEET_PLATFORM = 'Twitter';
const VIA_WORDS = new Set(['to', 'told', 'telling', 'tells', 'tell', 'with', 'on', 'in', 'for', 'via', 'from', 'through']);
const ABOUT_ACTS = new Set<Act>(['ACCUSED', 'CRITICIZED', 'DEFENDED', 'PRAISED', 'APOLOGIZED', 'DENIED']);

function extractAttributions(text: string, bodyStart: number, title: string | null, documentId: string): Found {
  const analysis = analyse(text);
  const { tokens } = analysis;
  const skipped = skippedSentences(analysis, bodyStart, title);
  const organizations = findOrganizations(analysis);
  const blocked = new Uint8Array(tokens.length);
  for (const org of organizations) for (let k = org.first; k < org.last; k++) blocked[k] = 1;
  for (const sentence of analysis.sentences) {
    if (skipped.has(sentence.index)) for (let k = sentence.first; k < sentence.last; k++) blocked[k] = 1;
  }
  const mentions = findNameMentions(analysis, blocked);
  const quotes = findQuotes(text);
  const outlets = new Uint8Array(tokens.length);
  for (const org of organizations) {
    if (org.type === 'outlet' || org.type === 'platform') for (let k = org.first; k < org.last; k++) outlets[k] = 1;
  }
  const finder = new AttributionFinder(analysis, quotes, skipped, outlets);
  const attributions = finder.find();
  addSpeakerNames(analysis, attributions, mentions, organizations, blocked);
  nameAbbreviations(analysis, organizations);
  mentions.push(...findUntaggedNames(analysis, mentions, blocked));
  addNameParts(analysis, mentions, blocked);
  const personMentions = withoutThingNames(analysis, withoutBodyNames(analysis, mentions, organizations), organizations);
  addBodyRepeats(analysis, organizations, personMentions);
  typeCompanies(analysis, organizations);
  const clusters = clusterPeople(analysis, personMentions);
  const resolver = new SpeakerResolver({ analysis, mentions: personMentions, clusters, organizations, quoted: finder.quoted });

  const implicitPlatforms: OrganizationMention[] = [];
  const statements: Statement[] = [];
  const byAttribution = new Map<Attribution, Statement>();
  for (const attribution of attributions) {
    const head = attribution.head ? byAttribution.get(attribution.head) : undefined;
    const speaker: Speaker = attribution.head ? { kind: 'unknown', mention: null } : resolver.resolve(attribution.source, attribution);
    const speakerName = head ? head.speaker : speakerNameOf(speaker, clusters);
    const act = actOf(analysis, attribution, head);
    const content = text.slice(attribution.start, attribution.end);
    const statement: Statement = {
      id: statementId(documentId, attribution.start, attribution.end, act),
      speaker: speakerName,
      act,
      text: content,
      direct: attribution.direct,
      start: attribution.start,
      end: attribution.end,
      speakerMention: head ? head.speakerMention : mentionSpan(analysis, speaker, personMentions),
      cue: spanOf(analysis, finder.cuePhrase(attribution)) ?? labelColon(analysis, attribution),
      via: head ? head.via : viaOf(analysis, attribution, organizations, implicitPlatforms),
      about: [],
      sentence: sentenceText(analysis, attribution),
      group: '',
      source: head ? head.source : spanOf(analysis, attribution.source),
    };
    statement.group = head ? head.group : statement.id;
    statement.about = aboutOf(analysis, attribution, personMentions, clusters, statement);
    byAttribution.set(attribution, statement);
    statements.push(statement);
  }

  return {
    people: clusters.map((cluster) => personOf(cluster)),
    organizations: uniqueOrganizations([...organizations, ...implicitPlatforms]),
    statements,
  };
}

function skippedSentences(analysis: Analysis, bodyStart: number, title: string | null): Set<number> {
  const skipped = new Set<number>();
  const { text } = analysis;
  const titleAt = title ? text.indexOf(title) : -1;
  for (const sentence of analysis.sentences) {
    const paragraphStart = analysis.paragraphStarts[sentence.paragraph];
    const paragraphEnd = analysis.paragraphStarts[sentence.paragraph + 1] ?? text.length;
    const paragraph = text.slice(paragraphStart, Math.min(paragraphEnd, paragraphStart + 300)).trim();
    const inTitle = titleAt >= 0 && sentence.start >= titleAt && sentence.start < titleAt + (title?.length ?? 0);
    if ((sentence.start < bodyStart && !inTitle) || FURNITURE.test(paragraph) || PHOTO_CREDIT.test(paragraph)) {
      skipped.add(sentence.index);
    }
  }
  return skipped;
}

/**
 * "oil giant Yukos … Yukos claims …": a name the article gives a body anywhere is that body's everywhere, not a
 * person's; its mentions become the body's, so a cue after one still finds who spoke.
 */
function withoutBodyNames(analysis: Analysis, mentions: NameMention[], organizations: OrganizationMention[]): NameMention[] {
  const bodies = new Map(organizations.map((organization) => [organization.name, organization.type]));
  // A person's surname or first name the article gives in full ("DJ Norman Cook … Cook said") stays theirs.
  const inFullNames = fullNameWords(mentions);
  return mentions.filter((mention) => {
    const type = mention.words.length === 1 && inFullNames.has(mention.words[0].toLowerCase()) ? undefined : bodies.get(mention.words.join(' '));
    if (type !== undefined) organizations.push(organizationOver(analysis, mention.first, mention.last, type));
    return type === undefined;
  });
}

/**
 * "a spokesman for Ofcom said … The Ofcom spokesman said": a name found to be a body once (by its context, or as the
 * head of a source) is that body wherever the article writes it again, so a description built on it finds the body.
 * A single everyday word ("Orange", "Today") is left where no finder put it: it may be just the word.
 */
function addBodyRepeats(analysis: Analysis, organizations: OrganizationMention[], people: NameMention[]): void {
  const { tokens } = analysis;
  const covered = new Uint8Array(tokens.length);
  for (const mention of [...organizations, ...people]) covered.fill(1, mention.first, mention.last);
  const wordsOf = (run: Token[]): string[] => run.map((token) => token.text.replace(/['’]s?$/, ''));
  const bodies = new Map<string, OrganizationMention>();
  for (const organization of organizations) {
    const words = wordsOf(tokens.slice(organization.first, organization.last));
    if (words.length === 1 && wordKind(words[0].toLowerCase()) === 'common word') continue;
    if (words.every((word) => /^[A-Z]/.test(word))) bodies.set(words.join(' '), organization);
  }
  if (bodies.size === 0) return;
  const longest = Math.max(...[...bodies.keys()].map((name) => name.split(' ').length));
  for (let k = 0; k < tokens.length; k++) {
    if (covered[k] || !isCapitalised(tokens[k])) continue;
    for (let length = Math.min(longest, tokens.length - k); length >= 1; length--) {
      const run = tokens.slice(k, k + length);
      if (run.some((token, i) => covered[k + i] || token.sentence !== tokens[k].sentence || (i < length - 1 && token.post))) continue;
      // The whole capitalised run, not a piece of a longer name ("Dayton" inside "Dayton Herald Tribune").
      const next = tokens[k + length];
      if (next && next.sentence === tokens[k].sentence && !run[length - 1].post && isCapitalised(next)) continue;
      const body = bodies.get(wordsOf(run).join(' '));
      if (!body) continue;
      // The body's own name: "the IMF" again is the International Monetary Fund its first mention named.
      organizations.push({ ...organizationOver(analysis, k, k + length, body.type), name: body.name });
      covered.fill(1, k, k + length);
      k += length - 1;
      break;
    }
  }
}

/** A capitalised source head that no tagger called a person ("Lopez added") is a person too; after "the", a body. */
function addSpeakerNames(
  analysis: Analysis,
  attributions: Attribution[],
  mentions: NameMention[],
  organizations: OrganizationMention[],
  blocked: Uint8Array,
): void {
  const { tokens } = analysis;
  let capitalisedInside: Set<string> | undefined;
  for (const attribution of attributions) {
    const source = attribution.source;
    if (!source || attribution.head) continue;
    let last = source.first;
    // "Gov. Tom Hill (R-Ohio) said": a title's period does not end the name, nor does a hyphen inside it
    // ("Kilroy-Silk"); a parenthesis does ("the London Stock Exchange (LSE)" ends before its abbreviation).
    const abbreviated = (token: Token): boolean => token.post === '.' && (hasAny(token, ['Abbreviation', 'Honorific']) || TITLES.has(token.lower));
    const innerHyphen = (k: number): boolean => k + 1 < source.last && joinsByHyphen(tokens, k) && isCapitalised(tokens[k + 1]);
    while (last < source.last && (!tokens[last].post || abbreviated(tokens[last]) || innerHyphen(last)) && !tokens[last + 1]?.pre.includes('(')) last++;
    last = Math.min(source.last, last + 1);
    const overlaps = (first: number, end: number): boolean => first < last && end > source.first;
    if (mentions.some((mention) => overlaps(mention.first, mention.last))) continue;
    if (organizations.some((org) => overlaps(org.first, org.last))) continue;
    let first = last;
    while (first - 1 >= source.first && isCapitalised(tokens[first - 1]) && !blocked[first - 1] && !tokens[first - 1].tags.has('Pronoun')) first--;
    if (first === last || first > source.first + 3) continue;
    // "Pier 9 Traders said", "Channel 8 News reported": a name with a number inside is a firm's or a show's, no person's.
    const number = tokens[first - 1];
    if (first > source.first && number.tags.has('Value') && !number.post) {
      let start = first - 1;
      const inName = (token: Token) => isCapitalised(token) && !token.post && !hasAny(token, ['Value', 'Determiner', 'Adverb', 'Adjective']);
      while (start - 1 >= source.first && inName(tokens[start - 1]) && !blocked[start - 1]) start--;
      // "Some 32 Labour MPs said": a count of people before a plural is no name, nor is "One Republican said"; digits may
      // open one ("90 Cent said").
      const named = start < first - 1 || /^\d+$/.test(number.text);
      if (named && !isPluralWord(tokens[last - 1])) organizations.push(organizationOver(analysis, start, last));
      continue;
    }
    // "The London-based group", "Chart-topping band X": a word joined by a hyphen to a lower-case participle, adjective or
    // (when alone) noun describes the source and names no one; "Lee Ji-ho" stays a name.
    const next = tokens[last];
    const joined = last < source.last && joinsByHyphen(tokens, last - 1) && !isCapitalised(next);
    const words = tokens.slice(first, last).filter((token) => !token.tags.has('Determiner')).length;
    if (joined && (hasAny(next, ['Verb', 'Adjective']) || words === 1)) continue;
    // "The German-US carmaker", "The Japanese firm": a people's adjective describes the source.
    if (tokens.slice(first, last).every((token) => isDemonym(token) || token.tags.has('Determiner'))) continue;
    // "Others claim", "United agreed": a common word capitalised only because it opens the sentence names no one,
    // unless the article capitalises it elsewhere too ("Apple said" after "shares in Apple"), when it names a body.
    const opening = first === analysis.sentences[tokens[first].sentence].first;
    if (opening && last - first === 1 && !hasAny(tokens[first], ['Person', 'ProperNoun']) && isEverydayWord(tokens[first].lower)) {
      capitalisedInside ??= capitalisedInsideSentences(analysis);
      if (capitalisedInside.has(tokens[first].text)) organizations.push(organizationOver(analysis, first, last));
      continue;
    }
    // "the Treasury said", "The Fed announced": people take no article, so a name after "the" is a body, unless it is
    // an office ("the Lord Chancellor Lord Lee", "the Prime Minister").
    const nameFirst = tokens[first].lower === 'the' ? first + 1 : first;
    const head = tokens[last - 1];
    const titled = (head.tags.has('Actor') && !isPluralWord(head) && !/^[A-Z]{2,}$/.test(head.text)) ||
      tokens.slice(nameFirst, last).some((token) => hasAny(token, ['Honorific', 'Person']) || (TITLES.has(token.lower.replace(/\.$/, '')) && !hasAny(token, ['Place', 'Country'])));
    if ((nameFirst > first || tokens[first - 1]?.lower === 'the') && !titled) {
      if (nameFirst < last && !isPluralWord(tokens[last - 1])) organizations.push(organizationOver(analysis, nameFirst, last));
      continue;
    }
    const mention = makeMention(analysis, first, last);
    if (!mention || tokens[first].tags.has('Organization')) continue;
    // "the chairman of Dayton Watch, Sir Ann Lee, said", "analysts at Kelvaro Securities said": a name no
    // tagger knows after a preposition inside the source is the body the role belongs to.
    if (!titled && first > source.first && tokens[first - 1].tags.has('Preposition')) {
      organizations.push(organizationOver(analysis, mention.first, mention.last));
      continue;
    }
    // "Age Concern says", "Strategy Analytics said": a name no tagger knows, made only of common words and countries
    // ("age", not "Hope"; "Guy Mansfield" keeps its surname), is a body's.
    if (!titled && mention.last - mention.first >= 2 &&
      tokens.slice(mention.first, mention.last).every((token) => isEverydayWord(token.lower) || token.tags.has('Country'))) {
      organizations.push(organizationOver(analysis, mention.first, mention.last));
      continue;
    }
    mentions.push(mention);
  }
}

/** Words the article capitalises on their own ("shares in Apple", not "Alicia Keys") where no sentence starts, headlines aside. */
function capitalisedInsideSentences(analysis: Analysis): Set<string> {
  const { tokens } = analysis;
  const words = new Set<string>();
  for (const sentence of analysis.sentences) {
    if (sentence.titleCase) continue;
    for (let k = sentence.first + 1; k < sentence.last; k++) {
      if (isCapitalised(tokens[k]) && !isCapitalised(tokens[k - 1]) && !(k + 1 < sentence.last && isCapitalised(tokens[k + 1]))) words.add(tokens[k].text);
    }
  }
  return words;
}

/** Lone surnames and first names of people named in full, where the tagger missed them. */
function addNameParts(analysis: Analysis, mentions: NameMention[], blocked: Uint8Array): void {
  const parts = new Set<string>();
  const covered = new Uint8Array(analysis.tokens.length);
  for (const mention of mentions) {
    for (let k = mention.first; k < mention.last; k++) covered[k] = 1;
    if (mention.words.length >= 2) for (const word of mention.words) parts.add(word);
  }
  const { tokens } = analysis;
  const isPart = (index: number): boolean =>
    !covered[index] && !blocked[index] && isCapitalised(tokens[index]) && parts.has(tokens[index].text.replace(/['’]s?$/, '')) &&
    !tokens[index].tags.has('Pronoun') && !tokens[index].tags.has('Determiner');
  for (let index = 0; index < tokens.length; index++) {
    if (!isPart(index)) continue;
    let last = index + 1;
    while (last < tokens.length && !tokens[last - 1].post && tokens[last].sentence === tokens[index].sentence && isPart(last)) last++;
    const mention = makeMention(analysis, index, last);
    if (mention) mentions.push(mention);
    index = last - 1;
  }
}

function speakerNameOf(speaker: Speaker, clusters: PersonCluster[]): string | null {
  if (speaker.kind === 'person') return clusters[speaker.person].words.join(' ');
  if (speaker.kind === 'organization') return speaker.organization.name;
  return null;
}

function mentionSpan(analysis: Analysis, speaker: Speaker, mentions: NameMention[]): Span | null {
  if (!speaker.mention) return null;
  if (speaker.kind === 'person') {
    const mention = mentions.find((candidate) => candidate.first === speaker.mention?.first && candidate.last === speaker.mention?.last);
    if (mention) return { text: analysis.text.slice(mention.start, mention.end), start: mention.start, end: mention.end };
  }
  return spanOf(analysis, speaker.mention);
}

function spanOf(analysis: Analysis, range: TokenRange | null): Span | null {
  if (!range || range.last <= range.first) return null;
  const start = analysis.tokens[range.first].start;
  let end = analysis.tokens[range.last - 1].end;
  // "We’ve said", "I’d argued": the tagger's empty helper stands for the contraction, which is no part of the pronoun
  // (PolNeAR train marks a pronoun before its contraction as the source 144 times, with the contraction 7).
  const helper = analysis.tokens[range.last];
  const apostrophe = analysis.tokens[range.last - 1].text.search(/['’][a-z]+$/i);
  if (helper?.text === '' && apostrophe > 0) end = analysis.tokens[range.last - 1].start + apostrophe;
  // "Sen. Ann Lee (R-Ohio": a parenthesis opened inside the span closes inside it too.
  if (analysis.text[end] === ')' && analysis.text.lastIndexOf('(', end) >= start && analysis.text.lastIndexOf(')', end - 1) < analysis.text.lastIndexOf('(', end)) end++;
  return { text: analysis.text.slice(start, end), start, end };
}

/**
 * "Ann Lee: “…”", "Tom Hill: Taxes Must Rise": with no cue word, the colon right after the source is the cue;
 * "Ann Lee on Taxes: …": or the colon that ends the label the source opens.
 */
function labelColon(analysis: Analysis, attribution: Attribution): Span | null {
  if (attribution.cue || attribution.head || !attribution.source) return null;
  const last = analysis.tokens[attribution.source.last - 1];
  const start = analysis.text.lastIndexOf(':', attribution.start);
  if (start < last.end || (!last.post.startsWith(':') && analysis.text.slice(last.end, start).includes('\n'))) return null;
  return { text: ':', start, end: start + 1 };
}

function actOf(analysis: Analysis, attribution: Attribution, head: Statement | undefined): Act {
  // "continued to insist": the act is the first word of the cue that names one.
  const cueWords = attribution.cue ? analysis.tokens.slice(attribution.cue.first, attribution.cue.last).map((token) => token.lower) : [];
  // "…, mocking the plan": an unlisted "-ing" form has its listed verb's act.
  let act: Act = cueWords.map((word) => CUE_ACT.get(word) ?? CUE_ACT.get(participleOf(word, CUE_ACT) ?? '')).find((cueAct) => cueAct !== undefined) ?? 'SAID';
  if (head && head.act !== 'SAID' && !attribution.direct) act = head.act;
  if (act === 'SAID') {
    const content = analysis.text.slice(attribution.start, attribution.end);
    for (const [pattern, contentAct, reportedToo] of CONTENT_ACTS) {
      if ((attribution.direct || reportedToo) && pattern.test(content)) {
        act = contentAct;
        break;
      }
    }
  }
  return act;
}

/** Outlets and platforms the statement was made to, in or through, from its sentence outside the content. */
function viaOf(
  analysis: Analysis,
  attribution: Attribution,
  organizations: OrganizationMention[],
  implicitPlatforms: OrganizationMention[],
): string[] {
  const { tokens } = analysis;
  const [firstSentence, lastSentence] = sentenceRange(analysis, attribution);
  const via: string[] = [];
  for (const org of organizations) {
    if (org.type !== 'outlet' && org.type !== 'platform') continue;
    const sentence = tokens[org.first].sentence;
    if (sentence < firstSentence || sentence > lastSentence) continue;
    if (org.start < attribution.end && org.end > attribution.start) continue;
    let introduced = false;
    for (let k = org.first - 1; k >= Math.max(0, org.first - 4) && tokens[k].sentence === sentence; k--) {
      if (VIA_WORDS.has(tokens[k].lower)) introduced = true;
      if (introduced || tokens[k].post) break;
    }
    const reporter = org.last < tokens.length && /^report/.test(tokens[org.last].lower);
    const isSource = attribution.source !== null && org.first >= attribution.source.first && org.last <= attribution.source.last;
    if ((introduced || reporter) && !isSource && !via.includes(org.name)) via.push(org.name);
  }
  // "… she tweeted": the cue names the platform.
  if (via.length === 0 && attribution.cue && /^tweet/.test(tokens[attribution.cue.first].lower)) {
    const cue = tokens[attribution.cue.first];
    implicitPlatforms.push({ name: TWEET_PLATFORM, type: 'platform', start: cue.start, end: cue.end, first: attribution.cue.first, last: attribution.cue.last });
    via.push(TWEET_PLATFORM);
  }
  return via;
}

function aboutOf(analysis: Analysis, attribution: Attribution, mentions: NameMention[], clusters: PersonCluster[], statement: Statement): string[] {
  const about = new Set<string>();
  const names = (person: number): string => clusters[person].words.join(' ');
  for (const mention of mentions) {
    if (mention.start >= attribution.start && mention.end <= attribution.end) about.add(names(mention.person));
  }
  if (attribution.cue && ABOUT_ACTS.has(statement.act)) {
    const cueEnd = attribution.cue.last;
    const object = mentions.find((mention) => mention.first >= cueEnd && mention.first <= cueEnd + 4 && analysis.tokens[mention.first].sentence === analysis.tokens[cueEnd - 1].sentence);
    if (object) about.add(names(object.person));
  }
  if (statement.speaker) about.delete(statement.speaker);
  return [...about];
}

function sentenceRange(analysis: Analysis, attribution: Attribution): [number, number] {
  const { tokens } = analysis;
  const indexes: number[] = [];
  const at = (offset: number): number => {
    let low = 0;
    let high = analysis.sentences.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (analysis.sentences[middle].start <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  if (analysis.sentences.length === 0) return [0, -1];
  indexes.push(at(attribution.start), at(Math.max(attribution.start, attribution.end - 1)));
  if (attribution.cue) indexes.push(tokens[attribution.cue.first].sentence);
  if (attribution.source) indexes.push(tokens[attribution.source.first].sentence);
  return [Math.min(...indexes), Math.max(...indexes)];
}

function sentenceText(analysis: Analysis, attribution: Attribution): string {
  const [first, last] = sentenceRange(analysis, attribution);
  if (last < first) return analysis.text.slice(attribution.start, attribution.end);
  return analysis.text.slice(Math.min(analysis.sentences[first].start, attribution.start), Math.max(analysis.sentences[last].end, attribution.end));
}

function personOf(cluster: PersonCluster): Person {
  const name = cluster.words.join(' ');
  return { id: personId(name), name, aliases: [...cluster.variants].filter((variant) => variant !== name) };
}

function uniqueOrganizations(mentions: OrganizationMention[]): Organization[] {
  const byName = new Map<string, Organization>();
  for (const mention of mentions) {
    if (!byName.has(mention.name)) byName.set(mention.name, { id: organizationId(mention.name), name: mention.name, type: mention.type });
  }
  return [...byName.values()];
}
