/**
 * Organizations: outlets, platforms and companies, from a lexicon of known names and from the shape of
 * capitalised runs ("… Times", "… Recordings", a tagger's Organization).
 */
import { Analysis, hasAny, isCapitalised, isDemonym, isPlaceName, joinsByHyphen, Token, wordKind } from './analysis';
import { BODY_SUFFIXES, COMPANY_SUFFIXES, FEMALE_HONORIFICS, GROUP_NOUNS, INSTITUTIONS, MALE_HONORIFICS, ORGANIZATION_NOUNS, OUTLET_SUFFIXES, TITLES } from './lexicon';
import { KnownOutlet, OUTLETS } from './outlets';
import { OrganizationType } from './model';

export interface OrganizationMention {
  name: string;
  type: OrganizationType;
  start: number;
  end: number;
  /** Token range [first, last). */
  first: number;
  last: number;
}

/** Known names by their first word, longest first, so a scan tries "New York Times" before "New". */
const KNOWN_BY_FIRST_WORD = new Map<string, string[][]>();
const KNOWN_ORGANIZATIONS = new Map<string, KnownOutlet>();
for (const known of OUTLETS) {
  for (const written of [known.name, ...known.aliases]) {
    if (!KNOWN_ORGANIZATIONS.has(written)) KNOWN_ORGANIZATIONS.set(written, known);
  }
}
for (const name of KNOWN_ORGANIZATIONS.keys()) {
  const words = name.split(' ');
  const list = KNOWN_BY_FIRST_WORD.get(words[0]) ?? [];
  list.push(words);
  list.sort((a, b) => b.length - a.length);
  KNOWN_BY_FIRST_WORD.set(words[0], list);
}
/** Known names a tagger splits oddly ("E!" → "E" + "!") are matched on the raw text instead. */
const KNOWN_RAW = [...KNOWN_ORGANIZATIONS.keys()].filter((name) => /[^A-Za-z0-9 .'’-]/.test(name));

const AMBIGUOUS_KNOWN = new Set(['Time', 'TIME', 'People', 'Today', 'X', 'Fox', 'Deadline', 'Medium', 'Threads',
  'Guardian', 'Sun', 'Star', 'Vice', 'AP', 'E!', 'Variety', 'Billboard', 'Elle', 'Vogue', 'Glamour', 'Fortune',
  'Wired', 'Telegram', 'ABC', 'Independent', 'Observer', 'Complex', 'Insider', 'Sky', 'ET', 'EW', 'FT', 'Mastodon', 'The Times', 'The View', 'The Hill', 'Hill', 'Today show', 'The Atlantic', 'The Verge', 'The Economist', 'The Independent', 'The Sun', 'The Mirror', 'Salon', 'Slate']);

function tokenWord(token: Token): string {
  return token.text.replace(/['’]s$/, '');
}

/** The organization a run of tokens names, without a trailing possessive ("Northwind's" → "Northwind"). */
export function organizationOver(analysis: Analysis, first: number, last: number, type: OrganizationType = 'other'): OrganizationMention {
  const { tokens } = analysis;
  const name = analysis.text.slice(tokens[first].start, tokens[last - 1].end).replace(/['’]s?$/, '');
  return { name, type, start: tokens[first].start, end: tokens[last - 1].end, first, last };
}

function isSubsequence(letters: string, of: string): boolean {
  let at = 0;
  for (const letter of of) if (letter === letters[at]) at++;
  return at === letters.length;
}

/**
 * "the International Monetary Fund (IMF) … the IMF said": an abbreviation the article introduces in parentheses after
 * a name is that organization, so every mention of it takes the full name.
 */
export function nameAbbreviations(analysis: Analysis, organizations: OrganizationMention[]): void {
  const { tokens } = analysis;
  const fullNames = new Map<string, string>();
  for (const organization of organizations) {
    const next = tokens[organization.last];
    if (!next || !next.pre.includes('(') || next.post !== ')' || !/^[A-Z][A-Za-z]{1,7}$/.test(next.text) || !/[A-Z].*[A-Z]/.test(next.text)) continue;
    // Its capitals are the name's initials, first to first ("Office for National Statistics (ONS)", "(Wada)").
    const initials = organization.name.split(/[\s-]+/).filter((word) => /^[A-Z]/.test(word)).map((word) => word[0]).join('');
    const capitals = next.text.replace(/[a-z]/g, '');
    if (capitals.length >= 2 && capitals[0] === initials[0] && isSubsequence(capitals, initials)) fullNames.set(next.text, organization.name);
  }
  for (const organization of organizations) organization.name = fullNames.get(organization.name) ?? organization.name;
}

export function findOrganizations(analysis: Analysis): OrganizationMention[] {
  const { tokens, text } = analysis;
  const found: OrganizationMention[] = [];
  const taken = new Uint8Array(tokens.length);
  const add = (mention: OrganizationMention): void => {
    for (let k = mention.first; k < mention.last; k++) taken[k] = 1;
    found.push(mention);
  };
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || !isCapitalised(tokens[i])) continue;
    // "the Atlantic": a lower-case "the" before a name known as "The Atlantic".
    const afterThe = i > 0 && tokens[i - 1].text === 'the' && !taken[i - 1];
    const candidates = [
      ...(afterThe ? (KNOWN_BY_FIRST_WORD.get('The') ?? []).map((words) => words.slice(1)) : []),
      ...(KNOWN_BY_FIRST_WORD.get(tokenWord(tokens[i])) ?? KNOWN_BY_FIRST_WORD.get(tokens[i].text) ?? []),
    ].filter((words) => words.length > 0 && (words[0] === tokenWord(tokens[i]) || words[0] === tokens[i].text));
    if (candidates.length === 0) continue;
    candidates.sort((a, b) => b.length - a.length);
    for (const words of candidates) {
      if (i + words.length > tokens.length) continue;
      let matches = true;
      for (let k = 0; k < words.length && matches; k++) {
        const token = tokens[i + k];
        matches = tokenWord(token) === words[k] || token.text === words[k];
        // A name never runs across punctuation ("Today, …").
        if (matches && k < words.length - 1 && token.post && token.post !== '.') matches = false;
      }
      if (!matches) continue;
      const written = words.join(' ');
      const known = KNOWN_ORGANIZATIONS.get(written) ?? KNOWN_ORGANIZATIONS.get(`The ${written}`);
      if (!known) continue;
      const name = known.name;
      const last = i + words.length;
      // One-word names that are also common words count only when the next word is not capitalised too.
      const ambiguous = AMBIGUOUS_KNOWN.has(written) || (afterThe && AMBIGUOUS_KNOWN.has(`The ${written}`));
      const reports = last < tokens.length && /^report/.test(tokens[last].lower);
      if (ambiguous && !reports && !isPrecededByOutletCue(tokens, afterThe ? i - 1 : i)) break;
      const first = /^the$/i.test(tokens[i - 1]?.text ?? '') ? i - 1 : i;
      add({ name, type: known.type, start: tokens[first].start, end: tokens[last - 1].end, first, last });
      i = last - 1;
      break;
    }
  }
  for (const name of KNOWN_RAW) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const endAt = at + name.length;
      if (isLetterAt(text, at - 1) || isLetterAt(text, endAt)) continue;
      const first = firstTokenEndingAfter(tokens, at);
      if (first < 0 || taken[first]) continue;
      let last = first;
      while (last < tokens.length && tokens[last].start < endAt) last++;
      const known = KNOWN_ORGANIZATIONS.get(name) as KnownOutlet;
      found.push({ name: known.name, type: known.type, start: at, end: endAt, first, last });
      for (let k = first; k < last; k++) taken[k] = 1;
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    // "But Dayton Watch …": a capitalised conjunction or preposition opens the sentence, not the name ("AC Dayton" is one).
    if (taken[i] || !isCapitalised(tokens[i]) || (hasAny(tokens[i], ['Conjunction', 'Preposition']) && /[a-z]/.test(tokens[i].text))) continue;
    // "On Tuesday Acme said", "on 14 October Acme …": the date before a name says when, and is no part of it ("by
    // Sunday Times reporters" names a paper).
    const dateBefore = tokens[i - 1]?.sentence === tokens[i].sentence && !tokens[i - 1].post && (hasAny(tokens[i - 1], ['Preposition', 'Value']) || /^(?:last|next|this|early|late|mid)$/.test(tokens[i - 1].lower));
    const nameAfter = tokens[i + 1]?.sentence === tokens[i].sentence && isCapitalised(tokens[i + 1]) && !OUTLET_SUFFIXES.has(tokenWord(tokens[i + 1]));
    if (hasAny(tokens[i], ['WeekDay', 'Month']) && dateBefore && !tokens[i].post && nameAfter) continue;
    let last = i;
    // "the International Monetary Fund (IMF)": the name ends before its abbreviation; "World Anti-Doping Agency" goes on past its hyphen.
    while (last < tokens.length && !taken[last] && tokens[last].sentence === tokens[i].sentence && !(last > i && tokens[last].pre.includes('('))) {
      if (!isNameLike(tokens[last]) && !(last > i && (joinsBodyName(tokens, last) || joinsBodyFor(tokens, last)))) break;
      // "Grant Wilson of Dayton Bank": a person's name before "of" is who works there, not the start of the body's name.
      if (last > i && tokens[last].text === 'of' && namesSomeoneBefore(tokens.slice(i, last))) break;
      last++;
      if (tokens[last - 1].post && !/^\.$/.test(tokens[last - 1].post) && !(joinsByHyphen(tokens, last - 1) && isCapitalised(tokens[last]))) break;
      if (ownsNameAfter(tokens, i, last - 1)) break;
    }
    // "News of the World", "Office of the …": a lower-case word after "of" or "for" ends the run, and the name before it.
    while (last > i + 1 && /^(?:of|for|&)$/.test(tokens[last - 1].text)) last--;
    if (last === i) continue;
    const runTokens = tokens.slice(i, last);
    // "On Friday", or "Sunday's" cut off the name it owned, names no body ("The Dayton Today", a programme, does).
    const dated = runTokens.every((token) => hasAny(token, ['Date', 'Month', 'WeekDay']) || DETERMINERS.has(token.lower) || token.tags.has('Preposition'));
    if (dated && !OUTLET_SUFFIXES.has(tokenWord(runTokens[runTokens.length - 1]))) {
      i = last - 1;
      continue;
    }
    // "Mr Lee's office": an honorific opens a person's name, whatever the tagger made of the words after it.
    const honorific = runTokens[0].lower.replace(/\.$/, '');
    if ((MALE_HONORIFICS.has(honorific) || FEMALE_HONORIFICS.has(honorific) || honorific === 'dr') && runTokens.length > 1) {
      const lastWord = tokenWord(runTokens[runTokens.length - 1]);
      if (!BODY_SUFFIXES.has(lastWord) && !COMPANY_SUFFIXES.has(lastWord) && !OUTLET_SUFFIXES.has(lastWord)) {
        // "Mr Lee's Acme Facility": what the person owns may still be a name.
        const owner = runTokens.findIndex((token) => /['’]s?$/.test(token.text));
        i = owner >= 0 && owner < runTokens.length - 1 ? i + owner : last - 1;
        continue;
      }
    }
    // A capitalised article or demonstrative alone ("The company …" after a quote) names nothing.
    if (runTokens.every((token) => DETERMINERS.has(token.lower))) {
      i = last - 1;
      continue;
    }
    // "the Clinton campaign", "the Trump administration": a name and a group noun, with nothing between them.
    const groupNoun = tokens[last];
    const nameFirst = DETERMINERS.has(tokens[i].lower) ? i + 1 : i;
    const properName = nameFirst < last && tokens.slice(nameFirst, last).every((token) => hasAny(token, ['ProperNoun', 'Person', 'Organization', 'Place']));
    // Not after a possessive (or a mangled one, "Blair&#191;s"): "Mr Lee's government" is said of the person.
    const lastOfName = runTokens[runTokens.length - 1];
    const joined = !lastOfName.post && !groupNoun?.pre && !/['’;]s?$/.test(lastOfName.text);
    if (groupNoun && GROUP_NOUNS.has(groupNoun.text) && properName && joined) {
      add(organizationOver(analysis, nameFirst, last + 1));
      i = last;
      continue;
    }
    // Nor does a people's adjective alone ("German workers", "the German company", which the tagger calls an organization).
    if (last - nameFirst === 1 && isDemonym(tokens[nameFirst])) {
      i = last - 1;
      continue;
    }
    // "Bank of England", "Office for National Statistics": the word before "of" or "for" says what kind of body it is.
    const ofAt = runTokens.findIndex((token, k) => k > 0 && (token.text === 'of' || token.text === 'for'));
    const lastWord = tokenWord(runTokens[ofAt > 0 && !COMPANY_SUFFIXES.has(tokenWord(runTokens[runTokens.length - 1])) ? ofAt - 1 : runTokens.length - 1]);
    const tagged = runTokens.some((token) => token.tags.has('Organization'));
    let type: OrganizationType | null = null;
    const named = text.slice(tokens[nameFirst].start, tokens[last - 1].end).replace(/['’]s?$/, '');
    if (INSTITUTIONS.has(named)) type = 'other';
    else if (OUTLET_SUFFIXES.has(lastWord) && runTokens.length > 1 && !airsIn(tokens.slice(nameFirst, last))) type = 'outlet';
    // A company's or body's last word needs a name before it: "The Bank", "The Association" refer back, naming none.
    else if (COMPANY_SUFFIXES.has(lastWord) && last - nameFirst > 1) type = 'company';
    else if (BODY_SUFFIXES.has(lastWord) && last - nameFirst > 1) type = 'other';
    // A place the tagger calls an organization in context ("the UK food group", "not the UK") is where, not who; as a
    // speaker ("the UK said") it still becomes one (addSpeakerNames in index.ts).
    else if (tagged && !runTokens.some((token) => token.tags.has('Person')) && !(last - nameFirst === 1 && isPlaceName(tokens[nameFirst]))) type = 'other';
    else type = introducedAs(tokens, i, last);
    if (type) {
      let first = i;
      if (DETERMINERS.has(tokens[first].lower) && last - first > 1) first++;
      add(organizationOver(analysis, first, last, type));
    }
    i = last - 1;
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Words right after a name that only a company has ("Acme shares", "Acme's profits", "Acme chief executive"). */
const COMPANY_AFTER = new Set(['shares', 'shareholders', 'stock', 'profit', 'profits', 'earnings',
  'turnover', 'takeover', 'merger', 'customers', 'plc', 'inc', 'ltd']);
/** Words right before a name that only a company takes ("shares in Acme", "a stake in Acme", "rival Acme"). */
const COMPANY_BEFORE = new Set(['shares in', 'shares of', 'stake in', 'takeover of', 'shareholders in', 'rival', 'rivals']);
const COMPANY_NOUNS = new Set([...ORGANIZATION_NOUNS].filter(([, kind]) => kind === 'company').map(([noun]) => noun));

/**
 * "Acme said … shares in Acme rose": a body the article treats as a company anywhere (its shares, profits or rivals,
 * or ", the software firm," after it) is a company at every mention, however its first mention was typed.
 */
export function typeCompanies(analysis: Analysis, organizations: OrganizationMention[]): void {
  const { tokens } = analysis;
  const companies = new Set<string>();
  for (const organization of organizations) {
    if (organization.type !== 'other' || companies.has(organization.name)) continue;
    const inSentence = (k: number) => (tokens[k]?.sentence === tokens[organization.first].sentence ? tokens[k] : undefined);
    const last = tokens[organization.last - 1];
    const next = inSentence(organization.last);
    const after = next && (!last.post || /^['’]s?$/.test(last.post)) ? next.lower : '';
    const before = [organization.first - 2, organization.first - 1].map((k) => inSentence(k));
    const beforeWords = [before.map((token) => token?.lower ?? '').join(' ').trim(), before[1]?.lower ?? ''];
    const joinedBefore = before[1] && !before[1].post;
    let apposition = false;
    if (last.post === ',' && next && DETERMINERS.has(next.lower)) {
      for (let k = organization.last + 1; k < organization.last + 7 && inSentence(k); k++) {
        if (COMPANY_NOUNS.has(tokens[k].lower) && tokens[k].lower !== 'group' && tokens[k].lower !== 'club') apposition = tokens[k].post === ',' || tokens[k].post === '.';
        if (tokens[k].post) break;
      }
    }
    if (COMPANY_AFTER.has(after) || (joinedBefore && beforeWords.some((words) => COMPANY_BEFORE.has(words))) || apposition) {
      companies.add(organization.name);
    }
  }
  for (const organization of organizations) if (companies.has(organization.name) && organization.type === 'other') organization.type = 'company';
}

/** "oil firm Northwind", "news agency Kanal": the kind of organization a lower-case noun right before the name says it is. */
function introducedAs(tokens: Token[], first: number, last: number): OrganizationType | null {
  const before = tokens[first - 1];
  if (!before || before.post || before.sentence !== tokens[first].sentence || isCapitalised(before)) return null;
  const kind = ORGANIZATION_NOUNS.get(before.lower);
  if (!kind || tokens.slice(first, last).some((token) => hasAny(token, ['Person', 'Place', 'Possessive']))) return null;
  return kind === 'other' && tokens[first - 2]?.lower === 'news' ? 'outlet' : kind;
}

/** Kinds of broadcasting that, after only a place or a people, say where something airs and name no outlet. */
const MEDIA = new Set(['TV', 'Radio', 'Network', 'Channel']);

/** "US TV", "British radio" (not "China Daily", "Dayton Radio One"): a medium after nothing but a place or a people. */
function airsIn(name: Token[]): boolean {
  return name.length > 1 && MEDIA.has(tokenWord(name[name.length - 1])) && name.slice(0, -1).every((token) => isPlaceName(token) || isDemonym(token));
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their']);

const OWNER_TAGS = ['Person', 'Date', 'Month', 'WeekDay', 'Place', 'Country', 'City', 'Region'];
const SAINT = /^(?:st\.?|saint)$/;

/**
 * "Lord Ann Lee's Dorvex International", "January's Dayton Open", "Dayton's Old Vic": a person, time or place owning
 * the name after it is not part of it. "The Children's Society" is one name, and so are a saint's or a title's
 * ("St Ann's Shopping Centre", "Queen's Club") and a name's right before its company's or body's last word ("Lee's Group").
 */
function ownsNameAfter(tokens: Token[], first: number, at: number): boolean {
  const owner = tokens[at];
  if (!/['’]s$/.test(owner.text) || TITLES.has(owner.lower)) return false;
  // The tagger may call a surname before a company's name part of the company: the first name before it still tells.
  if (!hasAny(owner, OWNER_TAGS) && !tokens.slice(first, at).some((token) => token.tags.has('FirstName'))) return false;
  if (at > first && SAINT.test(tokens[at - 1].lower)) return false;
  const next = tokens[at + 1] ? tokenWord(tokens[at + 1]) : '';
  return !COMPANY_SUFFIXES.has(next) && !BODY_SUFFIXES.has(next);
}

function isNameLike(token: Token): boolean {
  return isCapitalised(token) || token.text === '&' || token.text === 'of' || /^\d+$/.test(token.text);
}

/**
 * "Securities and Exchange Commission", "Food and Drug Administration": an "and" inside a body's name, when a plain
 * capitalised common word comes before it and a run ending in a body's or company's last word after it. A name
 * before the "and" ("Microsoft and Sony Corporation", "Citizens Bank and …") makes two names instead.
 */
function joinsBodyName(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1];
  if (tokens[at].text !== 'and' || before.post || !isCapitalised(before) || hasAny(before, ['Person', 'Place', 'Organization'])) return false;
  // The word before is a common word that ends no name itself ("Securities", "Food", not "Viacom" or "Bank").
  const word = tokenWord(before);
  if (wordKind(word.toLowerCase()) !== 'common word' || BODY_SUFFIXES.has(word) || COMPANY_SUFFIXES.has(word) || OUTLET_SUFFIXES.has(word)) return false;
  // Nor after a rare word that makes it a name already ("Heineken Cup and …").
  const first = tokens[at - 2];
  if (first && !first.post && isCapitalised(first) && wordKind(first.lower) === 'rare' && !hasAny(first, ['Place'])) return false;
  let end = at + 1;
  while (end < tokens.length && isCapitalised(tokens[end]) && tokens[end].sentence === tokens[at].sentence) {
    end++;
    if (tokens[end - 1].post) break;
  }
  const lastWord = end > at + 1 ? tokenWord(tokens[end - 1]) : '';
  return BODY_SUFFIXES.has(lastWord) || COMPANY_SUFFIXES.has(lastWord);
}

/**
 * Before "of", a person ("Grant Wilson of …"), or words that neither the tagger calls a body nor end with a body's word
 * ("Orin Middleton of …", "Chief Executive of …"); "Bank of …", "University of …", "House of …" begin a body's name.
 */
function namesSomeoneBefore(words: Token[]): boolean {
  const last = tokenWord(words[words.length - 1]);
  // "Board of Deputies of British Jews": a second "of" goes on with a body's name.
  if (words.some((token) => token.tags.has('Organization') || token.text === 'of') || BODY_SUFFIXES.has(last) || COMPANY_SUFFIXES.has(last) || OUTLET_SUFFIXES.has(last)) return false;
  return words.some((token) => token.tags.has('Person')) || words.filter((token) => !DETERMINERS.has(token.lower)).length >= 2;
}

/** "Department for Education", "Office for National Statistics": a body's word, then "for" and a capitalised name. */
function joinsBodyFor(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1];
  return tokens[at].text === 'for' && at + 1 < tokens.length && !before.post && BODY_SUFFIXES.has(tokenWord(before)) && isCapitalised(tokens[at + 1]) &&
    tokens[at + 1].sentence === tokens[at].sentence;
}

function isLetterAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && /[A-Za-z0-9]/.test(text[index]);
}

const OUTLET_CUES = new Set(['told', 'to', 'on', 'with', 'in', 'for', 'via', 'telling', 'tells', 'tell', 'from']);
function isPrecededByOutletCue(tokens: Token[], index: number): boolean {
  return index > 0 && OUTLET_CUES.has(tokens[index - 1].lower);
}

/** Binary search: the first token whose end is past `offset`, or -1. */
export function firstTokenEndingAfter(tokens: Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle].end > offset) high = middle;
    else low = middle + 1;
  }
  return low < tokens.length ? low : -1;
}
