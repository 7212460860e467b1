/**
 * The extraction's general word lists: speech cues and the acts they signal, outlets and platforms, titles.
 * Nothing here is about any one article.
 */
import { Act } from './model';
import minedCueWords from './data/cue-words.json';

/** Cue word (any inflection) → act; a cue not listed here but mined from the corpus says SAID. */
const ACT_CUES: Record<Act, string[]> = {
  SAID: [
    'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'add', 'adds', 'added', 'adding', 'write',
    'writes', 'wrote', 'writing', 'explain', 'explains', 'explained', 'explaining', 'note', 'notes', 'noted', 'noting',
    'state', 'states', 'stated', 'stating', 'tweet', 'tweets', 'tweeted', 'tweeting', 'post', 'posted', 'posts',
    'continued', 'recall', 'recalled', 'recalls', 'recalling', 'reply', 'replied', 'replies',
    'respond', 'responded', 'responds', 'remark', 'remarked', 'announce', 'announced', 'announces', 'announcing',
    'share', 'shared', 'shares', 'reveal', 'revealed', 'reveals', 'describe', 'described', 'describes', 'describing',
    'joke', 'joked', 'quipped', 'argue', 'argued', 'argues', 'arguing', 'suggest', 'suggested', 'suggests',
    'suggesting', 'declare', 'declared', 'declares', 'declaring', 'stress', 'stressed', 'stresses', 'reiterated',
    'mention', 'mentioned', 'report', 'reported', 'reports', 'emailed', 'texted', 'captioned', 'recounted', 'told',
    'testified', 'read', 'reads', 'according', 'added', 'concluded', 'observed', 'pointed', 'explained', 'penned',
    // Mostly cues where they occur in PolNeAR train, but too rare there to be mined.
    'signaled', 'signalled', 'portray', 'portrays', 'portrayed', 'forecast', 'forecasts', 'likened', 'likens', 'emphasize',
    'emphasizes', 'emphasized', 'hinted', 'discuss', 'discusses',
    // Other inflections of speech verbs, as quotes use them ("…,” he points out, "…,” Lee retorted).
    'point', 'points', 'answer', 'answers', 'answered', 'quips', 'jokes', 'muses', 'mused', 'retorted', 'retorts', 'exclaimed',
    'whispered', 'countered', 'counters', 'interjected', 'proclaimed', 'recounts', 'reiterates', 'observes', 'remarks',
    'summarized', 'laments', 'boasts', 'brags', 'bragged', 'screamed', 'barked', 'chimed', 'yells', 'shouts', 'exclaims',
    'whispers', 'elaborates',
    // The other inflections of speech verbs listed here ("…, stressing that …", "Lee, vouching for Hill, …"): mostly cues in PolNeAR train.
    'stressing', 'mulling', 'lamenting', 'vouch', 'vouching', 'mentions', 'boasting', 'chiming', 'reaffirming', 'interjecting',
    'proclaiming', 'proclaims', 'singling', 'acquiescing', 'dwell',
    // Rarer verbs of naming and contradicting, each mostly a cue where it occurs in PolNeAR train.
    'billed', 'dubbed', 'contradicted', 'contradicts',
    // Finite forms of rarer speech verbs, mostly cues in PolNeAR train but too rare there to be mined.
    'tout', 'vouched', 'vouches', 'lament', 'speculate', 'speculates', 'rebut', 'mulled', 'mulls',
    'acquiesced', 'singled', 'dwelled', 'dwelt', 'alluded', 'quip', 'boast', 'recite', 'recites', 'reaffirm', 'retort', 'implies',
    'affirms', 'boomed', 'heckles',
    // Participles that open a speaker's clause after a comma ("…, joking that …", "…, contending that …"): mostly cues in PolNeAR train there.
    'joking', 'reasoning', 'reiterating', 'paraphrasing', 'hinting', 'reporting', 'trumpeting', 'retracting',
    // What a poll, a record or a study shows: its whole noun phrase is the source ("A poll out this week shows …").
    'show', 'shows', 'showed', 'shown',
  ],
  DENIED: ['deny', 'denies', 'denied', 'denying', 'dismiss', 'dismissed', 'dismisses', 'rejected', 'reject', 'rejects',
    'refute', 'refuted', 'refutes', 'disputed', 'disputes', 'dispute', 'rebutted', 'contested', 'disputing', 'rebutting', 'brushed'],
  APOLOGIZED: ['apologize', 'apologized', 'apologizes', 'apologizing', 'apologise', 'apologised', 'apologises',
    'apologising', 'regretted', 'regrets'],
  ACCUSED: ['accuse', 'accused', 'accuses', 'accusing', 'allege', 'alleged', 'alleges', 'alleging', 'blame',
    'blamed', 'blames', 'blaming', 'charged', 'charges'],
  DEFENDED: ['defend', 'defended', 'defends', 'defending'],
  CLAIMED: ['claim', 'claimed', 'claims', 'claiming', 'insist', 'insisted', 'insists', 'insisting', 'assert',
    'asserted', 'asserts', 'maintain', 'maintained', 'maintains', 'contend', 'contended', 'contends', 'contending'],
  CONFIRMED: ['confirm', 'confirmed', 'confirms', 'confirming'],
  ADMITTED: ['admit', 'admitted', 'admits', 'admitting', 'acknowledge', 'acknowledged', 'acknowledges',
    'acknowledging', 'concede', 'conceded', 'concedes', 'conceding', 'confessed', 'confesses', 'confess'],
  CRITICIZED: ['criticize', 'criticized', 'criticizes', 'criticizing', 'criticise', 'criticised', 'slammed',
    'slams', 'blasted', 'blasts', 'attacked', 'attacks', 'denounced', 'denounces', 'denouncing', 'condemned',
    'condemns', 'decried', 'decries', 'mocked', 'mocks', 'railed', 'lambasted', 'ripped', 'complained', 'complains', 'decrying',
    'trashing', 'bashing', 'haranguing', 'condemning', 'railing', 'complain', 'trashes', 'trashed', 'deride', 'harangues', 'insulted',
    // Rarer verbs of reproach, each a cue wherever it occurs in PolNeAR train.
    'chided', 'chides', 'chiding', 'derided', 'derides', 'deriding', 'rebuked', 'rebukes', 'scolded', 'scolds', 'berated', 'berates', 'rips',
    'assail', 'denounce', 'rail', 'rails', 'bashed'],
  PRAISED: ['praise', 'praised', 'praises', 'praising', 'hailed', 'hails', 'applauded', 'lauded', 'commended',
    'thanked', 'applauding', 'crediting', 'thanking', 'applaud', 'applauds', 'congratulated', 'congratulating', 'congratulate', 'congratulates', 'revered'],
  WARNED: ['warn', 'warned', 'warns', 'warning', 'cautioned', 'cautions', 'cautioning'],
  PROMISED: ['promise', 'promised', 'promises', 'promising', 'vow', 'vowed', 'vows', 'vowing', 'pledge', 'pledged',
    'pledges', 'pledging', 'assured', 'assures'],
  ASKED: ['ask', 'asked', 'asks', 'asking', 'question', 'questioned', 'questions', 'wondered', 'wonders', 'urged',
    'urges', 'urging', 'demanded', 'demands', 'wondering'],
  BELIEVED: ['believe', 'believed', 'believes', 'believing', 'think', 'thinks', 'thought', 'feel', 'feels', 'felt',
    'hope', 'hopes', 'hoped', 'fear', 'fears', 'feared', 'worry', 'worries', 'worried', 'predicted', 'predicts', 'expects', 'expected', 'doubt', 'doubts',
    'doubted', 'want', 'know',
    // "…, fearing the exposure", "…, sensing he could win": participles of fear and sense, cues wherever they occur in PolNeAR train.
    'fearing', 'sensing', 'foresee', 'foresees'],
};

export const CUE_ACT = new Map<string, Act>();
for (const [act, words] of Object.entries(ACT_CUES) as Array<[Act, string[]]>) {
  for (const word of words) if (!CUE_ACT.has(word)) CUE_ACT.set(word, act);
}

/** "mocking", "hoping", "slamming": the "-ing" form of a verb `words` lists in another inflection ("mocks", "hoped", "slammed"); that form, or undefined. */
export function participleOf(lower: string, words: { has(word: string): boolean }): string | undefined {
  const stem = lower.replace(/ing$/, '');
  if (stem === lower || stem.length < 3) return undefined;
  return [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')].flatMap((base) => ['', 's', 'es', 'ed', 'd'].map((ending) => base + ending)).find((form) => words.has(form));
}

/** Mined words that are cue-like in the corpus but mostly noise as a cue on their own. */
const NOT_CUES = new Set(
  ('has have had also did do does re ve doesn’t didn’t don’t recently quickly strongly publicly privately ' +
    'criticism opposition went began sent cast looked filed released delivered ' +
    'includes ' +
    // Mined words that, read as cues, were mostly wrong on PolNeAR train (linking verbs, nouns, plain actions).
    'attacks felt recognized avoided knew appears drew maintains appear unleashed aimed seems appeared cheered ' +
    'highlighting determining seemed tries states launched titled denouncing unveiled watched stuck struck ' +
    'expected seem campaigned looks stepped tend advising shares favored ' +
    'spoke opened pushed sounded sounds feels angered encouraging tying shouting discussing delivering determined ' +
    // Mined words of renewal and memory ("renewed the show for a season", "we remember him"): no one's words on PolNeAR train.
    'renewed remember ' +
    // Mined verbs of enabling and placing ("the rule allows voters to …", "it puts him atop …"): mostly no one's words on PolNeAR train.
    'allows puts').split(' '),
);
const MIN_MINED_RATE = 0.15;

/** Words that can head a speech or attribution cue when used as a verb. */
export const CUE_WORDS = new Set<string>([...CUE_ACT.keys()]);
for (const [word, rate] of Object.entries(minedCueWords as Record<string, number>)) {
  if (rate >= MIN_MINED_RATE && !NOT_CUES.has(word) && /^[a-z]+$/.test(word)) CUE_WORDS.add(word);
}
for (const word of NOT_CUES) CUE_WORDS.delete(word);

/** Cues that take the hearer as object: "told Kelly that …". */
export const TELL_VERBS = new Set(['tell', 'tells', 'told', 'telling', 'assured', 'assures', 'warned', 'warns',
  'informed', 'reminded', 'urged', 'asked', 'asks', 'promised']);

/**
 * Content that makes a plainly "said" statement an apology or a denial, in the speaker's own words;
 * the flag says whether it also holds for reported speech (where quoted "untrue" still marks a denial).
 */
export const CONTENT_ACTS: Array<[RegExp, Act, boolean]> = [
  [/\b(?:I|we)\b[^.!?]{0,60}\bapologi[sz]e|\b(?:I|we)(?:'|’)m (?:\w+ )?sorry\b|\b(?:I|we) am (?:\w+ )?sorry\b|\bmy (?:sincere |deepest |heartfelt )?apolog/i,
    'APOLOGIZED', false],
  [/\b(?:I|we)\b[^.!?]{0,40}\bden(?:y|ied)\b|\buntrue\b|\bnot true\b|\bnever happened\b|\bcategorically (?:false|deny|denies|untrue)|\bbaseless\b|\bunfounded\b|\bfalse (?:allegations?|claims?|accusations?)\b/i,
    'DENIED', true],
];

/** Names that look like people or organizations to a tagger but never speak in the news sense. */
export const NEVER_SPEAKERS = new Set(['god', 'jesus', 'allah', 'lord', 'christ']);

/** Last words that make a capitalised run an outlet ("… Times", "… Today") or a company. */
export const OUTLET_SUFFIXES = new Set(['Times', 'Post', 'News', 'Journal', 'Magazine', 'Reporter', 'Herald',
  'Tribune', 'Gazette', 'Daily', 'Weekly', 'Press', 'Radio', 'TV', 'Network', 'Channel', 'Today', 'Tonight',
  'Show', 'Podcast', 'Review', 'Mail', 'Chronicle', 'Observer', 'Telegraph', 'Insider', 'Wire', 'Monthly',
  'Examiner', 'Bulletin', 'Dispatch', 'Sentinel', 'Star', 'Globe', 'Live', 'Standard', 'Courier', 'Enquirer', 'Inquirer']);
export const COMPANY_SUFFIXES = new Set(['Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Company', 'Co.', 'LLC',
  'Ltd', 'Ltd.', 'Group', 'Records', 'Recordings', 'Entertainment', 'Studios', 'Pictures', 'Productions',
  'Holdings', 'Partners', 'Bank', 'Airlines', 'Motors', 'Industries', 'Club', 'FC']);
/**
 * Last words that make a capitalised run a public body, party, school or charity: an organization, but not a
 * company ("Labour Party", "Home Office", "European Union"), so users filtering companies do not get governments.
 */
export const BODY_SUFFIXES = new Set(['Foundation', 'Fund', 'Association', 'Institute', 'University', 'College',
  'Department', 'Ministry', 'Committee', 'Commission', 'Agency', 'Council', 'Party', 'Campaign', 'Union', 'Court',
  'Senate', 'Congress', 'Parliament', 'Police', 'Office', 'Organization', 'Organisation', 'League', 'Federation',
  'Board', 'Authority', 'Service', 'Services', 'Society', 'Center', 'Centre', 'PAC', 'Administration', 'Army',
  'Museum', 'School', 'Church', 'Hospital', 'International', 'Trust', 'Watch']);

/**
 * Last words that make a capitalised run a named thing, not a person, however personal the words before them look:
 * prizes, plans, events and venues are often named after people ("Davis Cup", "Marshall Plan", "Tony Award").
 * Surnames that are also such nouns (Hall, Park, Hill, Castle) are left out.
 */
export const NAMED_THING_HEADS = new Set(['cup', 'trophy', 'prize', 'award', 'awards', 'medal', 'plan', 'doctrine',
  'tour', 'festival', 'memorial', 'games', 'championship', 'championships', 'theatre', 'theater', 'gallery',
  'stadium', 'arena', 'airport', 'avenue', 'bay', 'olympics', 'research', 'laboratory', 'project', 'software', 'networks',
  // A role, not a surname: "Foreign Secretary", "Argentina President".
  'secretary', 'president', 'minister', 'chancellor', 'governor', 'senator']);

/**
 * Lower-case nouns that make the name right after them an organization of that kind ("oil firm Northwind", "chip
 * maker Zentek", "broadcaster Kanal 9"): news introduces companies and outlets this way, as it introduces people
 * with a role.
 */
export const ORGANIZATION_NOUNS = new Map<string, 'company' | 'outlet' | 'other'>([
  ...['firm', 'company', 'carmaker', 'automaker', 'retailer', 'bank', 'airline', 'insurer', 'lender', 'giant', 'maker',
    'manufacturer', 'conglomerate', 'supermarket', 'chain', 'operator', 'publisher', 'brewer', 'miner', 'label',
    'studio', 'subsidiary', 'carrier', 'start-up', 'startup', 'group', 'club']
    .map((noun) => [noun, 'company'] as const),
  ...['newspaper', 'magazine', 'broadcaster', 'tabloid', 'daily', 'weekly', 'website', 'channel']
    .map((noun) => [noun, 'outlet'] as const),
  ...['agency', 'charity', 'regulator', 'watchdog', 'union', 'body'].map((noun) => [noun, 'other'] as const),
]);

/**
 * Lower-case nouns that make a name before them a body acting as one ("the Clinton campaign", "the Trump
 * administration", "the Blair government"): the organization is the name with the noun.
 */
export const GROUP_NOUNS = new Set(['campaign', 'administration', 'government', 'camp', 'team', 'office', 'ministry',
  'department', 'committee', 'cabinet', 'presidency', 'regime']);

/** Seats of government that news names as the body speaking ("the White House said", "a Kremlin spokesman"). */
export const INSTITUTIONS = new Set(['White House', 'Kremlin', 'Pentagon', 'Downing Street', 'Whitehall', 'Vatican',
  'Elysee', 'Élysée', 'Elysee Palace', 'Élysée Palace', 'Quai d’Orsay', 'Blue House', 'Capitol Hill']);

/** Nouns that describe a person ("the former model"), besides what compromise tags as an actor. */
export const PERSON_NOUNS = new Set(['model', 'co-founder', 'cofounder', 'founder', 'businessman', 'businesswoman', 'star',
  'singer', 'actor', 'actress', 'rapper', 'mogul', 'executive', 'producer', 'director', 'candidate', 'nominee',
  'senator', 'congressman', 'congresswoman', 'governor', 'president', 'mayor', 'official', 'lawmaker', 'woman',
  'man', 'mother', 'father', 'wife', 'husband', 'daughter', 'son', 'entrepreneur', 'comedian', 'host', 'anchor',
  'writer', 'author', 'journalist', 'reporter', 'chef', 'designer', 'ex', 'ex-wife', 'ex-husband', 'billionaire',
  'millionaire', 'tycoon', 'victim', 'accuser', 'musician', 'filmmaker', 'veteran', 'activist', 'leader',
  'chairman', 'chairwoman', 'ceo', 'secretary', 'republican', 'democrat', 'frontrunner', 'front-runner', 'hopeful',
  'billionaire', 'politician', 'player', 'coach', 'manager', 'spokesman', 'spokeswoman', 'diplomat', 'minister']);

/** People who speak for the organization named before them ("a White House spokesman", "Clinton campaign officials"). */
export const SPOKESPERSON_NOUNS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen',
  'spokeswomen', 'representative', 'representatives', 'official', 'officials', 'aide', 'aides', 'staff', 'staffers',
  'adviser', 'advisers', 'advisor', 'advisors', 'lawyers', 'attorneys', 'sources']);

/** Titles, honorifics and sentence-opening words that can precede a name in a capitalised run but are not part of it. */
export const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'president', 'vice', 'secretary', 'judge',
  'justice', 'mayor', 'gen', 'general', 'col', 'capt', 'captain', 'lt', 'sgt', 'rev', 'reverend', 'father',
  'pope', 'king', 'queen', 'prince', 'princess', 'chancellor', 'minister', 'prime', 'former', 'ex', 'late',
  'chief', 'executive', 'ceo', 'chairman', 'chairwoman', 'director', 'coach', 'officer', 'detective', 'agent',
  'attorney', 'lawyer', 'spokesman', 'spokeswoman', 'spokesperson', 'candidate', 'nominee', 'speaker', 'leader',
  'democrat', 'republican', 'u.s.', 'us', 'uk', 'actor', 'actress', 'singer', 'rapper', 'model', 'producer',
  'director', 'mogul', 'star', 'host', 'anchor', 'author', 'writer', 'st', 'saint', 'then', 'sgt.', 'mr.', 'mrs.',
  'ms.', 'dr.', 'gov.', 'sen.', 'rep.', 'deputy', 'shadow', 'mp', 'mep', 'commissioner', 'ambassador', 'envoy',
  'editor', 'analyst', 'economist', 'chairperson', 'councillor', 'councilman', 'councilwoman', 'inspector',
  'superintendent', 'sheriff', 'premier', 'president-elect', 'senator-elect', 'congressman', 'congresswoman', 'the', 'said', 'says', 'by', 'and', 'of', 'with', 'as', 'but', 'when',
  'while', 'after', 'before', 'if', 'in', 'on', 'at', 'for', 'to', 'from', 'dear', 'hi', 'hey', 'thanks']);

export const MALE_WORDS = new Set(['he', 'him', 'his', 'himself']);
export const FEMALE_WORDS = new Set(['she', 'her', 'hers', 'herself']);
export const MALE_HONORIFICS = new Set(['mr', 'mr.', 'sir', 'lord', 'king', 'prince', 'father']);
export const FEMALE_HONORIFICS = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dame', 'lady', 'queen', 'princess']);


/** Paragraphs that are page furniture, not article text: section labels, photo credits, links. */
export const FURNITURE = /^(?:related(?: story| stories| articles?| coverage| content)?\b|latest news\b|read more\b|watch\b|advertisement\b|image (?:copyright|caption)|photo(?:graph)?:|\(?photo by\b|getty images|follow us\b|sign up\b|share this\b|click here\b)/i;
export const PHOTO_CREDIT = /\b(?:Getty Images|FilmMagic|WireImage|Shutterstock|AP Photo|Invision|REX|Splash News)\b|^[^.!?“"]{0,60}\bvia [A-Z][^.!?“"]{0,40}$|^[^ ]+\/[^ ]+$/;
