/**
 * People: name mentions from compromise's tags, grouped into one person per name variant family
 * ("Jane", "Doe", "Jane Doe"), kept apart when only a surname is shared, and a light coreference
 * for pronouns and descriptions ("she", "the 60-year-old", "the former model").
 */
import { Analysis, hasAny, isCalendarWord, isCapitalised, isEverydayWord, joinsByHyphen, Token, wordKind } from './analysis';
import { OrganizationMention } from './organizations';
import { CUE_WORDS, FEMALE_HONORIFICS, FEMALE_WORDS, MALE_HONORIFICS, MALE_WORDS, NAMED_THING_HEADS, NEVER_SPEAKERS, PERSON_NOUNS, SPOKESPERSON_NOUNS, TITLES } from './lexicon';

export type Gender = 'male' | 'female' | null;

export interface NameMention {
  start: number;
  end: number;
  /** Token range [first, last) of the name itself (titles excluded). */
  first: number;
  last: number;
  words: string[];
  sentence: number;
  /** Followed by its verb: the sentence is about what this person did. */
  subject: boolean;
  genderHint: Gender;
  person: number;
}

export interface PersonCluster {
  words: string[];
  variants: Set<string>;
  gender: Gender;
  mentions: number;
  firstAt: number;
  /** Lower-case nouns the article uses for this person ("model", "co-founder", "60-year-old"). */
  descriptors: Set<string>;
}

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const NAME_BREAKING_TAGS = ['Verb', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Adverb', 'QuestionWord',
  'Date', 'Month', 'WeekDay', 'Place', 'Country', 'City'];
const POSSESSIVE = /['’]s?$/;
const TRAILING_TITLES = new Set(['mp', 'mep', 'msp', 'qc', 'am', 'mla', 'td']);
/** A lone word with these tags is a date, place or number, whatever else the tagger thought. */
const NOT_NAME_TAGS = ['Date', 'Month', 'WeekDay', 'Place', 'City', 'Country', 'Value', 'Pronoun', 'Region'];
/** Lone words the tagger reads as names: a country it does not know and people named by their nation ("the Scot"). */
const NOT_NAMES = new Set(['one', 'anti', 'pro', 'he', 'she', 'it', 'they', 'we', 'oscar', 'oscars', 'grammy', 'emmy',
  'britain', 'scot', 'scots', 'brit', 'brits', 'briton', 'britons']);
/** Parties and groups that taggers take for people. */
const GROUP_WORDS = new Set(['tories', 'dems', 'democrats', 'republicans', 'mps', 'meps', 'analysts', 'conservatives',
  'liberals', 'socialists', 'nationalists', 'unionists', 'labour', 'greens', 'officials', 'police', 'democrat',
  'republican', 'tory', 'gop', 'babes']);
const INITIAL = /^[A-Z]\.?$/;

function nameWord(token: Token): string {
  return token.text.replace(POSSESSIVE, '').replace(/\.$/, '');
}

function canBeInName(token: Token): boolean {
  if (!isCapitalised(token)) return false;
  if (hasAny(token, PERSON_TAGS) || token.tags.has('Honorific')) return true;
  return !hasAny(token, NAME_BREAKING_TAGS) && /^[A-Z][A-Za-z'’.-]*$/.test(token.text);
}

/** Lower-case words inside a name: "Rodrigo de Rato", "Theo van Gogh", "Rodrigo de la Serna", "Walter van der Vijver". */
const NAME_PARTICLES = new Set(['de', 'da', 'di', 'do', 'dos', 'das', 'del', 'della', 'dal', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'ten', 'bin', 'ibn']);
const MAX_NAME_PARTICLES = 2;

/**
 * A name particle after name words, going on (through at most one more particle) to a capitalised name word. The
 * words around it must read as a name's, not as common words: "Banque du Caire" may pass, but "Techniques du
 * Cinema", "Un Long Dimanche de …" and "the Tour de France" are no one.
 */
function isNameParticle(tokens: Token[], first: number, index: number): boolean {
  const nameLike = (token: Token): boolean => !isEverydayWord(nameWord(token).toLowerCase());
  const givenName = (token: Token): boolean => NAME_PARTICLES.has(token.text) || nameLike(token) ||
    hasAny(token, ['FirstName', 'MaleName', 'FemaleName', 'Honorific']) || TITLES.has(token.lower.replace(/\.$/, ''));
  if (!tokens.slice(first, index).every(givenName)) return false;
  for (let k = index; k < Math.min(tokens.length, index + MAX_NAME_PARTICLES + 1); k++) {
    const token = tokens[k];
    if (token.sentence !== tokens[index].sentence || tokens[k - 1].post) return false;
    if (!NAME_PARTICLES.has(token.text)) return k > index && canBeInName(token) && nameLike(token);
  }
  return false;
}

/** Capitalised runs holding at least one person-tagged word, outside `blocked` tokens (organizations, furniture). */
export function findNameMentions(analysis: Analysis, blocked: Uint8Array): NameMention[] {
  const { tokens } = analysis;
  const mentions: NameMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (blocked[i] || !canBeInName(tokens[i])) continue;
    const titleCase = analysis.sentences[tokens[i].sentence]?.titleCase ?? false;
    let last = i;
    while (
      last < tokens.length && !blocked[last] && tokens[last].sentence === tokens[i].sentence &&
      // A capitalised word joined by a hyphen stays in the name whatever its tag ("Hill-Lee", read as a place).
      (canBeInName(tokens[last]) || (last > i && joinsByHyphen(tokens, last - 1) && isCapitalised(tokens[last])) || (last > i && isNameParticle(tokens, i, last))) &&
      !(titleCase && last > i && CUE_WORDS.has(tokens[last].lower)) && !(last > i && /[("“‘]/.test(tokens[last].pre))
    ) {
      last++;
      const post = tokens[last - 1].post;
      const abbreviation = post === '.' && (tokens[last - 1].tags.has('Honorific') || INITIAL.test(tokens[last - 1].text));
      if ((post && post !== '-' && !abbreviation) || POSSESSIVE.test(tokens[last - 1].text) && tokens[last - 1].text.length > 2 && /['’]/.test(tokens[last - 1].text)) break;
    }
    const run = tokens.slice(i, last);
    if (run.some((token) => hasAny(token, PERSON_TAGS))) {
      const mention = makeMention(analysis, i, last);
      if (mention) mentions.push(mention);
    }
    i = Math.max(i, last - 1);
  }
  return mentions;
}

/** Words of a name the tagger did not know: capitalised, lower-case after the first letter, no digits. */
const NAME_SHAPED = /^[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*(?:['’]s?)?$/;
/** Never part of a name, whatever the evidence around it. */
const NEVER_IN_NAME_TAGS = ['Verb', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Adverb', 'QuestionWord',
  'Date', 'Month', 'WeekDay', 'Country', 'City', 'Region', 'Organization', 'Value'];
const PERSON_SUFFIX = /(?:ist|ian|man|woman|person)s?$/;
const AGE_AFTER = /^,\s*(?:an?\s+)?\d{1,3}(?:,|-year-old\b)/;
const MAX_UNTAGGED_NAME = 3;

/** A lower-case noun for what a person is: "lawyer", "spokeswoman", "activist", "chairman". */
function isRoleNoun(token: Token, capitalised = false): boolean {
  if (isCapitalised(token) !== capitalised || !token.tags.has('Noun')) return false;
  const lower = token.lower;
  return token.tags.has('Actor') || PERSON_NOUNS.has(lower) || SPOKESPERSON_NOUNS.has(lower) || TITLES.has(lower) || PERSON_SUFFIX.test(lower);
}

/**
 * Names the tagger does not know ("Kwame Mensah", or "Tom Hill" read as a place) are names when the article treats
 * them as people: a role or age follows as an apposition ("Kwame Mensah, a lawyer,") or a role precedes ("lawyer
 * Kwame Mensah"), their last word alone names a person elsewhere, or, when no word of them is a common word, they
 * are the subject of a verb ("Priya Natarajan left"). Without them a later "she said" has no one to resolve to.
 */
export function findUntaggedNames(analysis: Analysis, mentions: NameMention[], blocked: Uint8Array): NameMention[] {
  const { tokens, text } = analysis;
  const covered = new Uint8Array(tokens.length);
  const loneNames = new Set<string>();
  for (const mention of mentions) {
    for (let k = mention.first; k < mention.last; k++) covered[k] = 1;
    if (mention.words.length === 1) loneNames.add(mention.words[0]);
  }
  const candidate = (k: number): boolean =>
    !covered[k] && !blocked[k] && NAME_SHAPED.test(tokens[k].text) && !hasAny(tokens[k], NEVER_IN_NAME_TAGS);
  const found: NameMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!candidate(i) || (i > 0 && tokens[i - 1].sentence === tokens[i].sentence && !tokens[i - 1].post && candidate(i - 1))) continue;
    const sentence = analysis.sentences[tokens[i].sentence];
    if (sentence?.titleCase) continue;
    let last = i + 1;
    while (last < tokens.length && last - i < MAX_UNTAGGED_NAME && !tokens[last - 1].post && tokens[last].sentence === tokens[i].sentence && candidate(last)) last++;
    if (last < tokens.length && !tokens[last - 1].post && candidate(last)) continue;
    // "Lawyer Kwame Mensah", "Judge Ann Okafor": the role opens the run, the name follows it.
    const titled = isRoleNoun(tokens[i], true);
    const first = titled ? i + 1 : i;
    if (last - first < 2) continue;
    const kinds = tokens.slice(first, last).map((token) => wordKind(nameWord(token).toLowerCase()));
    // The first word a first name or a rare word, and no first name after it: "Ann Grace" may be two people.
    if (kinds[0] === 'common word' || kinds.slice(1).some((kind) => kind === 'first name')) continue;
    const before = tokens[i - 1];
    const described = titled ||
      (before && before.sentence === tokens[i].sentence && !before.post && isRoleNoun(before)) ||
      (tokens[last - 1].post === ',' && (appositiveRole(analysis, last) || AGE_AFTER.test(text.slice(tokens[last - 1].end, tokens[last - 1].end + 20))));
    // A common word at the end ("Hill", "Stone", "Cup") is a surname only after a first name: "Dayton United" is a club.
    if (kinds[kinds.length - 1] === 'common word' && kinds[0] !== 'first name') continue;
    const surnameKnown = loneNames.has(nameWord(tokens[last - 1]));
    const unknownSubject = kinds.every((kind, k) => kind !== 'common word' && !tokens[first + k].tags.has('Place')) && isSubject(tokens, last);
    if (!described && !surnameKnown && !unknownSubject) continue;
    const mention = makeMention(analysis, first, last);
    if (mention) found.push(mention);
    i = last - 1;
  }
  return found;
}

/** ", a Republican lawyer," / ", the group's spokeswoman.": a role noun before the apposition ends. */
function appositiveRole(analysis: Analysis, from: number): boolean {
  const { tokens } = analysis;
  for (let k = from; k < Math.min(tokens.length, from + 6) && tokens[k].sentence === tokens[from - 1].sentence; k++) {
    if (k === from && tokens[k].tags.has('Verb')) return false;
    if (isRoleNoun(tokens[k])) return true;
    if (tokens[k].post) return false;
  }
  return false;
}

/** A mention over tokens [first, last), titles stripped; null when nothing name-like is left. */
/** A role the lexicon or the tagger knows (not one guessed from its ending: "Human Rights Watch"), one person's. */
function isKnownRole(token: Token): boolean {
  return isCapitalised(token) && !hasAny(token, ['Person', 'Plural']) &&
    (token.tags.has('Actor') || PERSON_NOUNS.has(token.lower) || SPOKESPERSON_NOUNS.has(token.lower));
}

/** A word tagged a person's, or a proper noun the tagger did not place ("Okafor"). */
function isNameWord(token: Token): boolean {
  return token.tags.has('Person') ||
    (token.tags.has('ProperNoun') && !hasAny(token, ['Place', 'Organization']) && !isRoleNoun(token, true) && !TITLES.has(token.lower));
}

export function makeMention(analysis: Analysis, first: number, last: number): NameMention | null {
  const { tokens } = analysis;
  let genderHint: Gender = null;
  while (first < last && (TITLES.has(tokens[first].lower.replace(/\.$/, '')) || tokens[first].tags.has('Honorific'))) {
    const title = tokens[first].lower.replace(/\.$/, '');
    if (MALE_HONORIFICS.has(title)) genderHint = 'male';
    if (FEMALE_HONORIFICS.has(title)) genderHint = 'female';
    first++;
  }
  // "Foreign Secretary Jack Straw", "Liberal Democrat MP Jackie Ballard": everything up to the last title word.
  for (let k = last - 2; k > first; k--) {
    if (TITLES.has(tokens[k].lower.replace(/\.$/, '')) && isCapitalised(tokens[k + 1])) {
      first = k + 1;
      break;
    }
  }
  // "Guitarist Tom Hill", "Archbishop Ann Lee": a known role before a name is capitalised but no part of the name.
  while (last - first > 1 && isKnownRole(tokens[first]) && tokens.slice(first + 1, last).some(isNameWord)) first++;
  while (last - 1 > first && TRAILING_TITLES.has(tokens[last - 1].lower)) last--;
  if (first >= last || last - first > 5) return null;
  const lastToken = tokens[last - 1];
  if (lastToken.tags.has('Plural') && !lastToken.tags.has('LastName') && !lastToken.tags.has('FirstName')) return null;
  if (last - first === 1 && (hasAny(lastToken, NOT_NAME_TAGS) || NOT_NAMES.has(lastToken.lower) || isCalendarWord(nameWord(lastToken).toLowerCase()))) return null;
  if (GROUP_WORDS.has(lastToken.lower) || /^(most|many|some|all|both|few)$/i.test(tokens[first].text)) return null;
  const words = nameWords(tokens, first, last);
  if (words.length === 0 || words.some((word) => NEVER_SPEAKERS.has(word.toLowerCase()))) return null;
  if (words.length > 1 && NAMED_THING_HEADS.has(words[words.length - 1].toLowerCase())) return null;
  // Acronyms ("IRA", "DVD") are organizations or things, not names.
  while (words.length > 1 && /^[A-Z]{3,}$/.test(words[words.length - 1])) {
    words.pop();
    last--;
  }
  if (words.every((word) => /^[A-Z]{2,}$/.test(word))) return null;
  if (!genderHint && tokens[first].tags.has('FemaleName')) genderHint = 'female';
  if (!genderHint && tokens[first].tags.has('MaleName')) genderHint = 'male';
  return {
    start: tokens[first].start,
    end: tokens[last - 1].end - (POSSESSIVE.test(tokens[last - 1].text) && /['’]/.test(tokens[last - 1].text) ? tokens[last - 1].text.length - nameWord(tokens[last - 1]).length : 0),
    first,
    last,
    words,
    sentence: tokens[first].sentence,
    subject: isSubject(tokens, last),
    genderHint,
    person: -1,
  };
}

/** A name's words; a hyphen with no space either side keeps its two parts one word ("Kilroy-Silk", "Jean-Pierre"). */
function nameWords(tokens: Token[], first: number, last: number): string[] {
  const words: string[] = [];
  for (let k = first; k < last; k++) {
    const word = nameWord(tokens[k]);
    if (k > first && joinsByHyphen(tokens, k - 1) && words.length > 0) words[words.length - 1] += `-${word}`;
    else if (word.length > 0) words.push(word);
  }
  return words;
}

function isSubject(tokens: Token[], after: number): boolean {
  for (let k = after; k < Math.min(tokens.length, after + 3); k++) {
    const token = tokens[k];
    if (token.tags.has('Verb') && !token.tags.has('Gerund')) return true;
    if (!token.tags.has('Adverb') && !token.tags.has('Auxiliary')) return false;
  }
  return false;
}

/**
 * "Chelsea defender", "Brent crude": a first name alone right before a lower-case noun modifies it as a club's, a
 * place's or a product's name does; English puts a person's name there only with "'s" (headlines aside: "Harry
 * apology"). Other words alone show a thing wherever they stand (thingContext). Unless a full name in the article
 * holds the word, none of its lone mentions is a person: the article is about a thing named like one.
 */
export function withoutThingNames(analysis: Analysis, mentions: NameMention[], organizations: OrganizationMention[]): NameMention[] {
  const { tokens } = analysis;
  const inFullNames = fullNameWords(mentions);
  // Bands and other groups of people are listed with people ("Ann Lee, Acme and the Beastie Boys").
  const inOrganization = new Uint8Array(tokens.length);
  for (const organization of organizations) if (organization.type !== 'other') inOrganization.fill(1, organization.first, organization.last);
  // "Mr Lee": a word the article gives a person's honorific stays a person's, whatever a reader's typo makes of it.
  const honoured = new Set(
    mentions
      .filter((mention) => mention.first > 0 && (MALE_HONORIFICS.has(tokens[mention.first - 1].lower) || FEMALE_HONORIFICS.has(tokens[mention.first - 1].lower)))
      .map((mention) => mention.words.join(' ').toLowerCase()),
  );
  const things = new Set<string>();
  const fullNameStarts = new Set(mentions.filter((mention) => mention.words.length > 1).map((mention) => mention.first));
  const places = placesNamed(analysis);
  for (const mention of mentions) {
    const word = mention.words[0].toLowerCase();
    if (mention.words.length !== 1 || inFullNames.has(word) || things.has(word)) continue;
    const name = tokens[mention.last - 1];
    const next = tokens[mention.last];
    if (isHeadline(analysis, name.sentence)) continue;
    if (!honoured.has(word) && (places.has(word) || thingContext(analysis, mention, inOrganization))) things.add(word);
    if (wordKind(word) !== 'first name' || name.post || !next || next.sentence !== name.sentence) continue;
    // "Acme's Ann Lee": a person's name before another's takes no "'s"; a club's or a firm's before its member does.
    // A title before it ("Lord Acme's Childe Harold") makes it a person's, naming a work or a character.
    if (POSSESSIVE.test(name.text)) {
      const before = tokens[mention.first - 1];
      const titled = before !== undefined && before.sentence === name.sentence && isCapitalised(before);
      if (fullNameStarts.has(mention.last) && !titled && !honoured.has(word)) things.add(word);
      continue;
    }
    if (isCapitalised(next)) continue;
    if (next.tags.has('Noun') && !hasAny(next, ['Pronoun', 'Verb', 'Value'])) things.add(word);
    // "Acme chief executive Ann Lee", "Acme left-back Tom Hill": the words of a role between a lone name and a full one.
    if (rolePhraseBeforeName(tokens, mention.last, fullNameStarts)) things.add(word);
  }
  const nameKey = (mention: NameMention) => mention.words.join(' ').toLowerCase();
  const works = new Set(mentions.filter((mention) => numberedAsSequel(analysis, mention)).map(nameKey));
  if (things.size === 0 && works.size === 0) return mentions;
  return mentions.filter((mention) => (mention.words.length !== 1 || !things.has(nameKey(mention))) && !works.has(nameKey(mention)));
}

/**
 * "Acme Man 2 won", "the Ann Lee 3 soundtrack": a name numbered as a sequel names a film or a game, at every mention.
 * A score ("Lee 6-3", "Lee 2 Hill 1") or a count in a list ("Lee 2, Hill 1") keeps its person.
 */
function numberedAsSequel(analysis: Analysis, mention: NameMention): boolean {
  const { tokens } = analysis;
  const name = tokens[mention.last - 1];
  const number = tokens[mention.last];
  if (!number || number.sentence !== name.sentence || name.post || POSSESSIVE.test(name.text) || !/^[2-9]$/.test(number.text)) return false;
  const after = tokens[mention.last + 1];
  // A score line names the next side ("Ann Lee 2 Tom Baker 1"); a sequel's title goes on in lower case or ends the sentence.
  return number.post === '' ? after !== undefined && after.sentence === number.sentence && /^[a-z]/.test(after.text) : number.post === '.' && after?.sentence !== number.sentence;
}

/** Most words a role takes before a name ("chief executive", "left-back", "assistant coach"). */
const MAX_ROLE_WORDS = 3;

function rolePhraseBeforeName(tokens: Token[], from: number, fullNameStarts: Set<number>): boolean {
  for (let k = from; k < Math.min(tokens.length, from + MAX_ROLE_WORDS + 1); k++) {
    if (fullNameStarts.has(k)) return k > from;
    const token = tokens[k];
    if (isCapitalised(token)) return false;
    // "left-back": the parts of a hyphenated word are no verb or adverb on their own.
    if (joinsByHyphen(tokens, k)) continue;
    const afterHyphen = k > from && joinsByHyphen(tokens, k - 1);
    if (token.post || !(afterHyphen || hasAny(token, ['Noun', 'Adjective'])) || hasAny(token, ['Pronoun', 'Verb', 'Value', 'Determiner'])) return false;
  }
  return false;
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from']);

/**
 * Words the article uses as a place's name: after "in", "at" or "from" and tagged a place ("a flat in Houston"). A
 * lone mention of the same word elsewhere ("a Houston court") names the place too; a person's full name would hold it.
 */
function placesNamed(analysis: Analysis): Set<string> {
  const { tokens } = analysis;
  const places = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    const token = tokens[k];
    const before = tokens[k - 1];
    if (!hasAny(token, ['Place', 'City', 'Country', 'Region']) || hasAny(token, PERSON_TAGS) || !isCapitalised(token)) continue;
    if (before.sentence === token.sentence && !before.post && PLACE_PREPOSITIONS.has(before.lower)) places.add(token.lower.replace(POSSESSIVE, ''));
  }
  return places;
}

/** Verbs a plural subject takes where a singular one would not ("Acme have", not "Ann has"). */
const PLURAL_VERBS = new Set(['are', 'were', 'have', 'do']);
const COORDINATORS = new Set(['and', 'or', 'nor', '&']);
/** Verbs whose object takes a bare verb ("let Ann have", "saw Ann leave"). */
const BARE_VERB_OBJECT = /^(?:let|lets|letting|make|makes|made|making|help|helps|helped|helping|have|has|had|having|see|sees|saw|seen|watch|watched|hear|heard|feel|felt|bid|bade)$/;
/** Words that take a person after "at" or "in": looking, aiming or feeling at someone, trust in someone. */
const TOWARDS_SOMEONE = /^(?:look|stare|glanc|gaz|shout|yell|scream|laugh|smil|grin|wink|wav|nod|point|aim|direct|angr|furious|mad|upset|cross|swip|jab|fir|hurl|throw|threw|hit|lash|snap|sneer|confiden|faith|trust|interest|belie|invest)/;

/**
 * A lone name used as no person's is: followed by ", which" ("Acme, which owns …"); the subject of a plural verb, as
 * British English writes clubs and firms ("Acme have signed", "Acme face a fine"); or listed with a place or a body
 * ("Kensington and Acme", "Acme, Everton and Leeds").
 */
function thingContext(analysis: Analysis, mention: NameMention, inOrganization: Uint8Array): boolean {
  const { tokens } = analysis;
  const name = tokens[mention.last - 1];
  const next = tokens[mention.last];
  const before = tokens[mention.first - 1];
  const sameSentence = (token: Token | undefined): token is Token => token !== undefined && token.sentence === name.sentence;
  if (POSSESSIVE.test(name.text)) return false;
  const listed = (token: Token | undefined, index: number) =>
    sameSentence(token) && (inOrganization[index] === 1 || (hasAny(token, ['Place', 'City', 'Country', 'Region']) && !hasAny(token, PERSON_TAGS)));
  // Not before a verb: "… went to Leeds and Ann stayed" joins clauses, not names.
  if (sameSentence(before) && (before.post === ',' || COORDINATORS.has(before.lower)) && !(sameSentence(next) && !name.post && next.tags.has('Verb'))) {
    const other = before.post === ',' ? mention.first - 1 : mention.first - 2;
    if (listed(tokens[other], other) && !tokens[other].post.replace(',', '')) return true;
  }
  // "a goal at Acme", "a flat in Acme": a place or a body; "looked (over) at Ann", "faith in Ann" aside.
  const towardsSomeone = [2, 3].some((back) => sameSentence(tokens[mention.first - back]) && TOWARDS_SOMEONE.test(tokens[mention.first - back].lower));
  if (sameSentence(before) && !before.post && (before.lower === 'at' || before.lower === 'in') && !towardsSomeone) return true;
  if (!sameSentence(next)) return false;
  if (name.post === ',' && next.lower === 'which') return true;
  if (!name.post && COORDINATORS.has(next.lower) && listed(tokens[mention.last + 1], mention.last + 1)) return true;
  if (name.post || !(PLURAL_VERBS.has(next.lower) || (next.tags.has('PresentTense') && next.tags.has('Infinitive') && !next.tags.has('Auxiliary')))) return false;
  // "Ann and Tom have", "let Ann have", "does Ann have": a person can stand there too.
  if (!sameSentence(before) || before.post) return true;
  if (COORDINATORS.has(before.lower)) return !hasAny(tokens[mention.first - 2] ?? before, ['Noun']) || Boolean(tokens[mention.first - 2]?.post);
  if (BARE_VERB_OBJECT.test(before.lower)) return false;
  return !hasAny(before, ['Auxiliary', 'Modal', 'Preposition', 'Noun', 'Adjective', 'Determiner', 'Value']) || before.lower === 'that';
}

/** The lower-cased words of the article's names of two words or more: a lone word among them is part of someone's name. */
export function fullNameWords(mentions: NameMention[]): Set<string> {
  return new Set(mentions.flatMap((mention) => (mention.words.length > 1 ? mention.words.map((word) => word.toLowerCase()) : [])));
}

/** A line with no closing punctuation ("Elvis set to top UK chart"): headline grammar drops the verbs it needs. */
function isHeadline(analysis: Analysis, sentence: number): boolean {
  const { tokens, sentences } = analysis;
  return !/[.!?]/.test(tokens[sentences[sentence].last - 1].post);
}

/** Groups mentions into people; sets `mention.person`. Full names first, then single words by salience. */
export function clusterPeople(analysis: Analysis, mentions: NameMention[]): PersonCluster[] {
  const clusters: PersonCluster[] = [];
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  const fullNames = ordered.filter((mention) => mention.words.length >= 2);
  for (const mention of fullNames) {
    const key = mention.words.map((word) => word.toLowerCase());
    let index = clusters.findIndex((cluster) => sameFamily(cluster.words.map((w) => w.toLowerCase()), key));
    if (index < 0) {
      index = clusters.length;
      clusters.push({ words: mention.words, variants: new Set(), gender: null, mentions: 0, firstAt: mention.start, descriptors: new Set() });
    } else if (mention.words.length > clusters[index].words.length) {
      clusters[index].words = mention.words;
    }
    attach(clusters[index], mention, index);
  }
  const sentencePeople = new Map<number, Set<number>>();
  for (const mention of fullNames) {
    const set = sentencePeople.get(mention.sentence) ?? new Set<number>();
    set.add(mention.person);
    sentencePeople.set(mention.sentence, set);
  }
  for (const mention of ordered) {
    if (mention.words.length !== 1) continue;
    const word = mention.words[0].toLowerCase();
    const inSentence = sentencePeople.get(mention.sentence) ?? new Set<number>();
    const bySurname: number[] = [];
    const byOtherWord: number[] = [];
    clusters.forEach((cluster, index) => {
      if (cluster.words.length < 2) return;
      const lower = cluster.words.map((w) => w.toLowerCase());
      if (lower[lower.length - 1] === word) bySurname.push(index);
      else if (lower.includes(word)) byOtherWord.push(index);
    });
    const candidates = bySurname.length > 0 ? bySurname : byOtherWord;
    let chosen = -1;
    if (candidates.length > 0) {
      const preferred = candidates.filter((index) => !inSentence.has(index));
      const pool = preferred.length > 0 ? preferred : candidates;
      chosen = pool.reduce((best, index) =>
        clusters[index].mentions > clusters[best].mentions ||
        (clusters[index].mentions === clusters[best].mentions && clusters[index].firstAt < clusters[best].firstAt)
          ? index
          : best,
      );
    } else {
      chosen = clusters.findIndex((cluster) => cluster.words.length === 1 && cluster.words[0].toLowerCase() === word);
      if (chosen < 0) {
        chosen = clusters.length;
        clusters.push({ words: mention.words, variants: new Set(), gender: null, mentions: 0, firstAt: mention.start, descriptors: new Set() });
      }
    }
    attach(clusters[chosen], mention, chosen);
    const set = sentencePeople.get(mention.sentence) ?? new Set<number>();
    set.add(chosen);
    sentencePeople.set(mention.sentence, set);
  }
  inferGenders(analysis, ordered, clusters);
  collectDescriptors(analysis, ordered, clusters);
  return clusters;
}

/** Same person when one name's words sit inside the other's with the same surname ("Ana Lopez" ⊂ "Ana Maria Lopez"). */
function sameFamily(a: string[], b: string[]): boolean {
  if (a[a.length - 1] !== b[b.length - 1]) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length === longer.length) return shorter.every((word, index) => word === longer[index]);
  let k = 0;
  for (const word of longer) if (k < shorter.length && word === shorter[k]) k++;
  if (k !== shorter.length) return false;
  // "Ann Doe" inside "Mary Ann Doe" is fine; a different first name is a different person.
  return shorter.length === 1 || shorter[0] === longer[0] || longer.indexOf(shorter[0]) > 0;
}

function attach(cluster: PersonCluster, mention: NameMention, index: number): void {
  mention.person = index;
  cluster.mentions++;
  cluster.firstAt = Math.min(cluster.firstAt, mention.start);
  cluster.variants.add(mention.words.join(' '));
  if (!cluster.gender && mention.genderHint) cluster.gender = mention.genderHint;
}

function inferGenders(analysis: Analysis, mentions: NameMention[], clusters: PersonCluster[]): void {
  const votes = clusters.map(() => ({ male: 0, female: 0 }));
  const bySentence = new Map<number, NameMention[]>();
  for (const mention of mentions) {
    const list = bySentence.get(mention.sentence) ?? [];
    list.push(mention);
    bySentence.set(mention.sentence, list);
  }
  for (const [sentence, list] of bySentence) {
    const people = new Set(list.map((mention) => mention.person));
    if (people.size !== 1) continue;
    const person = list[0].person;
    for (const index of [sentence, sentence + 1]) {
      const range = analysis.sentences[index];
      if (!range || (index !== sentence && bySentence.has(index))) continue;
      for (let k = range.first; k < range.last; k++) {
        if (k < list[0].last && index === sentence) continue;
        const lower = analysis.tokens[k].lower;
        if (MALE_WORDS.has(lower)) votes[person].male++;
        else if (FEMALE_WORDS.has(lower)) votes[person].female++;
      }
    }
  }
  clusters.forEach((cluster, index) => {
    if (cluster.gender) return;
    const { male, female } = votes[index];
    if (male > female) cluster.gender = 'male';
    else if (female > male) cluster.gender = 'female';
  });
}

const DESCRIPTOR_WORD = /^[a-z][a-z-]*$/;

/** "Former model Ana …", "music mogul Jane …", "Ana, a former model,", "Ana, 44," → descriptors. */
function collectDescriptors(analysis: Analysis, mentions: NameMention[], clusters: PersonCluster[]): void {
  const { tokens } = analysis;
  for (const mention of mentions) {
    const descriptors = clusters[mention.person].descriptors;
    for (let k = mention.first - 1; k >= 0 && k >= mention.first - 4; k--) {
      const token = tokens[k];
      if (token.sentence !== mention.sentence || token.post) break;
      const lower = token.lower.replace(/^ex-/, '');
      if (token.tags.has('Noun') && !isCapitalised(token) && DESCRIPTOR_WORD.test(lower)) descriptors.add(lower);
      else if (!token.tags.has('Adjective') && !isCapitalised(token)) break;
    }
    const lastToken = tokens[mention.last - 1];
    if (lastToken.post !== ',') continue;
    let k = mention.last;
    if (k < tokens.length && /^\d{1,3}$/.test(tokens[k].text) && tokens[k].post === ',') {
      descriptors.add(`${tokens[k].text}-year-old`);
      continue;
    }
    if (k < tokens.length && /^(a|an|the)$/.test(tokens[k].lower)) k++;
    for (; k < tokens.length && k < mention.last + 8; k++) {
      const token = tokens[k];
      if (token.tags.has('Noun') && DESCRIPTOR_WORD.test(token.lower)) descriptors.add(token.lower.replace(/^ex-/, ''));
      if (token.post) break;
    }
  }
}

export function genderOfPronoun(lower: string): Gender {
  if (MALE_WORDS.has(lower)) return 'male';
  if (FEMALE_WORDS.has(lower)) return 'female';
  return null;
}
