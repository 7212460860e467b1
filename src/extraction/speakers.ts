/**
 * Who a source phrase stands for: a named person, an organization, or — for pronouns and descriptions
 * ("she", "the 60-year-old", "the former model") — the person the article last spoke of in that way.
 */
import { Analysis, hasAny, isDemonym, isPluralWord, Token } from './analysis';
import { OrganizationMention } from './organizations';
import { BODY_SUFFIXES, COMPANY_SUFFIXES, GROUP_NOUNS, ORGANIZATION_NOUNS, PERSON_NOUNS, SPOKESPERSON_NOUNS } from './lexicon';
import { Gender, genderOfPronoun, NameMention, PersonCluster } from './people';
import { TokenRange } from './statements';

export type Speaker =
  | { kind: 'person'; person: number; mention: TokenRange }
  | { kind: 'organization'; organization: OrganizationMention; mention: TokenRange }
  | { kind: 'unknown'; mention: TokenRange | null };

/** Nouns whose possessor is the speaker: "part of his statement read", "Trump's tweet said". */
const STATEMENT_NOUNS = new Set(['statement', 'statements', 'post', 'tweet', 'tweets', 'letter', 'message', 'email',
  'e-mail', 'note', 'caption', 'essay', 'article', 'op-ed', 'interview', 'speech', 'remarks', 'book', 'memo',
  'release', 'account', 'words', 'website', 'campaign', 'office', 'spokesman', 'spokeswoman', 'spokesperson',
  'lawyer', 'attorney', 'representative', 'rep', 'publicist', 'team', 'camp', 'aide', 'aides', 'part', 'lawyers',
  'attorneys', 'representatives']);
/** Heads of descriptions of a body, never of a person ("the alliance", "the firm", "the party"), though tagged actors. */
const ORGANIZATION_HEADS = new Set([...ORGANIZATION_NOUNS.keys(), ...GROUP_NOUNS, ...[...COMPANY_SUFFIXES, ...BODY_SUFFIXES].map((word) => word.toLowerCase().replace(/\.$/, ''))]);
const NOT_HEAD_PREPOSITIONS = new Set(['for', 'of', 'to', 'with', 'at', 'from', 'by']);

export interface SpeakerContext {
  analysis: Analysis;
  mentions: NameMention[];
  clusters: PersonCluster[];
  organizations: OrganizationMention[];
  /** Per token: 1 inside a quote (names there are not the article's subjects). */
  quoted: Uint8Array;
}

export class SpeakerResolver {
  private readonly mentionsByStart: NameMention[];
  private previousSpeaker: { person: number; sentence: number } | null = null;
  private namedInContent = new Set<number>();

  constructor(private readonly context: SpeakerContext) {
    this.mentionsByStart = [...context.mentions].sort((a, b) => a.start - b.start);
  }

  /** Resolves in document order; remembers the last speaker for "he said" after a quote. */
  resolve(source: TokenRange | null, content: { start: number; end: number }): Speaker {
    if (!source) return { kind: 'unknown', mention: null };
    // People the content speaks of by name are not the one saying it ("He said Mr Blair had spoken …").
    this.namedInContent = new Set(
      this.context.mentions.filter((mention) => mention.start >= content.start && mention.end <= content.end).map((mention) => mention.person),
    );
    const speaker = this.resolveRange(source);
    if (speaker.kind === 'person') {
      this.previousSpeaker = { person: speaker.person, sentence: this.context.analysis.tokens[source.first].sentence };
    }
    return speaker;
  }

  private resolveRange(source: TokenRange): Speaker {
    const { tokens } = this.context.analysis;
    if (source.last - source.first === 1 && /^(who|which)$/.test(tokens[source.first].lower)) return this.antecedent(source);
    const head = this.headRange(source);
    const statementHead = STATEMENT_NOUNS.has(tokens[head.last - 1].lower);
    const names = this.context.mentions.filter((mention) => mention.first >= source.first && mention.last <= source.last);
    const ownNames = names.filter((mention) => !this.modifiesNoun(mention, source));
    const headNames = ownNames.filter((mention) => mention.first >= head.first && mention.last <= head.last);
    // An organization ends the head (or only its abbreviation follows), is followed only by who speaks for it ("a White
    // House spokesman"), or owns the statement ("the company's statement said").
    const owns = (org: OrganizationMention) => statementHead && this.endsPossessive(org.last);
    const organization = this.context.organizations.find(
      (org) =>
        org.first >= head.first &&
        org.last <= head.last &&
        (org.last === head.last || owns(org) || tokens[org.last].pre.includes('(') || (org.last === head.last - 1 && SPOKESPERSON_NOUNS.has(tokens[org.last].lower) && !tokens[org.last - 1].post)),
    );
    // A name in the head speaks before a body there, and so does a name in apposition right after it ("the party's
    // spokeswoman, Ann Lee"); a body heading the source speaks before a name further on ("Dayton Foods, which makes
    // Ann Lee's Pies, said").
    const apposed = ownNames.some((mention) => mention.first === head.last);
    const candidates = headNames.length > 0 || (organization && !apposed) ? headNames : ownNames.filter((mention) => !this.isModifier(mention, source));
    const named = candidates.find((mention) => !this.isPossessive(mention) || statementHead) ??
      (statementHead ? names.find((mention) => this.isPossessive(mention)) : undefined);
    if (named) return { kind: 'person', person: named.person, mention: { first: named.first, last: named.last } };
    if (organization) return { kind: 'organization', organization, mention: { first: organization.first, last: organization.last } };
    for (let k = head.first; k < head.last; k++) {
      const token = tokens[k];
      const gender = genderOfPronoun(token.lower);
      const personal = token.tags.has('Pronoun') && (gender !== null || token.lower === 'they' || token.lower === 'i' || token.lower === 'we');
      if (personal && (k === head.last - 1 || statementHead)) {
        const person = gender ? this.byPronoun(token, gender) : -1;
        return person >= 0 ? { kind: 'person', person, mention: { first: k, last: k + 1 } } : { kind: 'unknown', mention: { first: k, last: k + 1 } };
      }
    }
    const headToken = tokens[head.last - 1];
    let headStart = head.last - 1;
    while (headStart > head.first && tokens[headStart - 1].post === '-') headStart--;
    const headWord = tokens.slice(headStart, head.last).map((token) => token.lower).join('-').replace(/^ex-/, '');
    if (/^(the|this|that)$/i.test(tokens[head.first].text) || /-year-old$/.test(headWord)) {
      // "The alliance said" after "the Countryside Alliance": a body named before by that last word.
      const organization = this.byOrganizationNoun(headToken, headWord);
      if (organization) return { kind: 'organization', organization, mention: head };
      const person = ORGANIZATION_HEADS.has(headWord) ? -1 : this.byDescription(headToken, headWord);
      if (person >= 0) return { kind: 'person', person, mention: head };
    }
    return { kind: 'unknown', mention: head };
  }

  /** "Jeb Bush, who announced …": the speaker is the name before the comma. */
  private antecedent(source: TokenRange): Speaker {
    const mention = this.context.mentions.find((candidate) => candidate.last === source.first || candidate.last === source.first - 1);
    if (mention) return { kind: 'person', person: mention.person, mention: source };
    const organization = this.context.organizations.find((org) => org.last === source.first);
    if (organization) return { kind: 'organization', organization, mention: source };
    return { kind: 'unknown', mention: source };
  }

  /** The head noun phrase: the source up to its first comma (appositives and "who" clauses dropped). */
  private headRange(source: TokenRange): TokenRange {
    const { tokens } = this.context.analysis;
    let last = source.first;
    while (last < source.last) {
      last++;
      if (tokens[last - 1].post === ',' || tokens[last - 1].post === '—') break;
    }
    // "The Department of Health": a preposition inside a body's name ends no head.
    const inName = (k: number) => this.context.organizations.some((org) => org.first < k && org.last > k);
    for (let k = source.first + 1; k < last; k++) {
      if (NOT_HEAD_PREPOSITIONS.has(tokens[k].lower) && !STATEMENT_NOUNS.has(tokens[k - 1].lower) && !inName(k)) return { first: source.first, last: k };
    }
    return { first: source.first, last };
  }

  private isPossessive(mention: NameMention): boolean {
    return this.endsPossessive(mention.last);
  }

  /** The token before `last` ends in "'s" or "'" ("Lee's", "Simmons'"), attached or as the tagger split it off. */
  private endsPossessive(last: number): boolean {
    const token = this.context.analysis.tokens[last - 1];
    return /['’]s?$/.test(token.text) && /['’]/.test(token.text) || /^['’]/.test(token.post);
  }

  private isModifier(mention: NameMention, source: TokenRange): boolean {
    const before = this.context.analysis.tokens[mention.first - 1];
    return mention.first > source.first && before !== undefined && NOT_HEAD_PREPOSITIONS.has(before.lower);
  }

  /**
   * "Clinton campaign officials", "Trump aides", "Clinton spokesman Brian Fallon": a name right before a common noun
   * names whom the speakers work for, not the speaker; the statement is not the named person's.
   */
  private modifiesNoun(mention: NameMention, source: TokenRange): boolean {
    const { tokens } = this.context.analysis;
    const next = tokens[mention.last];
    if (mention.last >= source.last || this.isPossessive(mention) || tokens[mention.last - 1].post || next.pre) return false;
    // The source is a noun phrase, so a lower-case content word after the name is part of it, whatever the tagger read
    // ("campaign" as a verb).
    return /^[a-z]/.test(next.text) && !hasAny(next, ['Pronoun', 'Adverb', 'Conjunction', 'Preposition', 'Determiner', 'Date', 'Value']);
  }

  private compatible(person: number, gender: Gender): boolean {
    if (this.namedInContent.has(person)) return false;
    const known = this.context.clusters[person].gender;
    return !gender || !known || known === gender;
  }

  private byPronoun(token: Token, gender: Gender): number {
    const sentence = token.sentence;
    if (this.previousSpeaker && sentence - this.previousSpeaker.sentence <= 3 && this.compatible(this.previousSpeaker.person, gender)) {
      return this.previousSpeaker.person;
    }
    return this.recentPerson(token.start, sentence, (mention) => this.compatible(mention.person, gender));
  }

  /** The latest organization before `token` whose name ends in `headWord`. */
  private byOrganizationNoun(token: Token, headWord: string): OrganizationMention | null {
    let found: OrganizationMention | null = null;
    for (const org of this.context.organizations) {
      if (org.end > token.start || (found && found.start > org.start)) continue;
      if (org.name.toLowerCase().split(/\s+/).pop() === headWord) found = org;
    }
    return found;
  }

  private byDescription(token: Token, headWord: string): number {
    // "The show's producers", "the lawyers": more than one person is no one person named before.
    if (isPluralWord(token)) return -1;
    const described = this.recentPerson(token.start, token.sentence - 40, (mention) =>
      this.context.clusters[mention.person].descriptors.has(headWord),
    );
    if (described >= 0) return described;
    const age = /-year-old$/.test(headWord);
    const personLike = PERSON_NOUNS.has(headWord) || token.tags.has('Actor');
    // "the Russian said", "the Spaniard added": sports and foreign news call a player or a leader by nationality,
    // which no one here is known by, so it goes to whom the text was speaking of, not to a role's latest person.
    // "The British", "the Irish" name a whole people, never one person.
    const nationality = isDemonym(token) && !/ish$/.test(headWord);
    if (!personLike && !age && !nationality) return -1;
    if (personLike) {
      // A role noun goes to the latest person not already described otherwise.
      const undescribed = this.recentPerson(token.start, token.sentence, (mention) => {
        const descriptors = this.context.clusters[mention.person].descriptors;
        return descriptors.size === 0 || descriptors.has(headWord);
      }, true);
      if (undescribed >= 0) return undescribed;
    }
    if (this.previousSpeaker && token.sentence - this.previousSpeaker.sentence <= 2) return this.previousSpeaker.person;
    return this.recentPerson(token.start, token.sentence, () => true);
  }

  /** The latest person mentioned before `offset` (subjects first), within a few sentences, outside quotes. */
  private recentPerson(offset: number, sentence: number, accept: (mention: NameMention) => boolean, latest = false): number {
    const floor = Math.min(sentence, this.context.analysis.tokens.length) - 6;
    let fallback = -1;
    for (let i = this.upperBound(offset) - 1; i >= 0; i--) {
      const mention = this.mentionsByStart[i];
      if (mention.sentence < floor) break;
      if (this.context.quoted[mention.first] || !accept(mention)) continue;
      if (mention.subject || latest) return mention.person;
      if (fallback < 0) fallback = mention.person;
    }
    return fallback;
  }

  private upperBound(offset: number): number {
    let low = 0;
    let high = this.mentionsByStart.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.mentionsByStart[middle].start < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
