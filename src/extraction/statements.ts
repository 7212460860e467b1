/**
 * Attributions: who a quote or a reported clause is attributed to, through which cue. Works on the token
 * stream of `analyse` and the quote spans of `findQuotes`; names are resolved to people later.
 */
import { Analysis, hasAny, isCapitalised, joinsByHyphen, paragraphOf, Sentence, Token } from './analysis';
import { CUE_ACT, CUE_WORDS, participleOf, PERSON_NOUNS, SPOKESPERSON_NOUNS, TELL_VERBS, TITLES } from './lexicon';
import { firstTokenEndingAfter } from './organizations';
import { Quote } from './quotes';

export interface TokenRange {
  first: number;
  last: number;
}

export interface Attribution {
  direct: boolean;
  /** Content offsets (quote marks excluded). */
  start: number;
  end: number;
  /** Cue tokens, or null when the statement continues an earlier one without a cue of its own. */
  cue: TokenRange | null;
  /** The whole source phrase, by tokens. */
  source: TokenRange | null;
  /** The first attribution of its group (null when it starts one): a quote continued after its cue. */
  head: Attribution | null;
}

const AUXILIARIES = new Set(['has', 'have', 'had', 'also', 'then', 'later', 'again', 'once', 'previously', 'repeatedly',
  'recently', 'reportedly', 'publicly', 'privately', 'first', 'further', 'simply', 'just', 'still', 'often', 'had',
  'would', 'will', 'did', 'does', 'do', 'has', 'may', 'might', 'could', 'should', 'can', 'never', 'not', 'flatly',
  'quickly', 'immediately', 'angrily', 'bluntly', 'openly', 'famously', 'ultimately', 'subsequently', 'emphatically',
  'always', 'already', 'clearly', 'explicitly', 'specifically', 'frequently', 'continually', 'even', 'now', 'only',
  'however', 'long', 'meanwhile', 'nonetheless', 'nevertheless', 'instead', 'therefore', 'thus',
  // Adverbs the tagger reads as a preposition or an adjective: "has since said", "soon noted", "voters overall said".
  'since', 'soon', 'overall']);
const NP_TAGS = ['Noun', 'Pronoun', 'ProperNoun', 'Determiner', 'Adjective', 'Possessive', 'Value', 'Acronym',
  'Organization', 'Person', 'Cardinal', 'Ordinal'];
const NP_BREAKERS = ['Verb', 'Preposition', 'Conjunction', 'QuestionWord', 'Adverb'];
const CONTENT_LEADS = new Set(['in', 'on', 'at', 'during', 'via', 'through', 'to', 'while', 'after', 'before', 'for',
  'with', 'from', 'last', 'this', 'earlier', 'late', 'early', 'yesterday', 'today', 'tonight', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'privately', 'publicly', 'repeatedly', 'again', 'also',
  'then', 'recently', 'later', 'once', 'often', 'simply', 'bluntly', 'flatly', 'firmly', 'openly']);
const SAY_VERBS = new Set(['say', 'says', 'said', 'write', 'writes', 'wrote', 'add', 'adds', 'added', 'tweeted',
  'posted', 'captioned', 'declared', 'explained', 'continued', 'stated', 'replied', 'responded']);
/** "…, stating his claims were “ludicrous” and noting she later “had a confrontation”": participles of saying, whose quotes go on. */
const SAYING_PARTICIPLES = new Set(['stating', 'noting', 'explaining', 'declaring', 'recalling', 'arguing', 'insisting',
  'replying', 'responding', 'remarking']);
/** Verbs of voicing words aloud, cues only where the words follow ("chanting “Lee out!”"). */
const VOICING_VERBS = /^(chant|chants|chanted|chanting|shout|shouts|shouted|shouting|yell|yells|yelled|yelling|scream|screams|screamed|screaming)$/;
/** Nouns of voicing words aloud, cues with "of" before the words ("chants of “Lee out!”"). */
const VOICING_NOUNS = /^(chant|chants|cries|shouts|yells|screams)$/;
const RELATIVE_PRONOUNS = new Set(['who', 'which']);
/** Relative pronouns that may open a restrictive clause describing a subject: "voters who …", "the poll that …". */
const RELATIVE_SUBJECTS = new Set(['who', 'which', 'that']);
/** Conjunctions opening a contrasting clause whose subject may be a group named by what it said: "while those who said …". */
const GROUP_CLAUSE_OPENERS = new Set(['while', 'whereas']);
/** Words that open a clause of their own inside a relative clause: "who left the board when she …". */
const RELATIVE_CLAUSE_ENDS = new Set(['when', 'while', 'because', 'although', 'though', 'if', 'since', 'whereas', 'unless', 'until', 'whether', 'where', 'whose', 'whom', 'and', 'but', 'or']);
/** Quantifiers that stand alone for people: "Some say", "Several said", "many said Monday", "most said they were worried". */
const QUANTIFIER_SUBJECTS = new Set(['some', 'several', 'another', 'both', 'all', 'each', 'few', 'neither', 'either', 'many', 'most']);
/** Bare verbs of stance, often read as nouns: "Most voters support Lee". */
const BARE_STANCE_VERBS = new Set(['support', 'oppose', 'endorse']);
/** Participles of stance that post-modify who takes the stance: "a group backing Lee". */
const STANCE_PARTICIPLES = new Set(['backing', 'supporting', 'opposing', 'endorsing']);
/** Kinds of finding that "show" something: "…, the analysis shows." */
const FINDING_NOUNS = new Set(['analysis', 'data', 'polling', 'review', 'count', 'research', 'tally', 'record', 'report', 'filing', 'average']);
/** Forms of "say". */
const SAY_FORMS = new Set(['say', 'says', 'said']);
/** Tokens opening a sentence after a quote within which its verb of saying stands: "“…?” Tom Hill said". */
const MAX_QUOTE_CUE_LEAD = 4;
const CLAUSE_OPENERS = new Set(['who', 'which', 'whose', 'where', 'when', 'whom']);
const NOUN_LIKE_CUES = new Set(['state', 'post', 'note', 'report', 'question', 'claim', 'charge', 'share', 'call',
  'plan', 'hope', 'fear', 'remark', 'tweet', 'states', 'shares', 'reports', 'claims', 'notes', 'calls', 'promises', 'hopes', 'fears',
  'questions', 'remarks', 'charges', 'posts', 'tweets', 'statements', 'plans', 'demands', 'warnings', 'points', 'answers', 'counters',
  'retorts', 'jokes', 'quips']);
/** Speech verbs the tagger sometimes mislabels ("Young said" as an adjective) but that are verbs here anyway. */
const UNMISTAKABLE_CUES = new Set(['said', 'says', 'told', 'tells', 'wrote', 'writes', 'added', 'adds', 'asked',
  'explained', 'noted', 'recalled', 'insisted', 'continued', 'tweeted', 'replied', 'stated', 'declared', 'argued',
  'acknowledged', 'claimed', 'denied', 'announced', 'warned', 'apologized', 'apologised', 'accused', 'insists', 'saying',
  'telling', 'adding']);
const CLAUSE_BREAKS = new Set(['but', 'while', 'although', 'though', 'however', 'whereas', 'yet']);
const VIA_PREPOSITIONS = new Set(['to', 'on', 'in', 'with', 'for']);
const PARTICLES = new Set(['out', 'up', 'back', 'on', 'off', 'about', 'over']);
/**
 * "showed up in Dayton", "called off the deal", "seeking out leaders": a cue word whose particle makes it another
 * verb, an act with no words (on PolNeAR train these were never an attribution's cue; "backed off a proposal" is a stance, so not
 * that one). Each verb's forms, then its particles.
 */
const PARTICLE_ACTIONS: Array<[RegExp, RegExp]> = [
  [/^(show|shows|showed|showing|shown)$/, /^(up|off)$/],
  [/^(call|calls|called|calling)$/, /^off$/],
  [/^(knock|knocks|knocked|knocking)$/, /^out$/],
  [/^(seek|seeks|seeking|sought)$/, /^out$/],
  // "since listing on the stock exchange", "shares listed at 40p": a listing of shares or a price, no list of points.
  [/^(list|lists|listed|listing)$/, /^(on|at)$/],
];
/** Words that, with a date or a span of time, make a phrase of time alone: "a few days later", "just today", "the next decade". */
const TIME_PHRASE_WORDS = new Set(['a', 'an', 'the', 'few', 'several', 'just', 'only', 'next', 'last', 'this', 'later', 'earlier', 'ago', 'early', 'late',
  'morning', 'afternoon', 'evening', 'night']);
const MAX_NP_TOKENS = 12;
/** The longest phrase of occasion read as saying only where words were given ("in an interview with Fox News on Monday"). */
const MAX_OCCASION_TOKENS = 9;
/** "which U.S. trade officials say …": the most tokens between a relative pronoun and its clause's speech verb. */
const MAX_RELATIVE_SOURCE_TOKENS = 5;
/** Plain verbs of saying whose relative clause inside a content ("a rule that he said would …") reports on its own. */
const RELATIVE_REPORT_VERBS = new Set(['say', 'says', 'said', 'claim', 'claims', 'claimed', 'estimate', 'estimates', 'estimated',
  'predict', 'predicts', 'predicted', 'allege', 'alleges', 'alleged', 'argue', 'argues', 'argued', 'contend', 'contends', 'contended', 'warned', 'noted']);
const MAX_SUBJECT_TOKENS = 14;
/** Verbs of putting out a message: what the message is "saying" is its sender's. */
const ISSUING_VERBS = new Set(['issue', 'issues', 'issued', 'release', 'releases', 'released', 'send', 'sends', 'sent', 'post', 'posts', 'posted', 'publish',
  'publishes', 'published', 'tweet', 'tweets', 'tweeted', 'email', 'emails', 'emailed']);
/** Words that open a noun phrase and cannot follow its head noun. */
const DETERMINER_OPENERS = new Set(['the', 'a', 'an', 'many', 'some', 'most', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
const APPROXIMATORS = new Set(['about', 'around', 'over', 'under', 'roughly', 'some']);
/** Cues of a sourceless attribution: what seems or appears to be so. */
const SEEM_VERBS = new Set(['seems', 'seemed', 'appear', 'appears', 'appeared']);
/** Verbs of saying, showing or granting after "seemed to": "she seemed to suggest …" reports her, not what seems so of her. */
const SEEMING_ACTS = new Set(['suggest', 'imply', 'indicate', 'confirm', 'acknowledge', 'concede', 'admit', 'mock', 'urge', 'blame', 'offer', 'recognize',
  'contradict', 'insinuate', 'assert', 'dismiss', 'endorse', 'reject', 'deny', 'signal', 'hint', 'show', 'respond', 'question', 'praise', 'criticize']);
/** Words opening a clause of time or cause, the writer's setting after what is reported. */
const SETTING_CLAUSE_OPENERS = ['as', 'when', 'after', 'while', 'because', 'before', 'since', 'whereas'];
/** After what seems so: "seemed calm as the votes came in". */
const SEEMING_SETTINGS = new Set([...SETTING_CLAUSE_OPENERS, 'until']);
/** After an object ("praised Lee as he left"); "until" goes on with it as often as not on PolNeAR train. */
const OBJECT_SETTING_OPENERS = new Set([...SETTING_CLAUSE_OPENERS, 'though', 'although', 'once']);
const OBJECT_SETTING_PREPOSITIONS = new Set(['despite', 'amid']);
/** Conjunctions of time or condition that open a fronted clause after a few words of time: "a week after …", "last month, when …". */
const TIME_CLAUSE_OPENERS = new Set(['when', 'after', 'before', 'while', 'as', 'if', 'since', 'once', 'until']);
/** After an object that is only a name or a pronoun, words that open the writer's time or occasion ("endorsed Lee in May", "praised him during the debate"). */
const NAME_OBJECT_ADJUNCTS = new Set(['in', 'during', 'after', 'when', 'since', 'before', 'while']);
/** Singular nouns that usually head a relative clause without "that": "the kind Hill described", "a point Lee acknowledged". */
const CONTACT_RELATIVE_HEADS = new Set(['kind', 'sort', 'type', 'way', 'reason', 'thing', 'place', 'point', 'time', 'one', 'question', 'issue', 'honor', 'number']);
/** Words that open an aside after the sentence's subject: "Lee, who …", "Lee, though she …". */
const SUBJECT_ASIDE_OPENERS = new Set(['who', 'which', 'though', 'although', 'even', 'while', 'after', 'when', 'since', 'before']);
/** What a poll or a record shows: verbs the tagger often reads as nouns. */
const SHOW_VERBS = new Set(['show', 'shows']);
/** Verbs of viewing that hold a view when followed by an object and "as": "see Lee as a threat". */
const SEE_AS_VERBS = new Set(['see', 'sees', 'saw', 'view', 'views', 'viewed', 'regard', 'regards', 'regarded']);
/** Kinds of broadcast before "show": "radio show", "reality show". */
const SHOW_KINDS = new Set(['tv', 'radio', 'reality', 'talk', 'television', 'cable', 'comedy', 'cooking', 'variety']);
const ASKED_CUES = new Set(['asked', 'questioned', 'pressed']);
/** Who a sentence opening "To …," speaks for without a name. */
const TO_WHOM_PRONOUNS = new Set(['them', 'him', 'me', 'us', 'many', 'others', 'some', 'most']);
/** What someone sees a matter by: "in her view", "in Lee's words". */
const VIEW_NOUNS = new Set(['view', 'opinion', 'words', 'eyes', 'mind', 'estimation', 'judgment', 'judgement']);
/** Pieces of speech or writing, besides CLAIM_NOUNS, that an outlet can carry: "an interview on CBS", "a report in Politico". */
const REPORT_NOUNS = new Set(['report', 'reports', 'remarks', 'interview', 'interviews', 'conversation', 'conversations', 'column', 'op-ed',
  'post', 'posts', 'appearance', 'appearances', 'statements', 'message', 'tweet', 'tweets', 'article', 'essay', 'speech', 'letter']);
/** Nouns that report what someone holds or said: "her claim that …". */
const CLAIM_NOUNS = new Set(['claim', 'claims', 'assertion', 'assertions', 'allegation', 'allegations', 'accusation',
  'accusations', 'argument', 'belief', 'beliefs', 'view', 'insistence', 'suggestion', 'warning', 'warnings', 'promise',
  'promises', 'pledge', 'statement', 'charge', 'charges', 'contention', 'hope', 'hopes', 'fear', 'fears', 'concern',
  'concerns', 'complaint', 'complaints', 'prediction', 'predictions', 'admission', 'denial', 'insinuation', 'suspicion',
  'conviction', 'announcement', 'boast', 'vow', 'remark', 'comments', 'comment', 'suggestions', 'position', 'demand']);
/** Nouns that report what someone said or holds only as the subject of "is/was that": "Lee's answer was that …", "The idea is that …" (not "an answer that he gave"). */
const COPULA_CLAIM_NOUNS = new Set(['answer', 'response', 'point', 'idea', 'impression', 'understanding', 'message']);
/** Nouns of a reply or a view whose owner's words follow "is/was" and a colon or comma: "Lee's answer was: …", "My advice is, …". */
const COPULA_PUNCT_NOUNS = new Set(['answer', 'response', 'reply', 'retort', 'point', 'advice', 'analysis', 'message', 'argument', 'impression', 'verdict']);
/** Nouns of a stance taken toward something, with the prepositions that name it: "Lee's attacks on Hill", "heaped praise on the plan". */
const STANCE_NOUN_LINKS = new Map<string, string[]>([
  ['attacks', ['on', 'against']], ['attack', ['on', 'against']], ['criticism', ['of', 'on']], ['critique', ['of']], ['calls', ['for']], ['call', ['for']],
  ['comments', ['on', 'about']], ['comment', ['on', 'about']], ['praise', ['on', 'for', 'of']], ['endorsement', ['of']],
]);
/**
 * Nouns of stance whose named owner is the source ("Hill's criticism of …"); after a name a single "attack on", "call for",
 * "comment on", and "praise", "endorsement" mostly were not annotated on PolNeAR train ("support for" not even after a verb).
 */
const OWNED_STANCES = new Set(['attacks', 'criticism', 'critique', 'calls', 'comments']);
/** Verbs of getting a stance from others: "won the endorsement of …", "drew criticism from …". */
const RECEIVING_VERBS = new Set(['won', 'wins', 'received', 'receives', 'earned', 'earns', 'picked', 'drew', 'draws', 'drawn', 'has', 'had', 'got', 'gets', 'gotten',
  'secured', 'gained', 'enjoys', 'enjoyed', 'landed', 'garnered', 'faced', 'faces', 'sparked']);
/** Passive verbs of stance whose subject is what the stance is about: "was criticized by …" ("backed by", "endorsed by" mostly were not annotated on PolNeAR train). */
const PASSIVE_STANCES = new Set(['criticized', 'criticised', 'rejected', 'attacked', 'accused', 'dismissed', 'denounced', 'condemned', 'mocked',
  'slammed', 'blasted', 'praised', 'lauded', 'hailed', 'challenged', 'questioned', 'disputed']);
/** Nouns of stance or speech that a verb gives ("voiced support for", "offered a defense of", "expressed doubts about"): PolNeAR puts them in the cue. */
const STANCE_NOUNS = new Set(['support', 'criticism', 'praise', 'defense', 'defence', 'defenses', 'words', 'enthusiasm', 'condolences', 'interest',
  'discomfort', 'concern', 'concerns', 'doubts', 'reservations', 'opposition', 'sympathy', 'skepticism', 'admiration', 'frustration', 'outrage',
  'anger', 'confidence', 'gratitude', 'regret', 'responsibility', 'fondness', 'disdain', 'contempt', 'appreciation', 'understanding', 'sign', 'signs']);
/** Verbs that give a stance or a feeling voice: "expressed doubts about", "offered a defense of", "showed little interest in". */
const EXPRESSING_VERBS = new Set(['expressed', 'express', 'expresses', 'expressing', 'voiced', 'voice', 'voices', 'voicing', 'offered', 'offer', 'offers',
  'offering', 'showed', 'show', 'shows', 'showing', 'shown', 'claimed', 'claim', 'claims', 'claiming', 'signaled', 'signalled', 'signals', 'shared', 'share', 'shares']);
/** What others give: "the backing of …", "criticism from …". */
const STANCE_GIVEN = new Set(['endorsement', 'endorsements', 'backing', 'support', 'criticism', 'praise', 'condemnation']);
/**
 * "She is widely known for …", "he is seen as a moderate": what people hold of the subject,
 * with no source ("viewed", "deemed", "regarded" cost dev precision; "considered" as often was not annotated on PolNeAR train).
 */
const PASSIVE_VIEWS = new Set(['known', 'seen']);
/** Passive views that are plain perception unless "as" or an agent follows: "was seen leaving", "can be seen on the tape". */
const PERCEIVED_VIEWS = new Set(['seen']);
/** "He was said to be furious", "She is believed to have left": what is reported of the subject, with no source. */
const PASSIVE_REPORTS = new Set(['said', 'believed', 'thought', 'reported', 'rumored', 'rumoured', 'alleged', 'understood']);
/** "Lee was declared the winner": an outcome announced, with no source. */
const PASSIVE_DECLARATIONS = new Set(['declared', 'announced', 'proclaimed']);
/** What a finding is "in": "In a CNN poll, …". */
const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'study']);
/** Words that make a poll a particular one: "the latest poll", "a new survey". */
const NEWS_POLL_WORDS = new Set(['latest', 'new', 'recent', 'same', 'national', 'statewide']);
const REFLEXIVES = new Set(['myself', 'yourself', 'himself', 'herself', 'itself', 'ourselves', 'yourselves', 'themselves']);
/** The forms of "call", which labels what it names ("called Lee a liar"). */
const CALLING_VERBS = new Set(['call', 'calls', 'called', 'calling']);

/** Participles that give a name: "a firm called …", "a man named …". */
const NAMING_PARTICIPLES = new Set(['called', 'named', 'dubbed', 'titled', 'entitled']);
/** Prepositions that open a phrase of place, time or medium after a cue ("said in a statement", "reported from Washington"). */
const ADJUNCT_LEADS = new Set(['in', 'from', 'at', 'during', 'on', 'via', 'through', 'with']);
/** What opens "in a statement", "in his written statement" after a cue. */
const STATEMENT_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their']);
const STATEMENT_NOUNS = new Set(['statement', 'statements']);
/** Documents sent out whose participle reports them: "sent an email saying …". */
const SENT_DOCUMENTS = new Set(['statement', 'statements', 'email', 'emails', 'e-mail', 'release', 'releases', 'letter', 'letters', 'tweet', 'tweets',
  'message', 'messages', 'response', 'report', 'reports', 'ad', 'ads', 'advertisement', 'advertisements', 'video', 'memo', 'note', 'post',
  'op-ed', 'petition', 'petitions', 'banner', 'banners', 'sign', 'signs', 'resolution']);
/** What a face does as words are said: "said with a grin". */
const FACES = new Set(['laugh', 'smile', 'grin', 'smirk', 'chuckle', 'shrug', 'sigh', 'wink', 'nod']);
/** Sites a cue's words come out on: "wrote on Facebook". */
const MEDIUM_SITES = new Set(['twitter', 'facebook']);
/** Prepositions that open a setting after an object: "endorsed Lee during a call", "denied it through his lawyer". */
/** Adverbs of sequence between a joining conjunction and a second verb ("and then said", "but now says"). */
/** Modal auxiliaries: a verb after one foretells or supposes. */
const MODALS = new Set(['would', 'will', 'could', 'should', 'may', 'might', 'can']);
const JOINED_ADVERBS = new Set(['then', 'later', 'now', 'also', 'again', 'eventually', 'finally', 'instead']);
const SETTING_PREPOSITIONS = new Set(['during', 'at', 'through', 'via']);
/** Words that open a clause: a subject starts after them. */
const SUBJECT_BOUNDARIES = new Set(['that', 'and', 'but', 'or', 'because', 'while', 'when', 'whereas', 'although',
  'though', 'if', 'as', 'since', 'so', 'after', 'before', 'where', 'unless', 'until', 'whether', 'than', 'yet']);
/** Words that open a clause with a verb of its own inside another clause: "the claim that Hill, who left, lied …". */
const NESTED_CLAUSE_OPENERS = new Set(['that', 'who', 'which', 'because', 'while', 'when', 'whereas', 'although', 'though', 'if',
  'since', 'unless', 'until', 'whether', 'where']);
const MAX_APPOSITION_TOKENS = 30;
/** Adverbs that go with a verb, never before an adjective or a participle that modifies a noun. */
const VERB_ADVERBS = new Set(['also', 'then', 'later', 'again', 'still', 'never', 'not', 'since']);
/** Words that open what was asked: "asked by the host whether …". */
const QUESTION_LEADS = new Set(['whether', 'if', 'about', 'to', 'why', 'how', 'what', 'who', 'when', 'where']);
/** A label before a colon ("Jane Doe: …") is a source when it is this short. */
const MAX_LABEL_TOKENS = 4;
/** Words after a label, alone in its paragraph, that make it a section head ("Cruz: Just hang on.") outside a dialogue. */
const MAX_SECTION_HEAD_WORDS = 5;
/** Paragraphs without a label that a speaker's turn may run on through before the next label. */
const MAX_TURN_PARAGRAPHS = 2;
/** A headline's label with its topic or hearers ("Ann Lee on the Dayton Bridge Vote:") may run this long. */
const MAX_HEADLINE_LABEL_TOKENS = 10;
/** Page labels written like a source before a colon. */
/** Prepositions that end a speaker's name in a headline label; "on" and "to" open its topic or hearers instead. */
const LABEL_BREAKING_PREPOSITIONS = new Set(['for', 'in', 'with', 'from', 'about', 'against', 'over', 'after', 'before', 'by']);
const NOT_SPEAKER_LABELS = new Set(['the latest', 'contributing', 'twitter', 'watch', 'look', 'wow', 'breaking',
  'update', 'correction', 'note', 'editor’s note', "editor's note", 'revealed', 'exclusive', 'video', 'photos',
  'related', 'read more', 'name', 'so', 'bombshell', 'report card']);
/** Words that head the name of a page's section ("Delegate Update", "Paid Notice"), not of a speaker. */
const SECTION_HEADS = new Set(['update', 'updates', 'notice', 'notices', 'roundup', 'digest', 'recap', 'newsletter', 'briefing']);
/** Words that open a phrase ending at a comma before its main clause ("by the time …, it was", "based on what he saw, Lee is"). */
const SPLICE_OPENERS = new Set(['however', 'time', 'like', 'based', 'whatever', 'whenever', 'wherever', 'whoever', 'regardless', 'given', 'unlike']);
/** Prepositions that open an adjunct after a source's comma ("…, in Iowa, said"), not part of the source. */
const ADJUNCT_PREPOSITIONS = new Set(['in', 'at', 'with', 'on', 'from', 'for', 'during']);
/** Relative pronouns that stand for what a cue names: "what Hill called …", "whom he called …". */
const OBJECT_RELATIVES = new Set(['what', 'whom']);
/** Names a source list "A, B and C said" takes in before its last two. */
const MAX_LISTED_SOURCES = 4;
/** Time phrases between a source and its cue. */
const TIME_PHRASES = ['at the time', 'in the past', 'in recent years', 'in recent weeks', 'in recent days', 'in recent months',
  'for years', 'for decades', 'for months', 'so far', 'by then', 'earlier in the day', 'later in the day', 'for the first time',
  'that night', 'that evening', 'that morning', 'that afternoon', 'that day'].map((phrase) => phrase.split(' '));
/** Words that open a clause or a time after a source named after its cue ("said Tom Hill when asked …"). */
const SOURCE_ENDING_OPENERS = new Set(['when', 'as', 'while', 'after', 'before', 'during', 'because', 'since', 'until', 'following']);
/** Words before a participle cue that opens its sentence: "After saying …, Lee …". */
/** Times after an object: "on Sunday morning", "last week", "in recent years". */
const TIME_WORDS = new Set(['morning', 'night', 'evening', 'afternoon', 'day', 'days', 'week', 'weeks', 'weekend', 'month', 'months', 'year', 'years', 'today', 'yesterday', 'tonight']);
/** Messages put out by their makers, besides REPORT_NOUNS and CLAIM_NOUNS: "ran an ad calling …", "signed petitions urging …". */
const MESSAGE_NOUNS = new Set(['ad', 'ads', 'release', 'releases', 'email', 'emails', 'website', 'articles', 'petition', 'petitions', 'memo', 'letters',
  'video', 'videos', 'commercial', 'commercials', 'mailer', 'mailers', 'flyer', 'flyers', 'book', 'op-eds', 'editorial', 'editorials', 'response', 'responses', 'account', 'time', 'turns']);
/** Occasions and media something is said at or in: "at a rally", "in an interview", "on Twitter". */
const OCCASION_NOUNS = new Set(['debate', 'debates', 'rally', 'rallies', 'interview', 'interviews', 'conference', 'speech', 'speeches', 'meeting', 'hearing',
  'statement', 'appearance', 'hall', 'event', 'briefing', 'forum', 'op-ed', 'column', 'tweet', 'tweets', 'broadcast', 'episode', 'session', 'convention',
  'trail', 'summit', 'fundraiser', 'visit', 'tour', 'video', 'letter', 'email', 'testimony', 'remarks', 'address', 'twitter', 'facebook', 'instagram',
  'youtube', 'media', 'television', 'radio', 'website', 'blog', 'print', 'stage', 'court', 'panel', 'show']);
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'they']);
const PARTICIPLE_OPENERS = new Set(['after', 'before', 'while', 'since', 'upon', 'by', 'in', 'without', 'despite', 'when']);
/** Words that open a clause before the sentence's main one ("While …, she …"). */
const FRONTED_CLAUSE_OPENERS = new Set(['while', 'although', 'though', 'when', 'if', 'as', 'after', 'because', 'since', 'despite', 'even', 'whereas', 'once', 'before', 'unless', 'until', 'whether', 'with']);

/** Words that open the main clause after a comma on their own: ", she voted …", ", their plan is …". */
const CLAUSE_SUBJECT_WORDS = new Set(['he', 'she', 'they', 'we', 'i']);
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our']);
/** Participles after a comma that list or measure what came before ("…, including …", "…, ranging from …"): still the content. */
const CONTENT_PARTICIPLES = new Set(['including', 'ranging', 'numbering', 'totaling', 'totalling']);
/** A speaker's own words and the gatherings they are said at: "in a statement", "at a rally". */
const OWN_MEDIUM_NOUNS = new Set([...REPORT_NOUNS, 'statement']);
const GATHERING_NOUNS = new Set(['rally', 'rallies', 'conference', 'event', 'fundraiser', 'forum', 'briefing', 'hall', 'stop', 'luncheon', 'dinner', 'breakfast']);
/** Nouns that sum up the act just told as one thing ("…, a move that …", "— a sign of …"): the writer's comment on it, not more of the content. */
const SUMMING_NOUNS = new Set(['move', 'moves', 'step', 'steps', 'sign', 'signal', 'tactic', 'decision', 'reference', 'nod', 'swipe', 'jab', 'dig', 'rebuke',
  'remark', 'comment', 'claim', 'charge', 'message', 'plan', 'promise', 'allusion', 'reversal', 'echo', 'reminder', 'gesture', 'concession', 'hint', 'indication',
  // What a statement amounts to: "said she backs a tax cut — a controversial proposal …", "…, a boost for Lee".
  'proposal', 'boost', 'idea', 'pledge', 'vow', 'threat', 'warning', 'position', 'stance', 'refrain', 'theme', 'attack', 'shot']);
/** Prepositions that open a source's post-modifier: "a spokesman for …", "aides to …", "sources close to …", "candidates like …". */
const POSTMODIFIER_PREPOSITIONS = new Set(['for', 'to', 'at', 'in', 'from', 'with', 'on', 'like']);
/** Prepositions that PolNeAR train puts in a cue ("talked about", "called for", "railed against") far more often than in its content. */
const CUE_PREPOSITIONS = new Set(['for', 'about', 'of', 'against', 'on', 'with', 'over', 'at']);
/** Connectives after a source's comma ("Tom Hill, however, said") that PolNeAR train leaves out of the source. */
const DISCOURSE_CONNECTIVES = new Set(['however', 'meanwhile', 'though', 'although', 'while', 'after', 'too', 'still',
  'instead', 'but', 'as', 'without', 'once', 'by', 'before']);

/** Participles that open a title ("ranking member", "acting director", "managing editor"), not an adjunct. */
const TITLE_PARTICIPLES = new Set(['ranking', 'acting', 'managing', 'founding', 'presiding', 'outgoing', 'incoming', 'sitting', 'retiring',
  'governing', 'reigning', 'visiting', 'supervising', 'consulting']);

/** Verbs of enacting, a stance on what they enact only when that is a bill, a law or a pact ("signed the bill", not "signed a lease", "passed the microphone"). */
const ENACTING_VERBS = new Set(['signed', 'passed']);
const ENACTED_THINGS = new Set(['bill', 'bills', 'law', 'laws', 'measure', 'measures', 'legislation', 'resolution', 'resolutions', 'referendum',
  'referendums', 'amendment', 'amendments', 'act', 'ordinance', 'order', 'treaty', 'agreement', 'accord', 'pledge', 'petition', 'sanctions', 'ban', 'budget']);
/** Adjectives of a stance or a feeling toward something, after a form of "be": "is critical of", "were worried about", "is confident that". */
const STANCE_ADJECTIVES = new Set(['critical', 'supportive', 'skeptical', 'sceptical', 'wary', 'proud', 'aware', 'fond', 'dismissive', 'suspicious',
  'enamored', 'confident', 'convinced', 'sure', 'optimistic', 'pessimistic', 'hopeful', 'worried', 'concerned', 'unhappy', 'angry', 'upset',
  'disappointed', 'pleased', 'mistrustful', 'doubtful', 'adamant', 'divided', 'split', 'satisfied', 'uncomfortable', 'excited',
  'thrilled', 'undecided', 'leery', 'passionate', 'outspoken', 'appreciative', 'impressed', 'upbeat', 'uneasy']);
/** Who holds a stance, as the complement of "be": "Lee is a fierce critic of …", "she was an early backer of …". */
const STANCE_HOLDERS = new Set(['supporter', 'supporters', 'critic', 'critics', 'backer', 'backers', 'defender', 'defenders', 'opponent', 'opponents',
  'fan', 'fans', 'proponent', 'proponents', 'admirer', 'admirers', 'champion', 'advocate', 'advocates']);
/** Participles of a feeling that take what caused it with "by": "was troubled by the vote", "were angered by the deal". */
const FELT_BY = new Set(['impressed', 'unimpressed', 'angered', 'delighted', 'shaken', 'pleased', 'displeased', 'troubled', 'upset', 'startled',
  'irritated', 'frustrated', 'disappointed', 'alarmed', 'bothered', 'offended', 'encouraged', 'heartened', 'surprised', 'shocked', 'stunned',
  'outraged', 'disturbed', 'dismayed', 'annoyed', 'amused', 'intrigued', 'scared', 'frightened', 'horrified', 'appalled', 'excited', 'thrilled',
  'saddened', 'baffled', 'puzzled', 'infuriated', 'enraged', 'incensed', 'disgusted', 'worried', 'concerned']);
/** What a stance adjective takes its object or clause with ("divided on", "worried over"). */
const STANCE_ADJECTIVE_LINKS = new Set(['of', 'about', 'that', 'with', 'on', 'over']);
/**
 * Forms of "seek" and "request", and what is sought when they name a candidacy, a reporter's request or a withheld name
 * ("requested anonymity to discuss …") rather than an attribution.
 */
const SEEK_VERBS = new Set(['seek', 'seeks', 'seeking', 'sought', 'request', 'requests', 'requested', 'requesting']);
/** Written works whose writing is a deed: "wrote a book", "published a column". */
const WRITTEN_WORKS = /^(books?|memoirs?|novels?|songs?|letters?|columns?|dissertation|thesis|introduction|foreword|commentary|piece|op-ed|dissent|essays?|constitution|speech)$/;
const SOUGHT_OFFICES = new Set(['presidency', 'nomination', 'reelection', 're-election', 'term', 'office', 'seat', 'comment', 'anonymity']);
/**
 * What one claims by winning or taking it, not by saying: "claiming the title", "claimed more territory", "claimed 14
 * lives". Victory, a nomination or responsibility are claimed by declaring them, so they stay claims.
 */
const CLAIM_VERBS = new Set(['claim', 'claims', 'claimed', 'claiming']);
const CLAIMED_PRIZES = new Set(['prize', 'title', 'titles', 'crown', 'trophy', 'cup', 'doubles', 'singles', 'championship',
  'medal', 'medals', 'gold', 'seat', 'seats', 'territory', 'residency', 'lives', 'life']);
/** What one defends by holding it, not by arguing: "defending 24 Senate seats", "defend his title". */
const DEFEND_VERBS = new Set(['defend', 'defends', 'defended', 'defending']);
const DEFENDED_HOLDINGS = new Set(['seat', 'seats', 'state', 'states', 'majority', 'majorities', 'title', 'crown',
  'championship', 'stronghold', 'lead']);

/** Forms of "take", a cue only with a stance taken: "took aim at", "takes issue with". */
const TAKE_VERBS = new Set(['take', 'takes', 'took', 'taking', 'taken']);
/** Nouns of a stance taken ("took aim at", "took issue with"), each with the preposition that opens its object. */
const STANCE_TAKEN = new Map([['aim', 'at'], ['issue', 'with'], ['credit', 'for'], ['shot', 'at'], ['shots', 'at'], ['swipe', 'at'], ['swipes', 'at'], ['jab', 'at'], ['jabs', 'at']]);
/** Verbs of a blow that, with "back", are a retort: "shot back", "fired back at", "hit back". */
const RETORT_VERBS = new Set(['shot', 'shoots', 'fired', 'fires', 'hit', 'hits', 'hitting', 'firing', 'shooting']);
/** Verbs of talking, a cue only with what they are about: "spoke about", "speaks of", "spoke out against". */
const TALK_VERBS = new Set(['talk', 'talks', 'talked', 'talking', 'speak', 'speaks', 'spoke', 'speaking', 'spoken']);
/**
 * Verbs of a stance that are a cue only with the words after them, their object the content: "pushed for a ban", "will call for
 * a recount", "lashed out at Hill", "bristled at the idea", "came out against the deal", "doubled down on the plan" (mostly
 * annotated so on PolNeAR train; "push", "call", "come" or "open" alone mostly were not). Each verb's forms, then the words after it.
 */
const STANCE_PHRASES: Array<[RegExp, string[][]]> = [
  [/^(push|pushes|pushed|pushing|call)$/, [['for']]],
  [/^(lash|lashes|lashed|lashing)$/, [['out', 'at']]],
  [/^(bristle|bristles|bristled|bristling|scoff|scoffs|scoffed|scoffing|marvel|marvels|marveled|marvelled|marveling|marvelling)$/, [['at']]],
  [/^(come|comes|came|coming)$/, [['out', 'against'], ['out', 'for'], ['out', 'in', 'favor', 'of']]],
  [/^(double|doubles|doubled|doubling)$/, [['down', 'on']]],
  [/^(hint|hints|hinted|hinting)$/, [['at']]],
  [/^(open|opens|opened|opening)$/, [['up', 'about']]],
  [/^(speak|speaks|spoke|speaking|spoken)$/, [['out', 'for'], ['out', 'in', 'favor', 'of']]],
  [/^(poke|pokes|poked|poking)$/, [['fun', 'at']]],
  [/^(sides|sided)$/, [['with']]],
  // "weighed in on the deal", "sounded off against the plan", "held forth on the economy" (not "to weigh in on", mostly not annotated).
  [/^(weighs|weighed)$/, [['in', 'on']]],
  [/^(sound|sounds|sounded|sounding)$/, [['off', 'on'], ['off', 'about'], ['off', 'against']]],
  [/^(holds|held)$/, [['forth', 'on'], ['forth', 'about']]],
  [/^(distance|distances|distanced|distancing)$/, ['himself', 'herself', 'themselves', 'itself'].map((self) => [self, 'from'])],
];
/**
 * Verbs whose object, a noun of speech, makes the whole phrase a cue, what it is about the content: "made harsh comments about Lee",
 * "makes the case for a tax", "sounded a cautious note on", "cast doubt on the plan" (mostly annotated so on PolNeAR train;
 * not "made demands of" or "made the request", nor "raised questions about", often said of a report or an event).
 */
const SPOKEN_NOUN_PHRASES: Array<[RegExp, Set<string>]> = [
  [/^(make|makes|made|making)$/, new Set(['comment', 'comments', 'statement', 'statements', 'remark', 'remarks', 'case', 'call', 'plea', 'argument',
    'arguments', 'joke', 'jokes', 'apology', 'apologies', 'allegation', 'allegations', 'accusation', 'accusations', 'prediction', 'predictions', 'claim', 'claims'])],
  [/^(sound|sounds|sounded|sounding)$/, new Set(['note', 'alarm'])],
  [/^(cast|casts|casting)$/, new Set(['doubt', 'doubts', 'blame'])],
];
/** Verbs that carry a cue on after "to": "continued to insist", "began to argue". */
const CUE_CARRIERS = new Set(['continue', 'continues', 'continued', 'continuing', 'began', 'begins', 'begin', 'proceeded']);
/** Forms of "attempt", a cue only with an infinitive of speech after it. */
const ATTEMPT_FORMS = new Set(['attempt', 'attempts', 'attempted', 'attempting']);
/**
 * Words whose infinitive PolNeAR's annotators keep in the cue, its object being the content: "was quick to embrace | the
 * plan", "continued to portray | Lee as weak", "attempted to tie | Lee to Hill". Not "declined", "refused", "vowed" or
 * "sought": there the infinitive is mostly what is refused or vowed ("declined | to comment").
 */
const INFINITIVE_CARRIERS = new Set([...CUE_CARRIERS, 'try', 'tries', 'tried', 'trying', 'attempt', 'attempts', 'attempted',
  'attempting', 'quick', 'reluctant', 'seem', 'seems', 'seemed', 'seeming', 'appear', 'appears', 'appeared', 'fail', 'fails', 'failed', 'likely', 'able']);
/** A preposition or particle the annotators keep with a carried verb: "continued to push for | a tax", "quick to point out | that …". */
const CARRIED_VERB_LINKS = new Set([...PARTICLES, 'for', 'against', 'at', 'with', 'to', 'into', 'of']);
/** Words of readiness that carry a cue on after a copula and "to": "were more likely to say", "is willing to concede". */
const READINESS_WORDS = new Set(['likely', 'unlikely', 'able', 'willing', 'ready']);
/**
 * Verbs that bring someone to an act, whose object is the one who then speaks: "led Ann Lee to declare …", "prompting voters to
 * question …", "leaving many to wonder …" (mostly annotated so on PolNeAR train, unlike "urged" or "asked" them to).
 */
const BRINGING_VERBS = new Set(['led', 'lead', 'leads', 'leading', 'prompted', 'prompt', 'prompts', 'prompting', 'left', 'leave', 'leaves', 'leaving',
  'forced', 'force', 'forces', 'forcing', 'caused', 'cause', 'causes', 'causing', 'drove', 'drive', 'drives', 'driving']);
/** Quantifiers standing for people ('leaving many to wonder', 'led some to ask'). */
const QUANTIFIER_PRONOUNS = new Set(['many', 'some', 'few', 'several', 'most', 'all', 'both', 'others', 'one', 'none', 'everyone', 'everybody', 'anyone', 'someone']);
/** Forms of "go" in "went on to", which carries a cue on. */
const WENT_ON = new Set(['went', 'goes', 'go', 'going', 'gone']);
/** What one goes on to do rather than say: "went on to win the nomination", "went on to serve as mayor". */
const ACHIEVEMENT_VERBS = new Set(['win', 'lose', 'defeat', 'beat', 'serve', 'lead', 'become', 'run', 'build', 'work', 'found', 'earn',
  'make', 'take', 'get', 'play', 'star', 'marry', 'study', 'graduate', 'join', 'form', 'score', 'finish', 'place', 'capture', 'be']);
/**
 * Verbs of going before an audience, each with the word that opens where: "took to Twitter to say", "went on CNN to defend"
 * (mostly annotated so on PolNeAR train, the infinitive's subject that of the verb). Not "appeared on television to …", read as no report.
 */
const PLATFORM_VERBS: Array<[RegExp, Set<string>]> = [
  [/^(took|takes|take|taking)$/, new Set(['to'])],
  [/^(went|goes|go|going)$/, new Set(['on', 'before'])],
];
/**
 * Verbs of meeting or coming before others, whose purpose infinitive is a report by their subject: "Ann Lee met with donors on
 * Monday to discuss the budget", "gathered at a diner to talk about jobs" (mostly annotated so on PolNeAR train). Not "called
 * Tom Hill to congratulate him" or "appeared on television to defend …", read as no report.
 */
const MEETING_VERBS = new Set(['met', 'meet', 'meets', 'gathered', 'gather', 'gathers', 'mingle', 'mingled', 'mingles', 'visited', 'visit', 'visits',
  'sat', 'sit', 'sits', 'came', 'come', 'comes', 'headed', 'heading', 'traveled', 'travelled', 'flew', 'returned',
  'arrived', 'stopped', 'convened', 'huddled', 'went']);
/** Words that may stand between a meeting verb and its purpose "to": "met last week with donors in Ohio to discuss". */
const MEETING_LINKS = new Set(['with', 'at', 'in', 'on', 'from', 'for', 'down', 'privately', 'together', 'again', 'briefly', 'separately']);
/** The longest stretch between a meeting verb and its purpose "to". */
const MAX_MEETING_TOKENS = 8;
/** Verbs of putting a message or an occasion to a use: "used his speech to call for …", "uses the time to attack …". */
const USING_VERBS = new Set(['used', 'uses', 'use', 'using']);
/** The longest object of a verb that brings someone to speak: "led the party's state chairman to declare". */
const MAX_BROUGHT_TOKENS = 6;
const FLOATING_QUANTIFIERS = new Set(['both', 'all', 'each', 'yet']);
/** Between a subject and its cue: "has", "also", "however", "long" ("Ryan has long said"). */
function isBeforeCue(token: Token): boolean {
  // "Ann May said", "Tom Long said": a surname spelled like an auxiliary or an adverb is part of the name.
  if (token.post || (isCapitalised(token) && token.tags.has('Person'))) return false;
  // "hasn't" is read as "hasn't" and an empty negative; "They both said", "We all said".
  if (token.tags.has('Negative') || /n['’]t$/.test(token.lower) || FLOATING_QUANTIFIERS.has(token.lower)) return true;
  return AUXILIARIES.has(token.lower) || (token.tags.has('Adverb') && !token.tags.has('QuestionWord') && !isCapitalised(token));
}

/**
 * "He’s argued", "who’d said": the tagger splits "’s"/"’d"/"’ve" off as an empty helper, read as "has"/"had"/"have" before a
 * past participle of a listed speech verb as the written-out "has argued" is; not "I’d add" (would), "it’s known" (is)
 * nor "we’ve learned", "he’s wanted to" (on PolNeAR train the helper before any participle brought more wrong readings than right).
 */
function isContractedPerfect(subject: Token, helper: Token, cue: Token): boolean {
  // "Britain’s emotionally charged uprising": after a name the "’s" is a possessive the tagger took for "has".
  return helper.text === '' && helper.tags.has('Auxiliary') && !hasAny(helper, ['Modal', 'Copula']) && hasAny(subject, ['Pronoun', 'QuestionWord']) &&
    cue.tags.has('PastTense') && CUE_ACT.has(cue.lower);
}

/** "has", "will", "is", "also": a helper or an adverb between subject and verb, no verb of manner ("shot back", "mused"). */
function isHelperVerb(token: Token): boolean {
  return hasAny(token, ['Auxiliary', 'Copula', 'Modal']) || AUXILIARIES.has(token.lower);
}

/** A common noun, title or role naming a person ("senator", "spokeswoman", "co-founder"), in any of the forms given. */
function isPersonWord(...forms: string[]): boolean {
  return [PERSON_NOUNS, SPOKESPERSON_NOUNS, TITLES].some((words) => forms.some((form) => words.has(form)));
}

function isNpToken(token: Token): boolean {
  if (token.lower === 'of' || token.lower === '&') return true;
  if (hasAny(token, NP_BREAKERS) && !token.tags.has('Person') && !token.tags.has('ProperNoun')) {
    return token.tags.has('Adjective') || token.tags.has('Noun');
  }
  return hasAny(token, NP_TAGS) || isCapitalised(token);
}

/** A number or a sum ("40 percent", "$281 million", "292,000"). */
function isFigure(token: Token | undefined): boolean {
  return token !== undefined && (token.tags.has('Value') || /^[$\d]/.test(token.text));
}

function isAbbreviation(token: Token): boolean {
  return token.post === '.' && (token.tags.has('Honorific') || /^[A-Z][a-z]{0,3}$/.test(token.text) || /^[A-Z]$/.test(token.text));
}

function isNpHead(token: Token, previous?: Token): boolean {
  if (previous?.tags.has('Determiner') && (token.tags.has('Adjective') || /-year-old$/.test(token.lower))) return true;
  // "“…,” the two said": a small number after "the" stands for the people named before it.
  if (previous?.lower === 'the' && /^(two|three|four)$/.test(token.lower)) return true;
  // "a software firm": an adjective right after a noun is a noun head the tagger misread, adjectives come before their noun.
  if (previous && previous.tags.has('Noun') && !hasAny(previous, ['Pronoun', 'Adjective']) && !previous.post && token.tags.has('Adjective') && !token.tags.has('Verb') &&
    !/^(last|most|earlier|later|alike|alone|first|long|only|least)$/.test(token.lower)) return true;
  if (previous && (previous.tags.has('Possessive') || /['’]s$/.test(previous.text)) && /^[a-z]+$/.test(token.text) && !token.tags.has('Auxiliary')) return true;
  return (
    (token.tags.has('Noun') || token.tags.has('Pronoun') || token.tags.has('ProperNoun') || token.tags.has('Acronym') || isCapitalised(token)) &&
    !token.tags.has('Verb') && !token.tags.has('Preposition') && !token.tags.has('Conjunction') && !token.tags.has('Determiner')
  );
}

export class AttributionFinder {
  private readonly tokens: Token[];
  private readonly sentences: Sentence[];
  private readonly text: string;
  /** Per token: 1 when it sits inside a quote that is (or may be) someone's words. */
  readonly quoted: Uint8Array;
  /** Per token: 1 when already used as a cue, a source or content. */
  private readonly used: Uint8Array;
  readonly attributions: Attribution[] = [];
  /** Reports found in a relative clause inside another content (pushRelativeReports), which stay beside it. */
  private readonly relativeReports = new Set<Attribution>();
  /** Contents found after a speaker label ("Ann Lee: …"), read first as their sentence alone. */
  private readonly labelled = new Set<Attribution>();
  /** Per sentence index: whether it has a plain lowercase verb (hasPlainVerb), computed once. */
  private readonly plainVerbs = new Map<number, boolean>();
  /** Token indices where what a poll found opens after its phrase ("In a poll released Monday, …"; inPollAt). */
  private readonly pollFindings = new Set<number>();

  constructor(
    private readonly analysis: Analysis,
    private readonly quotes: Quote[],
    private readonly skippedSentences: Set<number>,
    /** Per token: 1 inside an outlet or platform name. */
    private readonly outlets: Uint8Array,
  ) {
    this.tokens = analysis.tokens;
    this.sentences = analysis.sentences;
    this.text = analysis.text;
    this.quoted = new Uint8Array(this.tokens.length);
    this.used = new Uint8Array(this.tokens.length);
    for (const quote of quotes) {
      if (wordCount(this.text, quote.start, quote.end) < 4) continue;
      const [first, last] = this.tokenRange(quote.start, quote.end);
      for (let k = first; k < last; k++) this.quoted[k] = 1;
    }
  }

  find(): Attribution[] {
    this.splitQuotesAtOwnCue();
    const quoteAttributions = new Map<Quote, Attribution>();
    for (const quote of this.quotes) {
      const attribution = this.attributeQuote(quote);
      if (!attribution) continue;
      quoteAttributions.set(quote, attribution);
      this.markUsed(attribution.cue);
      this.markUsed(attribution.source);
      // “I loved it,” she said: a short quote someone said (not marked quoted) holds no cue of its own.
      if (attribution.direct && wordCount(this.text, quote.start, quote.end) < 4) {
        const [first, last] = this.tokenRange(quote.start, quote.end);
        this.markUsed({ first, last });
      }
    }
    this.findReported();
    this.dropNestedReports();
    this.dropReportsInLeadIns([...quoteAttributions.values()].filter((attribution) => !attribution.direct));
    this.keepOnly((attribution) => !this.sourceAfterPreposition(attribution));
    const reported = [...this.attributions];
    for (const attribution of quoteAttributions.values()) {
      // A quote inside reported words already attributed ("Hill said Lee “would lose,” an aide recalled") is not said twice.
      if (attribution.direct && reported.some((other) => other.start <= attribution.start && other.end >= attribution.end)) continue;
      this.push(attribution);
    }
    this.attributions.sort((a, b) => a.start - b.start);
    this.addContinuations(quoteAttributions);
    this.attributions.sort((a, b) => a.start - b.start);
    this.extendTurns();
    this.carryInfinitives();
    this.dropCrossedReports();
    return this.attributions;
  }

  /**
   * "Hill plans to cut taxes by fostering “growth,” Lee said": when each of two contents holds the other's cue, the earlier cue's
   * content has run on through the later cue, which reports it; the earlier one is part of what the later one says.
   */
  private dropCrossedReports(): void {
    const cueStart = (attribution: Attribution) => this.tokens[attribution.cue!.first].start;
    const holds = (outer: Attribution, inner: Attribution) => outer.start <= cueStart(inner) && cueStart(inner) < outer.end;
    const cued = this.attributions.filter((attribution) => attribution.cue !== null);
    const crossed = new Set(cued.filter((earlier) => cued.some((later) => later !== earlier && cueStart(earlier) < cueStart(later) && holds(earlier, later) && holds(later, earlier))));
    if (crossed.size > 0) this.keepOnly((attribution) => !crossed.has(attribution));
  }

  /** "was quick to embrace the plan": the infinitive after a carrier joins the cue, its object alone is the content. */
  private carryInfinitives(): void {
    const { tokens } = this;
    for (const attribution of this.attributions) {
      const { cue } = attribution;
      if (attribution.direct || !cue || !INFINITIVE_CARRIERS.has(tokens[cue.last - 1].lower)) continue;
      const to = tokens[cue.last];
      if (!to || to.lower !== 'to' || to.start !== attribution.start || to.post || tokens[cue.last - 1].post || this.quoted[cue.last]) continue;
      let verb = cue.last + 1;
      if (tokens[verb]?.tags.has('Adverb') && !tokens[verb].post) verb++;
      if (!tokens[verb]?.tags.has('Verb') || this.quoted[verb]) continue;
      let last = verb + 1;
      if (!tokens[verb].post && CARRIED_VERB_LINKS.has(tokens[last]?.lower ?? '') && !tokens[last].post) last++;
      // "continued to interject.": with nothing after it the infinitive is the content.
      if (tokens[last - 1].post || !tokens[last] || tokens[last].start >= attribution.end || tokens[last].sentence !== to.sentence) continue;
      attribution.cue = { first: cue.first, last };
      // "continued to portray “illegal” immigrants as …": an opening quote mark is part of the content.
      attribution.start = tokens[last].start - tokens[last].pre.length;
    }
  }

  /**
   * "ANN LEE: Well, no. We tried that. It failed. … HILL: … LEE: …": in a dialogue, a speaker label's words run to the end of
   * its paragraph, the whole turn; a label used once ("Dayton: Taxes rose. Schools …") may head a paragraph that is not its words.
   * Extended only now, once every label is known; the reports found inside a turn are then dropped, the turn holds them.
   * Labels that head sections rather than turns are dropped here, where all the labels are known.
   */
  private extendTurns(): void {
    const turns = [...this.labelled].sort((a, b) => a.start - b.start);
    // A dialogue names a speaker twice ("ANN LEE: … HILL: … LEE: …"); section heads ("Lee: Hold on.") name each once.
    const names = turns.map((turn) => (turn.source ? this.tokens[turn.source.last - 1].lower : ''));
    const dialogue = names.some((name, i) => names.indexOf(name) !== i);
    const heads = new Set<Attribution>();
    turns.forEach((attribution, i) => {
      const sentence = this.sentenceOf(this.tokenRange(attribution.start, attribution.end)[0]);
      let last = sentence;
      while (this.sentences[last.index + 1]?.paragraph === sentence.paragraph) last = this.sentences[last.index + 1];
      // "Cruz: Just hang on." alone in its paragraph, outside a dialogue and past the headline, heads the section about Cruz.
      if (!dialogue && last === sentence && sentence.paragraph > 0 && wordCount(this.text, attribution.start, attribution.end) <= MAX_SECTION_HEAD_WORDS) heads.add(attribution);
      // "LEE: … ¶ More of her answer. ¶ HILL: …": a paragraph or two without a label between two turns goes on with the first.
      const following = turns[i + 1]?.source;
      if (following && dialogue && sentence.paragraph > 0) {
        const nextParagraph = this.sentenceOf(following.first).paragraph;
        let between = last;
        // "(BEGIN VIDEO CLIP.)": a stage direction in parentheses is no one's words.
        const spoken = (other: Sentence | undefined): other is Sentence => other !== undefined && other.paragraph < nextParagraph && !this.text.startsWith('(', other.start);
        while (spoken(this.sentences[between.index + 1])) between = this.sentences[between.index + 1];
        const paragraphs = new Set(this.sentences.slice(last.index + 1, between.index + 1).map((other) => other.paragraph));
        if (paragraphs.size <= MAX_TURN_PARAGRAPHS) last = between;
      }
      if (last !== sentence && dialogue) attribution.end = this.endThroughClosingMarks(last.last - 1);
    });
    // "ANN LEE: … I think he wants to win. …": what a speaker reports inside her turn is part of the turn, not a report of its own.
    const spokenTurns = turns.filter((turn) => !heads.has(turn));
    const inTurn = (attribution: Attribution) => !this.labelled.has(attribution) && attribution.cue !== null &&
      spokenTurns.some((turn) => turn.start <= this.tokens[attribution.cue!.first].start && this.tokens[attribution.cue!.first].start < turn.end);
    this.keepOnly((attribution) => !heads.has(attribution) && !inTurn(attribution));
  }

  /**
   * The cue as PolNeAR's annotators bound it: the cue with the helpers and adverbs right before it ("did not
   * immediately respond", "has repeatedly said", "went on to say"). Acts and vias are still read from the cue alone.
   */
  cuePhrase(attribution: Attribution): TokenRange | null {
    const { cue, source } = attribution;
    if (!cue) return null;
    const { tokens } = this;
    const floor = this.sentenceOf(cue.first).first;
    // A word of neither the source nor the content; `ending`: punctuation may follow it (the phrase ends there).
    const free = (k: number, ending = false): boolean => k >= 0 && k < tokens.length && !this.quoted[k] && (ending || !tokens[k].post) && !tokens[k].pre &&
      (!source || k < source.first || k >= source.last) && (tokens[k].end <= attribution.start || tokens[k].start >= attribution.end);
    let first = this.documentSenderStart(this.carrierStart(cue.first, floor), floor, free);
    while (first > floor && free(first - 1) && (isBeforeCue(tokens[first - 1]) || isHelperVerb(tokens[first - 1]))) first--;
    // "said repeatedly", "added warily", "…,” he said dryly.": a manner adverb right after the cue too, but not one opening a time ("shortly after").
    const next = tokens[cue.last];
    const manner = next && next.sentence === tokens[cue.first].sentence && !tokens[cue.last - 1].post && free(cue.last, true) &&
      next.tags.has('Adverb') && /ly$/.test(next.lower) && next.lower !== 'only' && !/^(after|before)$/.test(tokens[cue.last + 1]?.lower ?? '');
    const last = manner ? cue.last + 1 : cue.last;
    return { first, last: tokens[last - 1].post ? last : this.mediumEnd(last, free) };
  }

  /**
   * "sent an email saying …", "released a new radio ad calling …", "put out a statement Tuesday saying …": a participle right
   * after the document it reports is one cue with the verb that sent the document (on PolNeAR train 37 of 50 such
   * participles; those left out mostly had no verb before the document). Where that verb starts, or `k`.
   */
  private documentSenderStart(k: number, floor: number, free: (k: number) => boolean): number {
    const { tokens } = this;
    if (!/ing$/.test(tokens[k].lower)) return k;
    let m = k - 1;
    while (m > floor && tokens[m].tags.has('Date') && free(m)) m--;
    if (m <= floor || !SENT_DOCUMENTS.has(tokens[m].lower) || !free(m)) return k;
    m--;
    // "an email", "a new radio ad", "national newspaper ads", "her statement".
    while (m > floor && k - m < 7 && free(m) && hasAny(tokens[m], ['Determiner', 'Possessive', 'Adjective', 'Noun', 'Value']) && !hasAny(tokens[m], ['Verb', 'Pronoun', 'Preposition'])) m--;
    if (m > floor && PARTICLES.has(tokens[m].lower) && free(m)) m--;
    const verb = tokens[m];
    return m >= floor && free(m) && verb.tags.has('Verb') && !hasAny(verb, ['Copula', 'Auxiliary', 'Modal', 'Preposition', 'Noun']) ? m : k;
  }

  /**
   * "said in a statement", "wrote on Facebook", "said with a grin": the statement or the site the words came out in, or the
   * face they were said with, right after the cue, is part of it (on PolNeAR train the statement and the site about twice
   * as often in the cue as after it, the face always; an interview, a speech or a day no more often in than out). Where
   * that phrase ends, or `k` when none opens there.
   */
  private mediumEnd(k: number, free: (k: number, ending?: boolean) => boolean): number {
    const { tokens } = this;
    const word = (m: number): string => (m < tokens.length && tokens[m].sentence === tokens[k - 1].sentence ? tokens[m].lower : '');
    if (word(k) === 'on' && MEDIUM_SITES.has(word(k + 1)) && free(k) && free(k + 1, true)) return k + 2;
    const heads = word(k) === 'in' && STATEMENT_DETERMINERS.has(word(k + 1)) ? STATEMENT_NOUNS : word(k) === 'with' && /^an?$/.test(word(k + 1)) ? FACES : null;
    if (!heads || !free(k) || !free(k + 1)) return k;
    let m = k + 2;
    while (m < k + 4 && !heads.has(word(m)) && free(m) && word(m) !== '') m++;
    return heads.has(word(m)) && free(m, true) ? m + 1 : k;
  }

  /**
   * "Lee has said she will run, according to two aides": words reported inside what another cue reports are that
   * cue's content, not an attribution of their own.
   */
  private dropNestedReports(): void {
    const reported = this.attributions.filter((attribution) => !attribution.direct);
    // "The group, which backed Lee, spent $3 million, records show": a relative clause describes its noun and is its own report.
    const relative = (attribution: Attribution) => attribution.source !== null && RELATIVE_PRONOUNS.has(this.tokens[attribution.source.first].lower);
    const nested = new Set(reported.filter((inner) => !relative(inner) && !this.relativeReports.has(inner) && reported.some((outer) => outer !== inner &&
      outer.start <= inner.start && outer.end >= inner.end && outer.end - outer.start > inner.end - inner.start)));
    if (nested.size === 0) return;
    this.keepOnly((attribution) => !nested.has(attribution));
  }

  /**
   * "Lee said at a rally that it was “fine,” the Dayton Times reported": the lead-in's own report is part of what the paper
   * reports, not said apart; its content may run on through the paper's cue, so the whole reporting clause bounds it.
   */
  private dropReportsInLeadIns(leadIns: Attribution[]): void {
    if (leadIns.length === 0) return;
    const end = (outer: Attribution) => Math.max(outer.end, ...[outer.cue, outer.source].map((range) => (range ? this.tokens[range.last - 1].end : 0)));
    const within = (inner: Attribution, outer: Attribution) => inner.end <= end(outer) || /^[\s.!?]*$/.test(this.text.slice(end(outer), inner.end));
    const inside = (inner: Attribution) => leadIns.some((outer) => outer.start <= inner.start && within(inner, outer) && (outer.start < inner.start || inner.end < outer.end));
    this.keepOnly((attribution) => attribution.direct || !inside(attribution));
  }

  /** "a stir in Acme's decision to …", "a video posted to her page": a source right after a preposition is its object, no speaker. */
  private sourceAfterPreposition({ source, cue }: Attribution): boolean {
    if (!source || !cue || source.first === 0 || cue.first < source.last) return false;
    const before = this.tokens[source.first - 1];
    // "met by a chorus of voters urging her to quit": a participle may still take the object as its subject.
    // "a guide to how voters think about it": "how" opens a question the outer clause asks, not someone's words.
    if (before.post || this.quoted[source.first - 1] || !/^(in|by|like|how)$/.test(before.lower) || /ing$/.test(this.tokens[cue.first].lower)) return false;
    // "In a statement Acme said …", "At a summit in Dayton Ann Lee said …": a phrase opening the sentence without its comma
    // runs into the subject, so the source found after its preposition holds the speaker; only after a verb is it an object.
    const sentence = this.sentenceOf(source.first);
    for (let k = sentence.first; k < source.first - 1; k++) if (this.tokens[k].tags.has('Verb') && !this.quoted[k]) return true;
    return false;
  }

  /** Drops, in place, the attributions found so far that fail `keep`. */
  private keepOnly(keep: (attribution: Attribution) => boolean): void {
    const kept = this.attributions.filter(keep);
    this.attributions.length = 0;
    this.attributions.push(...kept);
  }

  private push(attribution: Attribution): void {
    this.attributions.push(attribution);
  }

  private markUsed(range: TokenRange | null): void {
    if (range) for (let k = range.first; k < range.last; k++) this.used[k] = 1;
  }

  /** Token indexes [first, last) of the tokens overlapping [start, end). */
  private tokenRange(start: number, end: number): [number, number] {
    const first = firstTokenEndingAfter(this.tokens, start);
    if (first < 0) return [this.tokens.length, this.tokens.length];
    let last = first;
    while (last < this.tokens.length && this.tokens[last].start < end) last++;
    return [first, last];
  }

  /** An outlet or platform name starts at `index` (after an optional "the"). */
  private outletAt(index: number): boolean {
    if (this.tokens[index]?.lower === 'the') index++;
    return this.outlets[index] === 1;
  }

  private isCue(index: number): boolean {
    const token = this.tokens[index];
    if (!token || this.quoted[index]) return false;
    if (token.lower === 'according') return this.tokens[index + 1]?.lower === 'to';
    // "Hill has backing from 33 percent": an "-ing" word right after "has" is a noun, English has no such verb form.
    if (/ing$/.test(token.lower) && /^(has|have|had)$/.test(this.tokens[index - 1]?.lower ?? '') && !this.tokens[index - 1].post) return false;
    // "increased its showing at the polls", "a listing on the exchange": an "-ing" word after an article or "its" names a thing.
    if (/ing$/.test(token.lower) && /^(a|an|the|its)$/.test(this.tokens[index - 1]?.lower ?? '') && !this.tokens[index - 1].post) return false;
    if (this.phraseCueEnd(index) > 0 || this.pollPlacesAt(index) || this.wentOnToAt(index) || this.broughtToAt(index) > 0 || this.platformToAt(index) > 0) return true;
    if (this.bareStanceVerbAt(index) || this.stanceModifierAt(index) || this.seesAsAt(index) || this.callsNamingAt(index) || this.quantifierCueAt(index)) return true;
    if (this.withAbsoluteAt(index)) return true;
    // "…, promising growth in return", "…as “reckless,” noting …": a curated cue in "-ing" after a comma (inside closing quote marks or not) opens
    // a participle clause, whatever the tagger says.
    // "…, mocking the plan", "…, hoping for a win": so does the unlisted "-ing" form of a curated cue of stance or belief; the
    // SAID list also holds verbs of showing, posting and going on ("…, revealing a scar", "…, continuing with his tour").
    const unlistedAct = CUE_ACT.has(token.lower) ? undefined : CUE_ACT.get(participleOf(token.lower, CUE_ACT) ?? '');
    const participleAfterComma = /,["”’']*$/.test(this.tokens[index - 1]?.post ?? '') && (CUE_ACT.has(token.lower) ? /ing$/.test(token.lower) : unlistedAct !== undefined && unlistedAct !== 'SAID');
    if (!CUE_WORDS.has(token.lower) && !participleAfterComma) return false;
    if (token.lower === 'point') return this.peoplePointAt(index);
    if (this.thinkTankAt(index) || this.particleActionAt(index)) return false;
    // "The Tonight Show", "the New York Post": a capitalised cue word right after a capitalised word, inside a sentence of plain case, is part of a name.
    const sentence = this.sentenceOf(index);
    if (ENACTING_VERBS.has(token.lower) && !this.objectAmong(ENACTED_THINGS, index + 1, sentence)) return false;
    const previous = this.tokens[index - 1];
    if ((!sentence.titleCase || this.hasPlainVerb(sentence)) && index > sentence.first && isCapitalised(token) && isCapitalised(previous) && !previous.post && !this.quoted[index - 1]) return false;
    // "Tom Hill, State Department security director, …": one before a capitalised word opens a name.
    const next = this.tokens[index + 1];
    if ((!sentence.titleCase || this.hasPlainVerb(sentence)) && index > sentence.first && isCapitalised(token) && !token.post && next !== undefined && isCapitalised(next) &&
      next.lower !== 'i' && !this.quoted[index - 1] && !this.quoted[index + 1]) return false;
    // "continued his attacks", "continued to raise money": going on with a thing or an act is no speech (only "continued to insist" carries a cue).
    // "attempted to revive his career": nor is attempting one ("attempted to portray Lee as weak" is; mostly so on PolNeAR train).
    if ((CUE_CARRIERS.has(token.lower) || ATTEMPT_FORMS.has(token.lower)) && this.carriesNoSpeech(index)) return false;
    if (this.isCueAfterSubject(index)) return true;
    // "Some Americans say: …": the colon makes the tagger read the verb as an expression.
    const beforeColon = token.post === ':' && SAY_VERBS.has(token.lower) && !this.tokens[index - 1]?.tags.has('Determiner');
    // "Lee is supporting Hill": a cue in "-ing" after a form of "be" is a progressive verb, even when the tagger reads an adjective.
    const progressive = /ing$/.test(token.lower) && /^(is|are|was|were|been)$/.test(this.tokens[index - 1]?.lower ?? '') && !this.tokens[index - 1].post;
    // "smiled but suggested Hill went too far": a curated past tense right after "and" or "but" is a verb joined to the one before.
    const joinedPast = /ed$/.test(token.lower) && CUE_ACT.has(token.lower) && /^(and|but)$/.test(this.tokens[index - 1]?.lower ?? '') && !this.tokens[index - 1].post && !token.post &&
      (this.tokens[index + 1]?.lower === 'that' || hasAny(this.tokens[index + 1] ?? token, ['Determiner', 'ProperNoun', 'Pronoun', 'Possessive']));
    // "The survey asks whether …", "the study asks why …": a present tense after a noun and before a question word is a verb, though the tagger reads a noun.
    const asksQuestion = /s$/.test(token.lower) && !token.post && /^(whether|if|where|why|how|what)$/.test(next?.lower ?? '') &&
      Boolean(previous?.tags.has('Noun')) && !previous.post && !this.quoted[index - 1];
    // "a tactic voters hope will work": a modal right after "hope" or "fear" opens a clause whose subject the relative took.
    const hopesModal = /^(hope|fear)s?$/.test(token.lower) && !token.post && MODALS.has(next?.lower ?? '') && Boolean(previous?.tags.has('Noun')) && !previous.post;
    const taggedVerb = token.tags.has('Verb') || beforeColon || asksQuestion || hopesModal || (UNMISTAKABLE_CUES.has(token.lower) && !this.tokens[index - 1]?.tags.has('Determiner')) ||
      this.showsAt(index) || participleAfterComma || progressive || joinedPast;
    // "The Daily Planet reports the mayor …": a present tense right after an outlet's name is its verb, though the tagger reads a noun.
    if (/s$/.test(token.lower) && index > sentence.first && !previous.post && this.outletAt(index - 1) && !this.outletAt(index) && !token.post &&
      next !== undefined && !hasAny(next, ['Verb', 'Preposition'])) return true;
    if (!taggedVerb && !(sentence.titleCase && isCapitalised(token)) && !this.hopesThatAt(index)) return false;
    if (NOUN_LIKE_CUES.has(token.lower)) {
      // "Lee often questions …": an adverb between the subject and the cue.
      let before = index - 1;
      while (before > 0 && this.tokens[before].tags.has('Adverb') && isBeforeCue(this.tokens[before]) && !this.tokens[before - 1].post) before--;
      const previous = this.tokens[before];
      if (previous === undefined) return false;
      if (previous.tags.has('Pronoun') || previous.tags.has('Person') || previous.tags.has('ProperNoun')) return true;
      // "Tom Hill, who notes that …", "the site, which posts fake stories": right after a relative pronoun the word is the clause's verb,
      // one of saying when a clause or a thing said follows (not "who charges about $50 an hour", "who hopes for a win").
      if (RELATIVE_PRONOUNS.has(previous.lower) && !previous.post) {
        return next !== undefined && !token.post && (next.lower === 'that' || hasAny(next, ['Determiner', 'Pronoun', 'ProperNoun', 'Possessive', 'Adjective']) || /^["“]/.test(next.pre));
      }
      // "the paper notes the government …", "supporters hope her attacks …": a plain noun then a clause's subject.
      // Only the verbs that take a clause far more often than they name a thing ("her team calls her …" names).
      // "the campaign hopes to win …": so does "hope" with an infinitive.
      const hopesTo = /^hopes?$/.test(token.lower) && next?.lower === 'to' && !next.post && this.tokens[index + 2]?.tags.has('Verb') === true;
      const opensClause = next !== undefined && !token.post && !/^(each|every)$/.test(next.lower) && /^(note|claim|hope|fear)s?$/.test(token.lower) &&
        (next.lower === 'that' || hasAny(next, ['Determiner', 'Pronoun']) || this.bareSubjectAt(index + 1) || hopesTo || hopesModal);
      // "his plan calls for higher rates": "calls for" after a noun asks for what follows.
      if (/^calls?$/.test(token.lower) && next?.lower === 'for' && !token.post) return !previous.post && previous.tags.has('Noun') && !this.quoted[index - 1];
      return opensClause && !previous.post && previous.tags.has('Noun') && !previous.tags.has('Possessive') && !/['’]s?$/.test(previous.text) && !this.quoted[index - 1];
    }
    return true;
  }

  /**
   * "…, with 42 percent preferring Lee", "…, with most voters agreeing to the plan": after a comma, "with" and a bare noun phrase
   * make that phrase the subject of the "-ing" form of a cue verb, though the "-ing" form itself is too rare to be listed.
   */
  private withAbsoluteAt(index: number): boolean {
    const { tokens } = this;
    // "with 90 percent of precincts reporting": a count of returns, no one speaking.
    if (tokens[index].lower === 'reporting' || tokens[index - 1]?.post || participleOf(tokens[index].lower, CUE_WORDS) === undefined) return false;
    return this.withSubjectBefore(index);
  }

  /** ", with most voters …" right before token `index`: a bare noun phrase after "with" and a comma, the subject of what follows it. */
  private withSubjectBefore(index: number): boolean {
    const { tokens } = this;
    let k = index - 1;
    while (k > index - 6 && k >= 0 && tokens[k].lower !== 'with') {
      if (tokens[k].post || this.quoted[k] || (tokens[k].tags.has('Verb') && !tokens[k].tags.has('Noun'))) return false;
      k--;
    }
    return k > 0 && k < index - 1 && tokens[k].lower === 'with' && !tokens[k].post && /,$/.test(tokens[k - 1].post) && this.sentenceOf(k) === this.sentenceOf(index);
  }

  /** "… and the council dispatching …": "and" at `k` opening another noun phrase with a participle of its own. */
  private nextAbsoluteAt(k: number, sentence: Sentence): boolean {
    const { tokens } = this;
    if (tokens[k].lower !== 'and' || tokens[k].post || this.quoted[k]) return false;
    for (let m = k + 1; m < Math.min(k + 7, sentence.last); m++) {
      if (this.quoted[m]) return false;
      if (m > k + 1 && /ing$/.test(tokens[m].lower) && hasAny(tokens[m], ['Gerund', 'Verb'])) return true;
      if (tokens[m].post || (tokens[m].tags.has('Verb') && !tokens[m].tags.has('Noun'))) return false;
    }
    return false;
  }

  /**
   * "Critics point to the charities …", "They point out that …", "Lee would point to her record": the bare verb is a cue only
   * after someone who speaks; "the findings point to a shift", "the extremes point to an upheaval" are evidence, not speech.
   */
  private peoplePointAt(index: number): boolean {
    const { tokens } = this;
    const next = tokens[index + 1];
    if (!next || tokens[index].post || !/^(to|out)$/.test(next.lower) || this.quoted[index + 1]) return false;
    // "the trends Democrats point to with alarm": a stranded "to" points back at a noun, it reports nothing after it.
    const object = tokens[index + 2];
    if (!object || next.post || (object.tags.has('Preposition') && object.lower !== 'that')) return false;
    return this.speakerSubjectBefore(index) >= 0;
  }

  /** "Critics would point to", "Ann Lee has focused on": where the people that are the subject of the verb at `index` end, or -1 (findings, a debate). */
  private speakerSubjectBefore(index: number): number {
    const { tokens } = this;
    let k = index - 1;
    // "would likely point out", "also point to", "have focused on": step over modals, adverbs and "have".
    while (k > 0 && !tokens[k - 1].post && (hasAny(tokens[k], ['Modal', 'Adverb']) || /^(has|have|had)$/.test(tokens[k].lower)) && !tokens[k].tags.has('Noun')) k--;
    const subject = tokens[k];
    if (!subject || subject.post || this.quoted[k]) return -1;
    if (subject.tags.has('Pronoun')) return /^(i|we|you|they|he|she)$/.test(subject.lower) ? k : -1;
    return hasAny(subject, ['Person', 'ProperNoun']) || STANCE_HOLDERS.has(subject.lower) || /(?:ers|ists|ians|ors|als|ents|ants|ics)$/.test(subject.lower) ? k : -1;
  }

  /** "right-leaning think tanks": a kind of institute, no one thinking. */
  private thinkTankAt(index: number): boolean {
    return this.tokens[index].lower === 'think' && /^tanks?$/.test(this.tokens[index + 1]?.lower ?? '');
  }

  /** "showed up at the rally", "called off the vote": a verb and its particle that together name an act, not speech. */
  private particleActionAt(index: number): boolean {
    const token = this.tokens[index];
    const next = this.tokens[index + 1];
    if (!next || token.post || this.quoted[index + 1]) return false;
    return PARTICLE_ACTIONS.some(([verb, particle]) => verb.test(token.lower) && particle.test(next.lower));
  }

  /** "Kent State University's Ann Lee agreed.": a lowercase verb shows a line of names is a sentence, not a headline. */
  private hasPlainVerb(sentence: Sentence): boolean {
    let found = this.plainVerbs.get(sentence.index);
    if (found === undefined) {
      found = this.tokens.slice(sentence.first, sentence.last).some((token) => token.tags.has('Verb') && /^[a-z]/.test(token.text) && this.isFinite(token) &&
        !hasAny(token, ['Copula', 'Auxiliary', 'Modal']));
      this.plainVerbs.set(sentence.index, found);
    }
    return found;
  }

  /** After a verb of going on ("continued"): a thing it goes on with, or an infinitive that is no cue. */
  private carriesNoSpeech(index: number): boolean {
    const next = this.tokens[index + 1];
    if (!next || this.tokens[index].post || this.quoted[index + 1]) return false;
    // Any form of a cue after "to" ("continued to complain"): the lexicon lists inflected forms.
    const verb = this.tokens[index + 2]?.lower ?? '';
    if (next.lower === 'to') return !next.post && ![verb, `${verb}s`, `${verb}ed`, `${verb}d`].some((form) => CUE_WORDS.has(form));
    // "continued his scathing remarks": words said are what goes on.
    const said = this.tokens.slice(index + 2, index + 5).some((token) => CLAIM_NOUNS.has(token.lower) || token.lower === 'remarks');
    return hasAny(next, ['Determiner', 'Possessive']) && !/^(that|this|these|those)$/.test(next.lower) && !said;
  }

  /**
   * "Most Democrats support Lee", "voters who oppose the plan": a bare verb of stance the tagger reads as a noun, right after a
   * plural subject and before its object.
   */
  private bareStanceVerbAt(index: number): boolean {
    const { tokens } = this;
    const token = tokens[index];
    const previous = tokens[index - 1];
    const next = tokens[index + 1];
    if (!BARE_STANCE_VERBS.has(token.lower) || !previous || !next || previous.post || token.post || this.sentenceOf(index - 1) !== this.sentenceOf(index)) return false;
    const plural = (word: Token | undefined) => word !== undefined && word.tags.has('Noun') && /s$/.test(word.lower) && !hasAny(word, ['Possessive', 'Pronoun']);
    // "Two-thirds support …", "Men under 35 support …", "19 percent of students polled support …", "voters surveyed Monday support …":
    // a share, a number, or a poll's participle or day closing the subject.
    // Not the object of a verb or an owner ("garners 41 percent support", "McCain's 62 percent support"): there "support" is a noun.
    let amount = index - 1;
    while (amount - 1 >= 0 && !tokens[amount - 1].post && (tokens[amount - 1].tags.has('Value') || tokens[amount - 1].lower === 'percent')) amount--;
    const owner = tokens[amount - 1];
    const ownedOrObject = owner !== undefined && !owner.post && (hasAny(owner, ['Possessive', 'Verb']) || /['’]s?$/.test(owner.text) || /^(with|at|to|from|by)$/.test(owner.lower));
    const share = (previous.tags.has('Value') || previous.lower === 'percent') && !ownedOrObject;
    const polled = /^(polled|surveyed|interviewed|questioned|sampled)$/.test(previous.lower) && plural(tokens[index - 2]) && !tokens[index - 2].post;
    const day = previous.tags.has('WeekDay');
    const subject = /^(they|we|i|who)$/.test(previous.lower) || plural(previous) || share || polled || day;
    return subject && (hasAny(next, ['Determiner', 'ProperNoun', 'Gerund', 'Possessive', 'Noun', 'Adjective']) || /^(him|her|them|it|us)$/.test(next.lower)) && !/^(for|against)$/.test(next.lower);
  }

  /** "Voters see Lee as a threat", "she regards the plan as a mistake": a verb of viewing with "as" soon after in its clause holds a view, not a sight. */
  private seesAsAt(index: number): boolean {
    const { tokens } = this;
    const previous = tokens[index - 1];
    if (!SEE_AS_VERBS.has(tokens[index].lower) || tokens[index].post || !previous || this.quoted[index - 1]) return false;
    // "was viewed as", "what they see as": a passive or an object relative leaves no object after the verb.
    if (/^(is|are|was|were|be|been|being|what|which|whom|that)$/.test(previous.lower)) return false;
    // "the grim view of …": after a determiner, an adjective or a possessive it is a noun.
    if (hasAny(previous, ['Determiner', 'Adjective', 'Possessive']) && !previous.tags.has('Pronoun') && !QUANTIFIER_SUBJECTS.has(previous.lower)) return false;
    for (let k = index + 2; k < Math.min(this.tokens.length, index + 10); k++) {
      if (tokens[k - 1].post || this.quoted[k]) return false;
      if (tokens[k].lower !== 'as') continue;
      // "saw him as he left": "as" opening a clause with its subject is a time.
      const next = tokens[k + 1];
      return !tokens[k].post && next !== undefined && !SUBJECT_PRONOUNS.has(next.lower) && !/^(well|much|many|soon|long|far|if|though)$/.test(next.lower);
    }
    return false;
  }

  /** "Many fear the plan will fail", "but few believe it": a curated cue the tagger reads as a noun, right after a quantifier opening its clause. */
  private quantifierCueAt(index: number): boolean {
    const { tokens } = this;
    const token = tokens[index];
    const previous = tokens[index - 1];
    if (!CUE_ACT.has(token.lower) || token.tags.has('Verb') || token.post || !previous || previous.post || index + 1 >= this.sentenceOf(index).last) return false;
    if (!/^(many|few|some|most|several|others|both|all)$/.test(previous.lower) || this.sentenceOf(index - 1) !== this.sentenceOf(index)) return false;
    // "some state officials": a common noun after it makes the word a modifier in a noun phrase.
    const next = tokens[index + 1];
    if (next.tags.has('Noun') && /^[a-z]/.test(next.text) && !hasAny(next, ['Pronoun', 'Possessive', 'Determiner'])) return false;
    const before = tokens[index - 2];
    return index - 1 === this.sentenceOf(index).first || /,$/.test(before.post) || /^(but|and|yet|while|though|although)$/.test(before.lower);
  }

  /** "Critics call it a tax", "the campaign calls this a false story": calling a pronoun something labels it, whatever the tagger reads. */
  private callsNamingAt(index: number): boolean {
    const { tokens } = this;
    const object = tokens[index + 1];
    const label = tokens[index + 2];
    if (!/^(call|calls)$/.test(tokens[index].lower) || tokens[index].post || !object || !label || object.post || this.quoted[index]) return false;
    if (!/^(it|him|her|them|this|that|themselves|himself|herself|itself|me|us)$/.test(object.lower) || this.sentenceOf(index + 2) !== this.sentenceOf(index)) return false;
    return /["“‘']/.test(label.pre) || (hasAny(label, ['Determiner', 'Adjective', 'Noun']) && !hasAny(label, ['Preposition', 'Date', 'Pronoun', 'Adverb']) && !PARTICLES.has(label.lower));
  }

  /**
   * "called Lee “a liar,” the mayor said", "calling him “a nice guy” and he …": the quoted label right after a short unquoted object
   * opening at `k`, when a comma, a dash or "and" opening a clause of its own follows it; else null (what runs on qualifies the label).
   */
  private quotedLabelAfter(k: number, sentence: Sentence): TokenRange | null {
    const { tokens } = this;
    const opening = (index: number) => /''|["“‘]/.exec(tokens[index].pre)?.[0];
    let m = k;
    while (m < sentence.last && m - k < MAX_NP_TOKENS && !opening(m) && !this.quoted[m]) {
      if (tokens[m].post || this.isVerbOfClause(tokens[m])) return null;
      m++;
    }
    const mark = m < sentence.last ? opening(m) : undefined;
    if (m === k || !mark) return null;
    const closing = mark === '“' ? '”' : mark === '‘' ? '’' : mark;
    let last = m;
    while (last + 1 < sentence.last && !tokens[last].post.includes(closing)) last++;
    const next = tokens[last + 1];
    if (!tokens[last].post.includes(closing) || !next || this.quoted[last + 1] || /["“‘]/.test(next.pre)) return null;
    // The next clause opens with its subject ("…,” the mayor said", "…” and he left"), not a further label ("and a “fraud”") nor an adjunct.
    const subject = (token: Token | undefined) => token !== undefined && hasAny(token, ['Determiner', 'ProperNoun', 'Person', 'Pronoun', 'Adjective']) &&
      !hasAny(token, ['Verb', 'Preposition']) && !/["“‘]/.test(token.pre) && !/^(some|any|every|no)(one|body|thing)$/.test(token.lower);
    const label = (index: number) => index < sentence.last && (this.quoted[index] || /["“‘]/.test(tokens[index].pre));
    const opensClause = (index: number) => subject(tokens[index]) && !(tokens[index].tags.has('Determiner') && label(index + 1));
    const aside = /[,;—–]/.test(tokens[last].post) && opensClause(last + 1);
    const clause = /^(and|but)$/.test(next.lower) && !tokens[last].post.replace(closing, '').trim() && opensClause(last + 2);
    return aside || clause ? { first: m, last: last + 1 } : null;
  }

  /** After "call it": the token after the label, which ends at its first dash, or before a word opening a clause ("and" only before a verb). */
  private labelEnd(from: number, sentence: Sentence): number {
    const { tokens } = this;
    const joinsLabels = (m: number) => /^(and|or)$/.test(tokens[m].lower) && !tokens[m + 1]?.tags.has('Verb');
    let k = from + 2;
    while (k < sentence.last && ((!SUBJECT_BOUNDARIES.has(tokens[k].lower) && !CLAUSE_OPENERS.has(tokens[k].lower)) || joinsLabels(k))) {
      k++;
      if (/[;:—–-]/.test(tokens[k - 1].post)) break;
    }
    return k;
  }

  /** The lowercase words ending in a noun (or a plural read as a verb), with no pronoun, auxiliary nor quote, between a comma and a cue that ends the sentence. */
  private closingSourceRun(j: number, sentence: Sentence): TokenRange | null {
    const { tokens } = this;
    if (j + 1 !== sentence.last || !/^[.!?]/.test(tokens[j].post)) return null;
    for (let k = j - 1; k > sentence.first && j - k <= 5; k--) {
      const token = tokens[k];
      if (this.quoted[k] || token.tags.has('Pronoun') || hasAny(token, ['Auxiliary', 'Copula', 'Modal', 'PastTense']) || /^[A-Z]/.test(token.text)) return null;
      if (token.post && k < j - 1) return null;
      // "…, and neither apologized.", "…, as the crowd applauded.": a word opening a clause makes it no source.
      const opensClause = SUBJECT_BOUNDARIES.has(token.lower) || CLAUSE_OPENERS.has(token.lower);
      if (/,$/.test(tokens[k - 1].post)) return k < j && !opensClause && (tokens[j - 1].tags.has('Noun') || /[^s]s$/.test(tokens[j - 1].lower)) && !tokens[j - 1].tags.has('Value') ? { first: k, last: j } : null;
    }
    return null;
  }

  /** "a group backing Lee", "the super PAC supporting Hill": a participle of stance right after a noun, before a name or a determiner. */
  private stanceModifierAt(index: number): boolean {
    const { tokens } = this;
    const previous = tokens[index - 1];
    const next = tokens[index + 1];
    if (!STANCE_PARTICIPLES.has(tokens[index].lower) || !previous || !next || previous.post || tokens[index].post || this.quoted[index - 1]) return false;
    // "those backing other candidates": "those" standing for people is the noun.
    const holder = (previous.tags.has('Noun') && !hasAny(previous, ['Pronoun', 'Possessive'])) || previous.lower === 'those';
    // "backing former Gov. Lee", "backing embattled President Lee", "backing then-candidate Lee": a modifier before the object's noun.
    const after = tokens[index + 2];
    const modifier = after !== undefined && ((!next.post && next.tags.has('Adjective')) || this.objectModifierAt(index + 1));
    return holder && (hasAny(next, ['Determiner', 'ProperNoun', 'Person']) || modifier) && this.sentenceOf(index - 1) === this.sentenceOf(index);
  }

  /** "embattled President Lee", "then-candidate Lee": an "-ed" form before a capitalised noun, or "then-", modifies the noun after it. */
  private objectModifierAt(index: number): boolean {
    const token = this.tokens[index];
    const after = this.tokens[index + 1];
    if (after === undefined) return false;
    return (/ed$/.test(token.lower) && !token.post && isCapitalised(after)) || (token.lower === 'then' && token.post === '-');
  }

  /**
   * "the government hopes that its diplomats …", "the campaign hopes to win …": "hopes" or "fears" read as a noun, between a noun and
   * "that" opening a clause with its subject, or "hopes" before an infinitive.
   */
  private hopesThatAt(index: number): boolean {
    const { tokens } = this;
    const previous = tokens[index - 1];
    const that = tokens[index + 1];
    const subject = tokens[index + 2];
    if (!/^(hopes|fears)$/.test(tokens[index].lower) || !previous || !subject || previous.post || tokens[index].post || that.post) return false;
    // "the campaign hopes to win …": or an infinitive after "hopes".
    const infinitive = tokens[index].lower === 'hopes' && that.lower === 'to' && subject.tags.has('Verb');
    if (that.lower !== 'that' && !infinitive) return false;
    return previous.tags.has('Noun') && !hasAny(previous, ['Possessive', 'Pronoun']) && !/['’]s?$/.test(previous.text) &&
      (infinitive || hasAny(subject, ['Determiner', 'Pronoun', 'Possessive', 'ProperNoun']));
  }

  /** "hopes obstruction would …": a bare noun at `k` followed soon by a modal, the subject of a clause. */
  private bareSubjectAt(k: number): boolean {
    const { tokens } = this;
    if (!tokens[k]?.tags.has('Noun') || tokens[k].tags.has('Pronoun')) return false;
    for (let m = k; m < Math.min(tokens.length, k + 4); m++) {
      if (tokens[m].tags.has('Modal')) return true;
      if (tokens[m].post) return false;
    }
    return false;
  }

  /** "A poll out this week shows Clinton ahead": "shows" read as a plural noun, but between a noun and what it shows. */
  private showsAt(index: number): boolean {
    const token = this.tokens[index];
    const previous = this.tokens[index - 1];
    const next = this.tokens[index + 1];
    if (!SHOW_VERBS.has(token.lower) || !previous || previous.post) return false;
    // "…, campaign finance records show.", "…, the survey shows, …": closing its clause after a plural noun or a kind of finding.
    if (/^[,.;]$/.test(token.post) && hasAny(previous, ['Noun', 'PresentTense']) && !this.quoted[index - 1] &&
      (/[^s]s$/.test(previous.lower) || POLL_NOUNS.has(previous.lower) || FINDING_NOUNS.has(previous.lower))) {
      return true;
    }
    if (!next || token.post) return false;
    return previous.tags.has('Noun') && !hasAny(previous, ['Determiner', 'Adjective', 'Possessive']) &&
      (next.lower === 'that' || hasAny(next, ['Determiner', 'ProperNoun', 'Pronoun', 'Value']));
  }


  /**
   * "The Daily Planet poll has the mayor leading", "a count gives her 40 delegates", "estimates put the cost at $9 million":
   * where a poll, count or estimate places someone is its finding (not "the poll has a margin of error").
   */
  private pollPlacesAt(index: number): boolean {
    const { tokens } = this;
    const [previous, token, next] = [tokens[index - 1], tokens[index], tokens[index + 1]];
    if (!previous || !next || previous.post || token.post || this.quoted[index - 1] || !/^(has|have|had|gives|gave|giving|put|puts)$/.test(token.lower)) return false;
    // "a survey released Friday had him at 4 percent": when it was released may stand between the poll and the verb.
    let noun = index - 1;
    while (noun > index - 4 && noun > 0 && !tokens[noun - 1].post && (tokens[noun].tags.has('Date') || /^(released|conducted|taken|out)$/.test(tokens[noun].lower))) noun--;
    const head = tokens[noun].lower;
    if (!POLL_NOUNS.has(head) && !FINDING_NOUNS.has(head) && head !== 'estimates') return false;
    return next.lower === 'the' || (hasAny(next, ['ProperNoun', 'Person', 'Pronoun', 'Possessive']) && !next.tags.has('Date'));
  }

  /**
   * "Jan Lee, a former mayor, calls the plan …", "Bivens hopes the council …": a present-tense cue the tagger reads as a plural
   * noun, right after a name, a pronoun or a source's closing comma and before what it reports.
   */
  private isCueAfterSubject(index: number): boolean {
    const { tokens } = this;
    const token = tokens[index];
    const next = tokens[index + 1];
    if (token.tags.has('Verb') || !/[^s]s$/.test(token.lower) || token.post || !next || this.quoted[index + 1]) return false;
    // "Lee refers to the plan as …": "to" and a noun phrase after the cue too.
    const objectAfterTo = next.lower === 'to' && !next.post && hasAny(this.tokens[index + 2] ?? next, ['Determiner', 'ProperNoun', 'Pronoun', 'Possessive']);
    if (next.lower !== 'that' && !objectAfterTo && !hasAny(next, ['Determiner', 'ProperNoun', 'Pronoun', 'Possessive'])) return false;
    const sentence = this.sentenceOf(index);
    let k = index - 1;
    // "Lee, meanwhile, hopes": step over a connective between commas.
    if (k - 1 > sentence.first && tokens[k].tags.has('Adverb') && tokens[k].post === ',' && tokens[k - 1].post === ',') k--;
    const previous = tokens[k];
    if (k < sentence.first || this.quoted[k] || (previous.post && previous.post !== ',')) return false;
    if (previous.tags.has('Pronoun') && !previous.tags.has('Possessive')) return !previous.post;
    const name = hasAny(previous, ['Person', 'ProperNoun']) || (isCapitalised(previous) && (k === sentence.first || /,$/.test(tokens[k - 1].post)));
    return name || (previous.post === ',' && this.sourceBefore(index, sentence.first) !== null);
  }

  /** The headline is the article's first line, alone in its paragraph with the body after it. */
  private isArticleTitle(sentence: number): boolean {
    return sentence === 0 && this.sentences[0].paragraph === 0 && (this.sentences[1]?.paragraph ?? 0) > 0;
  }

  private sentenceOf(index: number): Sentence {
    return this.sentences[this.tokens[index].sentence];
  }

  private attributeQuote(quote: Quote): Attribution | null {
    const { tokens, text } = this;
    if (quote.end <= quote.start) return null;
    const quoteParagraph = paragraphOf(this.analysis, quote.start);
    const words = wordCount(text, quote.start, quote.end);
    // "“Morning Joe,” co-host Mika Brzezinski said": a short all-capitalised quote is a title, not someone's words.
    const inHeadline = this.sentences[tokens[Math.max(0, firstTokenEndingAfter(tokens, quote.start))]?.sentence ?? 0]?.titleCase ?? false;
    // "“Absolutely,” he said": one word no title is made of (an adverb, an adjective, an interjection) is a reply.
    const firstWord = tokens[firstTokenEndingAfter(tokens, quote.start)];
    const reply = words === 1 && firstWord !== undefined && firstWord.end <= quote.end && hasAny(firstWord, ['Adverb', 'Adjective', 'Expression']) && !hasAny(firstWord, ['Noun', 'ProperNoun']);
    const quoted = text.slice(quote.start, quote.end);
    // "“Safety,” said Tom Hill", "“DOUBLE DOWN,” he wrote": one word, or one shouted in capitals, opening its sentence and handed to
    // a cue by its comma is an answer or a slogan; a title opening a sentence rarely stands alone before "said".
    // "“Dayton Rising,” he replied. “It is …”": words the speaker goes on with in a quote right after the cue are no title either.
    const quoteGoesOn = /^[^\n"“”']{1,80}\.\s+(["“]|'')/.test(text.slice(quote.close, quote.close + 120));
    const answer = (words === 1 || quoteGoesOn || (/[A-Z]{2}/.test(quoted) && quoted === quoted.toUpperCase())) && /,['’]?\s*$/.test(quoted) &&
      /(^|[.!?]["”'’]?\s|\n)\s*$/.test(text.slice(Math.max(0, quote.open - 3), quote.open));
    if (!inHeadline && !reply && !answer && words <= 3 && /^(?:["'“‘]?[A-Z0-9][^\s]*\s*)+$/.test(quoted.trim()) && !/[.!?]\W*$/.test(quoted)) {
      return null;
    }
    const colonBefore = /:\s*$/.test(text.slice(Math.max(0, quote.open - 3), quote.open));
    // "… the code they kept: “Civility was assumed,” he said.": a comma closing the quote hands it to a cue after it,
    // unless a cue before the colon introduced it ("Lee declared: “…,” she said").
    // "Lee fired back: “…,” he wrote, “…”": a cue splitting the quote claims both halves, whatever introduced the first.
    const handedOn = colonBefore && /,\s*$/.test(text.slice(quote.start, quote.end)) && (!this.cueBeforeColon(quote) || this.splitsQuoteAfter(quote));
    const after = colonBefore && !handedOn ? -1 : firstTokenEndingAfter(tokens, quote.close);
    if (after >= 0 && tokens[after].start >= quote.close && !this.skippedSentences.has(tokens[after].sentence)) {
      const gap = text.slice(quote.close, tokens[after].start);
      // "“We could win this…” Ann Lee said": words trailing off into an ellipsis hand the quote on to the cue like a comma.
      const trailsOff = /(…|\.\.\.)\s*$/.test(text.slice(quote.start, quote.end)) && /^\s*$/.test(gap);
      const endsWithPeriod = !trailsOff && (/[.…]\s*$/.test(text.slice(quote.start, quote.end)) || /^\s*\./.test(gap));
      if (/^[ \t\u00a0,.;:!?—–-]*$/.test(gap) && !endsWithPeriod) {
        // Only a quote that opens its sentence and ends on ",", "!", "?" or an ellipsis frames the verb after it as a speech verb.
        const framed = (trailsOff || /[,!?]\s*$/.test(text.slice(quote.start, quote.end))) && this.leadInStart(quote) === null;
        const found = this.cueAfterQuote(after, framed);
        if (found && paragraphOf(this.analysis, tokens[found.cue.first].start) === quoteParagraph) {
          const leadIn = colonBefore ? null : this.leadInStart(quote, /,\s*$/.test(text.slice(quote.start, quote.end)) && this.reportsLeadIn(found));
          if (leadIn !== null) return { direct: false, start: leadIn, end: quote.close, cue: found.cue, source: found.source, head: null };
          return { direct: true, start: quote.start, end: quote.end, cue: found.cue, source: found.source, head: null };
        }
      }
      // "“… missing.” Trump said.": a sentence of only a source and its cue after a quote that ends with a period.
      if (endsWithPeriod && /^\s*$/.test(gap) && !this.quoted[after]) {
        const found = this.cueAfterQuote(after);
        const sentence = this.sentenceOf(after);
        const bare = found?.source && sentence.first === after && Math.max(found.cue.last, found.source.last) === sentence.last && sentence.last - after <= 5;
        if (found && bare && paragraphOf(this.analysis, tokens[found.cue.first].start) === quoteParagraph) {
          return { direct: true, start: quote.start, end: quote.end, cue: found.cue, source: found.source, head: null };
        }
      }
    }
    const signed = this.signatureAfter(quote, after, quoteParagraph);
    if (signed) return { direct: true, start: quote.start, end: quote.end, cue: null, source: signed, head: null };
    const before = firstTokenEndingAfter(tokens, quote.open) - 1;
    const beforeToken = before >= 0 ? tokens[before] : undefined;
    if (beforeToken && beforeToken.end <= quote.open && !this.skippedSentences.has(beforeToken.sentence)) {
      const gap = text.slice(beforeToken.end, quote.open);
      const sameParagraph = !gap.includes('\n');
      const introduces = /[:,]\s*$/.test(gap) || /[:,]$/.test(beforeToken.post);
      // "Tom Hill said in a statement. “…”": the speaker's sentence closed before the quote.
      const afterPeriod = sameParagraph && /^\.\s+$/.test(gap);
      if ((sameParagraph && (introduces || afterPeriod || /^\s*$/.test(gap))) || (!sameParagraph && /:\s*$/.test(gap) && /^\s*\n?\s*$/.test(gap.replace(/:/, '')))) {
        const endsSentence = /^[\s.!?]*($|\n)/.test(text.slice(quote.close, quote.close + 40)) || /[.!?]$/.test(text.slice(quote.start, quote.end));
        const found = introduces || endsSentence ? this.cueBeforeQuote(before, introduces) : null;
        // Without ":" or ",", the quote must follow the cue at once ("wrote “…”", ", writing “…”") or its hearer ("Tells Kelly ‘…’").
        const between = found ? tokens.slice(found.cue.last, before + 1) : [];
        const cueWord = found ? tokens[found.cue.first].lower : '';
        // "Tom Hill, the party's spokesman, said in a statement. “…”": a sentence of only a source, its cue and where it spoke ends
        // on a period, and the quote after it is what was said.
        const saidWhere = found !== null && afterPeriod && SAY_VERBS.has(cueWord) && (found.source?.last ?? before + 1) <= found.cue.first &&
          between.length >= 2 && between.length <= 5 && between[0].tags.has('Preposition') && !between.some((token, i) => token.tags.has('Verb') || this.quoted[found.cue.last + i]);
        // "The ad claims “Lee is the one you can trust.”": a whole sentence quoted right after any cue is what it says; not a
        // title, every word capitalised ("a show called “The Big Win.”").
        const wholeSentence = between.length === 0 && /^["'“‘]?[A-Z]/.test(quoted) && /[.!?]["”'’]*$/.test(quoted.trim()) && /(^|\s)[a-z]/.test(quoted);
        const close = afterPeriod ? saidWhere : introduces || wholeSentence || ((SAY_VERBS.has(cueWord) || SAY_VERBS.has(cueWord.replace(/ing$/, '')) || SAY_VERBS.has(cueWord.replace(/ing$/, 'e'))) && between.length === 0) ||
          (TELL_VERBS.has(cueWord) && between.length <= 3 && between.every((token) => isCapitalised(token) || token.tags.has('Pronoun')));
        // "She said the turmoil was not the banks' fault, “not by a long shot.”": a clause of its own before the quote makes it reported speech.
        // "Said Ann Lee, who runs a shop, “…”": the verbs of an inverted source's relative clause are the source's own.
        const inSource = (k: number) => found?.source != null && found.source.first >= found.cue.last && k >= found.source.first && k < found.source.last;
        if (found && close && between.some((token, i) => this.isFinite(token) && !this.quoted[found.cue.last + i] && !inSource(found.cue.last + i))) return null;
        if (found && close) {
          // A quote opening in lower case goes on with the clause the source and cue interrupt; a capital opens words of their own.
          const rightAfter = Math.max(found.cue.last, found.source?.last ?? 0) === before + 1 && /,\s*$/.test(gap + beforeToken.post);
          const front = rightAfter && /^\W*[a-z]/.test(text.slice(quote.start, quote.end)) ? this.frontOfInterruptedClause(found.cue, found.source) : null;
          if (front !== null) {
            const opening = firstTokenEndingAfter(tokens, quote.start);
            return { direct: false, start: front, end: Math.max(quote.close, this.contentEnd(opening, this.sentenceOf(opening))), cue: found.cue, source: found.source, head: null };
          }
          // "Tom Hill Says Ann Lee, ‘Alt Right’ Pose A Threat", "Lee Praises Editor Tom Hill: ‘Very Good Reporter.’": a headline
          // squeezes its clause around a quoted phrase; what the cue reports runs from the cue through the quote, not the quote alone.
          const object = this.isArticleTitle(beforeToken.sentence) && between.length > 0 && !TELL_VERBS.has(cueWord) && !(found.source && found.source.first >= found.cue.last);
          if (object) {
            const opening = firstTokenEndingAfter(tokens, quote.start);
            return { direct: false, start: tokens[found.cue.last].start, end: Math.max(quote.close, this.contentEnd(opening, this.sentenceOf(opening))), cue: found.cue, source: found.source, head: null };
          }
          return { direct: true, start: quote.start, end: quote.end, cue: found.cue, source: found.source, head: null };
        }
        // "More from Ann Lee: “…”": with no cue, a name right before the colon is the source.
        const colon = !found && sameParagraph && /:\s*$/.test(gap + beforeToken.post);
        const named = colon ? this.nameBeforeColon(before) : null;
        if (named) return { direct: true, start: quote.start, end: quote.end, cue: null, source: named, head: null };
        // "He jokes, “…”": after a comma too, unless the verb already introduced the first half of a split quote.
        const manner = colon || (!found && sameParagraph && /,\s*$/.test(gap + beforeToken.post)) ? this.mannerCueBeforeQuote(before, colon) : null;
        if (manner) return { direct: true, start: quote.start, end: quote.end, cue: manner.cue, source: manner.source, head: null };
        // "McConnell delivered a blunt message to Lee:" then the quote, in the same paragraph or the next.
        const framing = !found && /:\s*$/.test(gap + beforeToken.post) ? this.predicateBeforeColon(before) : null;
        if (framing) return { direct: true, start: quote.start, end: quote.end, cue: framing.cue, source: framing.source, head: null };
        // "Protesters gathered outside, chanting “Lee out!”", "the crowd was shouting “No!”": a verb of voicing right before a
        // quote gives the words voiced, though alone ("a shouting match") it is no cue.
        const voiced = !found && sameParagraph && /^\s*$/.test(gap) && !beforeToken.post && VOICING_VERBS.test(beforeToken.lower) && !this.used[before];
        const voicer = voiced ? this.sourceBefore(before, this.sentenceOf(before).first) ?? this.sentenceSubject(before, this.sentenceOf(before)) : null;
        if (voicer) return { direct: true, start: quote.start, end: quote.end, cue: { first: before, last: before + 1 }, source: voicer, head: null };
        // "their chants of “Lee out!”", "met with cries of “No!”": the noun of voicing and "of" are the cue, a possessive before
        // it the source (none otherwise: who chants is seldom named there).
        const chant = !found && sameParagraph && /^\s*$/.test(gap) && !beforeToken.post && beforeToken.lower === 'of' && before > 0 &&
          VOICING_NOUNS.test(tokens[before - 1].lower) && !tokens[before - 1].post && !this.used[before - 1];
        if (chant) {
          const sentence = this.sentenceOf(before);
          const possessor = this.possessorIndex(before - 1, sentence);
          // "The crowd broke into chants of …": otherwise the subject of an active verb right before the noun phrase.
          let verb = before - 2;
          while (verb > sentence.first && before - verb < 6 && !tokens[verb].post && !tokens[verb].tags.has('Verb')) verb--;
          // Not a copula ("It was the chants of …") nor a passive ("was met with chants of …"), whose subject chants nothing.
          const be = (token: Token) => /^(is|was|are|were|be|been|being)(n[’']t)?$/.test(token.lower);
          const active = verb > sentence.first && !tokens[verb].post && tokens[verb].tags.has('Verb') && !be(tokens[verb]) && !be(tokens[verb - 1]);
          // "The mayor roused the crowd to chants of …": an object moved "to" the chants is who chants.
          let to = before - 2;
          while (to > verb && tokens[to].lower !== 'to') to--;
          const moved = active && to > verb + 1 && !tokens[to - 1].post ? this.sourceBefore(to, verb + 1) : null;
          const chanter = (possessor >= 0 ? this.possessorAt(possessor, sentence) : null) ?? moved ?? (active ? this.sourceBefore(verb, sentence.first) : null);
          return { direct: true, start: quote.start, end: quote.end, cue: { first: before - 1, last: before + 1 }, source: chanter, head: null };
        }
      }
    }
    return null;
  }

  /**
   * `“…” ― Ann Lee` / `“…” — Tom Hill, a farmer`: a name signed after a quote with a dash, as readers' comments and
   * pull quotes are attributed, is its source though no verb says so.
   */
  private signatureAfter(quote: Quote, after: number, quoteParagraph: number): TokenRange | null {
    const { tokens, text } = this;
    if (after < 0 || tokens[after].start < quote.close) return null;
    let first = after;
    if (/^(?:―|—|–|--)$/.test(tokens[first].text.trim())) first++;
    if (first >= tokens.length) return null;
    const dash = text.slice(quote.close, tokens[first].start);
    // "“…”\n\n- Ann Lee.": a quote that is its whole paragraph may be signed on the next line, the dash opening it.
    const wholeParagraph = /^\s*$/.test(text.slice(this.analysis.paragraphStarts[quoteParagraph], quote.open));
    const below = wholeParagraph && /^[ \t]*\n\s*(?:―|—|–|--|-)\s*$/.test(dash) && (dash.match(/\n/g) ?? []).length <= 2;
    if (!(/^\s*(?:―|—|–|--|-\s)/.test(dash) || below) || /[^\s―—–-]/.test(dash)) return null;
    if (paragraphOf(this.analysis, tokens[first].start) !== quoteParagraph && !below) return null;
    let last = first;
    while (last < tokens.length && last - first < MAX_LABEL_TOKENS + 1) {
      const token = tokens[last];
      if (!isCapitalised(token) || this.quoted[last] || (last > first && token.pre) || !hasAny(token, ['Person', 'ProperNoun'])) break;
      last++;
      // An initial's period ("Ann G. Lee") goes on; any other mark ends the name.
      if (token.post && !(token.post === '.' && /^[A-Z]$/.test(token.text))) break;
    }
    return last > first && tokens.slice(first, last).some((token) => token.tags.has('Person')) ? { first, last } : null;
  }

  /** A cue in the sentence before the colon that opens `quote`. */
  private cueBeforeColon(quote: Quote): boolean {
    const opening = firstTokenEndingAfter(this.tokens, quote.start);
    if (opening < 0) return false;
    let last = opening;
    while (last > 0 && this.tokens[last - 1].end > quote.open) last--;
    // "Lee declared the need for calm: “…,” she said", "Lee fired back: “…,” she wrote": the cue introduces the quote. Not "Lee
    // asserted that the plan had failed: “…,” she said": a clause of its own before the colon is what the cue says; the quote is handed on.
    for (let k = this.sentenceOf(opening).first; k < last; k++) {
      if (this.isCue(k) && !this.tokens.slice(this.cueRange(k).last, last).some((token) => this.isFinite(token))) return true;
    }
    return false;
  }

  /** The cue (and its source) right after `quote`, past a comma at most, as the frame of a quote reads it. */
  private cueRightAfter(quote: Quote): { cue: TokenRange; source: TokenRange | null } | null {
    const { tokens, text } = this;
    const after = firstTokenEndingAfter(tokens, quote.close);
    if (after < 0 || tokens[after].start < quote.close || !/^[\s,]*$/.test(text.slice(quote.close, tokens[after].start))) return null;
    return this.cueAfterQuote(after, true);
  }

  /** "“…,” he wrote, “…”": a cue and its source right after `quote`, then a comma and the quote going on. */
  private splitsQuoteAfter(quote: Quote): boolean {
    const found = this.cueRightAfter(quote);
    if (!found) return false;
    const end = this.tokens[Math.max(found.cue.last, found.source?.last ?? 0) - 1].end;
    return /^,\s*["“]/.test(this.text.slice(end, end + 4));
  }

  /** A quote opening at token `k`, ending on a comma, with a cue right after it and none introducing it before the colon ("…: “…,” she said"). */
  private quoteHandedOnAt(k: number): boolean {
    const { tokens, text } = this;
    const quote = this.quotes.find((candidate) => candidate.start >= tokens[k - 1].end && candidate.start <= tokens[k].start);
    if (!quote || !/,\s*$/.test(text.slice(quote.start, quote.end)) || this.cueBeforeColon(quote)) return false;
    return this.cueRightAfter(quote) !== null;
  }

  /** "Ann Lee and Tom Hill:", "More from the report:": the name or noun phrase ending at `last`, before a colon. */
  private nameBeforeColon(last: number): TokenRange | null {
    const { tokens } = this;
    const token = tokens[last];
    // "More from the report: “…”": the piece of writing quoted from is the source.
    const from = tokens.slice(last - 2, last);
    if (REPORT_NOUNS.has(token.lower) && from.length === 2 && from[0].lower === 'from' && from[1].lower === 'the' && !from[0].post && !from[1].post && !this.quoted[last - 2]) {
      return { first: last - 1, last: last + 1 };
    }
    if (this.quoted[last] || !isCapitalised(token) || !hasAny(token, ['Person', 'ProperNoun', 'Organization']) || token.tags.has('Date')) return null;
    const sentence = this.sentenceOf(last);
    const first = this.coordinatedStart(this.nounPhraseStart(last, sentence.first), sentence.first);
    // A label opening its sentence or a headline ("Times' Ann Lee: “…”") is the writer's digest, not a speaker;
    // "“Museum to close,” by the Post's Ann Lee: “…”": a byline names who wrote the excerpt, not who said it.
    // The tagger may split a site's "'s" ("NewsHub's") into the name and an empty "is".
    let by = tokens[first - 1]?.text === '' ? first - 2 : first - 1;
    if (/['’]s?$/.test(tokens[by]?.text ?? '')) by--;
    const byline = tokens[by]?.lower === 'by' && !tokens[by].post;
    // "… the plan.” Tom Hill: “…”": past the headline, a short name alone before the colon is the next speaker;
    // "Former Dayton mayor Ann Lee: “…”": opening its paragraph, a name with its title too.
    const opensParagraph = this.text.slice(this.analysis.paragraphStarts[sentence.paragraph], tokens[first].start).trim() === '';
    const opensBody = first === sentence.first && sentence.paragraph > 0 && (last - first < 3 || opensParagraph);
    return (first > sentence.first || opensBody) && !sentence.titleCase && !byline ? { first, last: last + 1 } : null;
  }

  /**
   * `Ms. Vale is “not a quiet talker,” Hart said`: a quote that ends a clause of the writer's own words is part of
   * that clause's content. Returns where the clause starts, or null when the quote opens its sentence.
   */
  private leadInStart(quote: Quote, reported = false): number | null {
    const { tokens, text } = this;
    const opening = firstTokenEndingAfter(tokens, quote.start);
    if (opening < 0) return null;
    const sentence = this.sentenceOf(opening);
    const before = text.slice(sentence.start, quote.open);
    if (!/[A-Za-z]/.test(before) || /[:"“”‘’]\s*$/.test(before) || /["“”(—–]| - /.test(before) || before.includes('\n')) return null;
    // "… special interests. “I think …,” Trump said": a sentence the splitter ran into the quote is no lead-in.
    if (/[.!?]\s*$/.test(before)) return null;
    // A lead-in with a cue of its own ("He said at a conference that …") is that cue's content, not this one's, unless someone
    // else reports the whole sentence ("Lee said at a rally that it was “fine,” the Dayton Times reported").
    let cue = -1;
    for (let k = sentence.first; k < opening; k++) {
      if (this.quoted[k]) return null;
      if (this.isCue(k)) cue = k;
    }
    // Even then, a lead-in opening with its cue ("Asked whether …") or a clause of time or cause ("When Lee said it was “fine,” the
    // crowd cheered"), one handing the quote on with a comma ("Lee scoffed, saying, “…,” Hill recalled"), or one calling someone
    // the quoted label ("kept calling Lee “a fraud,” Hill said") keeps its quote.
    const opener = /^(but|and|yet|so)$/.test(tokens[sentence.first].lower) ? sentence.first + 1 : sentence.first;
    if (cue >= 0 && (!reported || this.isCue(sentence.first) || FRONTED_CLAUSE_OPENERS.has(tokens[opener].lower) || /,\s*$/.test(before) ||
      CALLING_VERBS.has(tokens[cue].lower))) return null;
    const first = tokens[sentence.first];
    return first.start - (first.pre && /["“‘']/.test(first.pre) ? first.pre.length : 0);
  }

  /**
   * After a quote ending a clause: a finite cue whose source is named, not a pronoun ("…,” the Dayton Times reported", "…,”
   * according to the report"), reports the whole sentence; a pronoun ("…,” she said") is mostly the lead-in's own speaker again,
   * and a participle ("…,” telling reporters") goes on with the lead-in's subject.
   */
  private reportsLeadIn(found: { cue: TokenRange; source: TokenRange | null }): boolean {
    const { tokens } = this;
    const cue = tokens.slice(found.cue.first, found.cue.last);
    // Only a verb of saying reports ("…,” the crowd applauded" reacts); a denial of saying reports nothing.
    const saying = cue.some((token) => CUE_ACT.get(token.lower) === 'SAID' && (!/ing$/.test(token.lower) || token.lower === 'according'));
    if (!found.source || !saying || cue.some((token) => /^(not|never)$/.test(token.lower) || /n[’']t$/.test(token.lower))) return false;
    return !tokens[found.source.first].tags.has('Pronoun');
  }

  /** `…,” Lopez told Kelly` / `…,” said Freddy Ortega, …` / `…,” part of his statement read`. */
  /**
   * `“…,” Tom Hill fumed on Tuesday`: after a quote closed by a comma, a past-tense verb right after its subject that ends the
   * clause says how the quote was spoken, listed cue or not.
   */
  private mannerCueAfterQuote(index: number, subject: number, sentence: Sentence): boolean {
    const token = this.tokens[index];
    const next = this.tokens[index + 1];
    if (!token.tags.has('PastTense') || isHelperVerb(token) || index === subject) return false;
    if (!hasAny(this.tokens[index - 1], ['Noun', 'Pronoun', 'ProperNoun', 'Person']) || this.tokens[index - 1].post) return false;
    return index + 1 >= sentence.last || /[.,;:!?]$/.test(token.post) || (next !== undefined && hasAny(next, ['Preposition', 'Date', 'Adverb']) && !/^(and|but|to)$/.test(next.lower));
  }

  /**
   * `Hill retorted: “…”`, `Lee fired back: “…”`, `He jokes, “…”`: a verb, with at most two particles or adverbs, right after its subject and
   * right before the colon or comma that opens a quote says how the quote was spoken, listed cue or not.
   */
  private mannerCueBeforeQuote(last: number, colon: boolean): { cue: TokenRange; source: TokenRange } | null {
    const { tokens } = this;
    const sentence = this.sentenceOf(last);
    let verb = last;
    while (verb > last - 2 && verb > sentence.first && hasAny(tokens[verb], ['Adverb', 'Particle']) && !tokens[verb - 1].post) verb--;
    const token = tokens[verb];
    if (this.quoted[verb] || (!colon && this.used[verb]) || !token.tags.has('Verb') || !hasAny(token, ['PastTense', 'PresentTense']) || isHelperVerb(token)) return null;
    const source = verb > sentence.first ? this.sourceBefore(verb, sentence.first) : null;
    return source && source.last === verb ? { cue: { first: verb, last: last + 1 }, source } : null;
  }

  /**
   * `The senator delivered a blunt message to Lee: “…”`, `Her letter makes the case: “…”`: a sentence whose subject opens it and whose
   * predicate runs up to the colon before a quote frames the quote as the subject's words; the predicate is the cue.
   */
  private predicateBeforeColon(last: number): { cue: TokenRange; source: TokenRange } | null {
    const { tokens } = this;
    const sentence = this.sentenceOf(last);
    const opening = this.frontedAdjunctEnd(sentence, last);
    for (let k = opening + 1; k <= last && k - opening <= MAX_SUBJECT_TOKENS; k++) {
      if (this.quoted[k] || this.used[k]) return null;
      if (!this.isFinite(tokens[k])) continue;
      // "The problem is exemplified by this finding:", "His complaint was the choice:": a copula describes, it does not speak.
      if (/^(is|was|are|were)$/.test(tokens[k].lower)) return null;
      const source = this.sourceBefore(k, opening);
      if (!source || source.first !== opening || tokens[source.last - 1].tags.has('Adverb')) return null;
      // "He adds that voters have two choices: “…”": a cue of its own reports the clause, which the quote ends.
      if (this.isCue(k) || tokens.slice(k, last + 1).some((token) => token.lower === 'that')) return null;
      return last - k < MAX_COLON_CUE_TOKENS ? { cue: { first: k, last: last + 1 }, source } : null;
    }
    return null;
  }

  /**
   * "In a later interview, Hill went further: “…”": a phrase opening with a preposition and closed by a comma sets the scene;
   * the subject of the sentence comes after it. The first token of the subject, or the sentence's first token without one.
   */
  private frontedAdjunctEnd(sentence: Sentence, last: number): number {
    const { tokens } = this;
    const { first } = sentence;
    if (!tokens[first].tags.has('Preposition') || this.quoted[first]) return first;
    for (let k = first; k < last && k - first < MAX_OCCASION_TOKENS; k++) {
      if (this.quoted[k] || this.isFinite(tokens[k])) return first;
      if (tokens[k].post === ',') return k + 1;
    }
    return first;
  }

  /** "beamed Tom Hill", "mused Dayton co-host Ann Lee": a past-tense verb right after the quote, then a name. */
  private invertedMannerCue(index: number, sentence: Sentence): boolean {
    const token = this.tokens[index];
    const next = this.tokens[index + 1];
    if (!next || index + 1 >= sentence.last || token.post || !token.tags.has('PastTense') || isHelperVerb(token)) return false;
    return isCapitalised(next) && hasAny(next, ['Person', 'ProperNoun', 'Honorific']);
  }

  private cueAfterQuote(index: number, loose = false): { cue: TokenRange; source: TokenRange | null } | null {
    const sentence = this.sentenceOf(index);
    if (this.isCue(index)) {
      // "praised the vote as “fantastic,” telling reporters …": a participle after a quote goes on with the clause's subject; what
      // follows it is its hearer or its words, never the quote's source.
      if (/ing$/.test(this.tokens[index].lower) && this.tokens[index].lower !== 'according') return null;
      const source = this.sourceAfter(index, sentence);
      // "citing “the magic of Lee,” said the candidate could win": a modal or auxiliary after the cue opens a clause, no source.
      const opener = source ? this.tokens.slice(source.first, source.last).findIndex((token) => CLAUSE_OPENERS.has(token.lower)) : -1;
      const clause = source !== null && this.tokens.slice(source.first, opener < 0 ? source.last : source.first + opener).some((token) => hasAny(token, ['Modal', 'Auxiliary', 'Copula']));
      return source && !clause ? { cue: this.cueRange(index), source } : null;
    }
    // "“…!” beamed Tom Hill": inverted, the unlisted verb needs a source with no verb of its own after it.
    if (loose && this.invertedMannerCue(index, sentence)) {
      const source = this.sourceAfter(index, sentence);
      const opener = source ? this.tokens.slice(source.first, source.last).findIndex((token) => CLAUSE_OPENERS.has(token.lower)) : -1;
      const named = source ? this.tokens.slice(source.first, opener < 0 ? source.last : source.first + opener) : [];
      if (source && !named.some((token) => token.tags.has('Verb') && !token.tags.has('Noun'))) return { cue: this.cueRange(index), source };
    }
    // "…,” Tom Hill, director of a project at a policy institute in Dayton, said": a name's appositive may run long.
    // "Tom Hill Jr., the director …": an abbreviation's period comes before the comma.
    const appositive = this.tokens.slice(index, index + 4).some((token) => token.post === ',' || (token.post === '.,' && token.tags.has('Abbreviation')));
    let limit = Math.min(sentence.last, index + (appositive ? MAX_APPOSITION_TOKENS : MAX_NP_TOKENS));
    let verbs = 0;
    for (let j = index + 1; j < limit; j++) {
      // "“…,” Tom Hill, who runs a farm in Dayton, said": the verbs of a relative clause between commas describe the source.
      if (CLAUSE_OPENERS.has(this.tokens[j].lower) && this.tokens[j - 1].post.endsWith(',')) {
        let close = j;
        while (close < sentence.last - 1 && !this.tokens[close].post.endsWith(',') && !this.quoted[close]) close++;
        if (!this.tokens[close].post.endsWith(',') || this.quoted[close]) return null;
        limit = Math.min(sentence.last, limit + close + 1 - j);
        j = close + 1;
        if (j >= limit) return null;
      }
      const token = this.tokens[j];
      if (this.isCue(j)) {
        const source = this.sourceBefore(j, index);
        if (source && source.first === index) return { cue: this.cueRange(j), source };
        // "“…,” up-and-coming Ann Lee said": lowercase words hyphened into one modifier before the name describe the speaker, who is the name.
        const name = source ? this.tokens.slice(source.first, source.last).findIndex((token) => isCapitalised(token)) : -1;
        if (source && name >= 0 && this.tokens.slice(index, source.first + name).every((token, i) => /^[a-z]+$/.test(token.text) && this.hyphenJoined(index + i))) {
          return { cue: this.cueRange(j), source: { first: source.first + name, last: source.last } };
        }
        const run = this.nameRunBefore(index, j);
        if (run) return { cue: this.cueRange(j), source: run };
        // "“…,” Save Our Parks campaign director Ann Lee said": a longer title before a name, the whole run from the quote a noun phrase.
        const whole = source && this.tokens[source.last - 1].tags.has('Person') ? this.clauseSubject(j, sentence, true) : null;
        return whole && whole.first === index ? { cue: this.cueRange(j), source: whole } : null;
      }
      if (loose && verbs === 0 && this.mannerCueAfterQuote(j, index, sentence)) {
        const source = this.sourceBefore(j, index);
        if (source && source.first === index) return { cue: this.cueRange(j), source };
      }
      // One verb may be a noun the tagger misread ("campaign manager"); nameRunBefore then decides.
      if (token.tags.has('Verb') && !AUXILIARIES.has(token.lower) && ++verbs > 1) return null;
      if (token.pre && /["“”]/.test(token.pre)) return null;
    }
    return null;
  }

  /**
   * `“…,” Ohio campaign manager Ann Lee said`: between a quote and its cue, a short run of name and noun words the
   * noun-phrase walk broke at a word tagged a verb, taken whole as the source.
   */
  private nameRunBefore(first: number, cue: number): TokenRange | null {
    const { tokens } = this;
    let last = cue;
    while (last > first && isBeforeCue(tokens[last - 1])) last--;
    if (last - first < 2 || last - first > MAX_LABEL_TOKENS + 2) return null;
    for (let k = first; k < last; k++) {
      const token = tokens[k];
      const inside = k < last - 1;
      if (this.quoted[k] || (token.post && !isAbbreviation(token)) || hasAny(token, ['Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adverb'])) return null;
      // A verb-tagged word counts only inside the run, before the name it modifies.
      if (token.tags.has('Verb') && !(inside && !token.tags.has('PastTense'))) return null;
    }
    return tokens.slice(first, last).some((token) => token.tags.has('Person')) ? { first, last } : null;
  }

  /** `Jane said, “…”` / `She then continued, “…”` / `X told Y: “…”` / `Tells Ann Curry ‘…’`. */
  private cueBeforeQuote(index: number, introduces: boolean): { cue: TokenRange; source: TokenRange | null } | null {
    const sentence = this.sentenceOf(index);
    const reach = introduces ? 14 : 4;
    for (let j = index; j >= Math.max(sentence.first, index - reach); j--) {
      if (j < index && this.tokens[j].post && /[”"’]/.test(this.tokens[j].post)) break;
      // "arguing that if …, “…”": the quote ends a reported clause, it is not introduced by the cue.
      if (this.tokens[j].lower === 'that') return null;
      if (!this.isCue(j) || this.used[j]) continue;
      const cue = this.cueRange(j);
      // "Said Tom Hill, a farmer, “…”": a speech verb opening its sentence is inverted, the source after it.
      const inverted = this.tokens[j].lower === 'according' || (j === sentence.first && SAY_VERBS.has(this.tokens[j].lower));
      const before = inverted ? null : this.sourceBefore(j, sentence.first);
      // "she released a statement saying, “…”": the noun before a participle is the object of the verb before it; the subject says it.
      const previous = before && before.first > sentence.first ? this.tokens[before.first - 1] : null;
      // Not "held a sign saying": a sign, a banner or a cover says what is on it.
      // "sent a message to supporters saying, “…”": a hearer after "to" (or a place after "in") is no speaker either.
      const hearer = previous !== null && (previous.lower === 'to' || previous.tags.has('Preposition')) && !this.ofParticipleSubject(previous);
      const object = previous !== null && /ing$/.test(this.tokens[j].lower) && !previous.post && (ISSUING_VERBS.has(previous.lower) || hearer);
      const source = inverted ? this.sourceAfter(j, sentence) : object ? this.sentenceSubject(j, sentence) ?? before : before ?? this.sentenceSubject(j, sentence);
      if (!source) continue;
      return { cue, source };
    }
    return null;
  }

  /** "made it clear", "makes clear", "(as X) put it": where a cue of several words ends, or -1. */
  private phraseCueEnd(index: number): number {
    const { tokens } = this;
    const word = tokens[index].lower;
    if (tokens[index].post || this.quoted[index + 1]) return -1;
    const spoken = SPOKEN_NOUN_PHRASES.find(([verb]) => verb.test(word))?.[1];
    const spokenEnd = spoken && tokens[index].tags.has('Verb') ? this.spokenNounEnd(index + 1, spoken) : -1;
    if (spokenEnd > 0) return spokenEnd;
    if (/^(made|makes|making|make)$/.test(word)) {
      // "made no secret of her views", "makes no mention of the plan": what is owned up to, or left out, is the content.
      if (tokens[index + 1]?.lower === 'no' && /^(secret|mention)$/.test(tokens[index + 2]?.lower ?? '') && tokens[index + 3]?.lower === 'of' &&
        !tokens[index + 1].post && !tokens[index + 2].post) return index + 4;
      if (word === 'make') return -1;
      const clear = tokens[index + 1]?.lower === 'it' && !tokens[index + 1].post ? index + 2 : index + 1;
      return tokens[clear]?.lower === 'clear' ? clear + 1 : -1;
    }
    // "took aim at the plan", "takes issue with Lee", "took some shots at Hill": a stance taken toward its object.
    if (TAKE_VERBS.has(word)) {
      let k = index + 1;
      // "took direct aim at", "taking oblique swipes at", "took a shot at": a determiner, a modifier or both before the noun.
      while (k < index + 3 && tokens[k] && !tokens[k - 1].post && !STANCE_TAKEN.has(tokens[k].lower) && hasAny(tokens[k], ['Determiner', 'Adjective', 'Value'])) k++;
      const link = STANCE_TAKEN.get(tokens[k]?.lower ?? '');
      return link && !tokens[k - 1].post && !tokens[k].post && tokens[k + 1]?.lower === link ? k + 2 : -1;
    }
    // "Lee shot back that …", "Hill fired back at the mayor": a retort, what it answers with or hits at the content.
    // Not before a participle or a phrase that carries the words ("hit back, saying …", "fired back with a statement"), which
    // are the cue then, nor "spending shot back up", nor in a headline's title case.
    if (RETORT_VERBS.has(word) && tokens[index + 1]?.lower === 'back' && tokens[index].text === word) {
      const after = tokens[index + 2];
      if (tokens[index + 1].post) return after && !/ing$/.test(after.lower) ? index + 2 : -1;
      return after?.lower === 'at' ? index + 3 : after?.lower === 'that' ? index + 2 : -1;
    }
    // "was quick to point out", "is eager to run": the adjective of an intent or a readiness, its infinitive the content.
    // "will be eager to", "have been quick to", "was more eager to": after "be" or "been" too, a word of degree or frequency between.
    if (/^(is|was|are|were|be|been)$/.test(word)) {
      const adjective = /^(more|less|so|very|too|all|also|still|not|always|often|clearly|increasingly|especially|particularly)$/.test(tokens[index + 1]?.lower ?? '') &&
        !tokens[index + 1].post ? index + 2 : index + 1;
      if (/^(eager|quick|reluctant)$/.test(tokens[adjective]?.lower ?? '') && !tokens[adjective].post && tokens[adjective + 1]?.lower === 'to' &&
        tokens[adjective + 2]?.tags.has('Verb')) return adjective + 1;
    }
    // "The governor plans to sign …": an announced intent, its infinitive the content (not "the plans to …", a noun).
    if (/^(plans|planning|planned)$/.test(word) && tokens[index + 1]?.lower === 'to' && tokens[index + 2]?.tags.has('Verb') && !tokens[index - 1]?.tags.has('Determiner') && !tokens[index - 1]?.tags.has('Possessive')) return index + 1;
    // "would like to shrink the department": a wish voiced, its infinitive the content.
    if (word === 'would' && tokens[index + 1]?.lower === 'like' && !tokens[index + 1].post && tokens[index + 2]?.lower === 'to' && tokens[index + 3]?.tags.has('Verb')) return index + 2;
    // "spoke about the economy": "spoke" alone was mostly no cue on PolNeAR train, "spoke about" mostly one.
    // "talked about", "speaks of", "spoke out against", "talking proudly of": any form, an adverb or "out" before the preposition.
    if (TALK_VERBS.has(word) && !hasAny(tokens[index - 1] ?? tokens[index], ['Determiner', 'Possessive', 'Adjective'])) {
      let k = index + 1;
      while (k < index + 3 && tokens[k] && !tokens[k - 1].post && (tokens[k].lower === 'out' || (tokens[k].tags.has('Adverb') && /ly$/.test(tokens[k].lower)))) k++;
      const preposition = tokens[k]?.lower ?? '';
      const opens = preposition === 'about' || preposition === 'of' || (preposition === 'against' && tokens[k - 1].lower === 'out');
      if (opens && !tokens[k - 1].post) return k + 1;
    }
    // "pushed for a ban", "came out against the deal": a verb of stance with its words, not a noun ("his push for", "a call for").
    const previous = tokens[index - 1];
    const owned = previous !== undefined && !previous.post && (hasAny(previous, ['Determiner', 'Possessive', 'Adjective']) || /['’]s?$/.test(previous.text));
    const phrase = owned || !tokens[index].tags.has('Verb') ? undefined :
      STANCE_PHRASES.find(([verb]) => verb.test(word))?.[1].find((words) => words.every((link, k) => tokens[index + 1 + k]?.lower === link && !tokens[index + k].post && !tokens[index + 1 + k].post));
    if (phrase) return index + phrase.length + 1;
    // "Ann Lee focused on the economy": what people dwell on in their words (mostly annotated so on PolNeAR train); not what a debate,
    // an ad or a report focuses on, nor "is focused on", which were mostly not. Nor when the name closes another phrase ("debates
    // between Lee and Hill have focused on", "the row surrounding Acme has focused on").
    if (/^(focus|focuses|focused)$/.test(word) && tokens[index + 1]?.lower === 'on' && !tokens[index + 1].post && tokens[index].tags.has('Verb')) {
      const end = this.speakerSubjectBefore(index) + 1;
      const subject = end > 0 ? this.subjectBefore(end, this.sentenceOf(index)) : null;
      const before = subject ? tokens[subject.first - 1] : undefined;
      const inPhrase = before !== undefined && !before.post && (before.tags.has('Preposition') || /^(and|or)$/.test(before.lower));
      if (subject && !inPhrase && !tokens.slice(subject.first, end).some((token) => hasAny(token, ['Preposition', 'Conjunction', 'Adjective']) && !token.tags.has('Person'))) return index + 2;
    }
    // "when asked about the plan": what one is asked about is the topic after the preposition, which the cue binds.
    if (/^(ask|asks|asked|asking)$/.test(word) && tokens[index + 1]?.lower === 'about') return index + 2;
    // "issued a statement Tuesday saying …": the statement and its participle of saying are one cue, what it says the content.
    if (/^(issue|issues|issued|release|releases|released)$/.test(word) && tokens[index + 1]?.lower === 'a') {
      let k = index + 2;
      if (tokens[k] && tokens[k].lower !== 'statement' && tokens[k].tags.has('Adjective') && !tokens[k].post) k++;
      if (tokens[k]?.lower !== 'statement') return -1;
      while (tokens[k + 1]?.tags.has('Date') && !tokens[k].post) k++;
      const participle = tokens[k + 1]?.lower ?? '';
      return participle === 'saying' || SAYING_PARTICIPLES.has(participle) ? k + 2 : -1;
    }
    // "As Tom Hill put it, …": only with its comma or colon, "put it" alone is an action.
    return word === 'put' && tokens[index + 1]?.lower === 'it' && /^[,:]/.test(tokens[index + 1].post) ? index + 2 : -1;
  }

  /** "harsh comments about", "the case for", "a cautious note on": up to three modifiers, a noun of `nouns` and a preposition a cue takes from `k`, the end; or -1. */
  private spokenNounEnd(k: number, nouns: Set<string>): number {
    const { tokens } = this;
    let m = k;
    while (m < k + 3 && tokens[m] && !tokens[m].post && !this.quoted[m] && !nouns.has(tokens[m].lower) && hasAny(tokens[m], ['Determiner', 'Adjective', 'Adverb', 'Value']) &&
      !hasAny(tokens[m], ['Possessive', 'Pronoun'])) m++;
    const preposition = tokens[m + 1];
    // "made the comments on Radio Acme", "made similar comments on Friday": a preposition before an outlet or a date says where or when, not about what.
    const object = tokens[m + 2];
    if (object && (object.tags.has('Date') || this.outletAt(m + 2))) return -1;
    return tokens[m] && nouns.has(tokens[m].lower) && !tokens[m].post && !tokens[k - 1].post && preposition && !preposition.post && !this.quoted[m + 1] &&
      CUE_PREPOSITIONS.has(preposition.lower) ? m + 2 : -1;
  }

  private cueRange(index: number): TokenRange {
    const phraseEnd = this.phraseCueEnd(index);
    if (phraseEnd > 0) return { first: index, last: phraseEnd };
    const next = this.tokens[index + 1];
    if (this.tokens[index].lower === 'according' && next?.lower === 'to') return { first: index, last: index + 2 };
    if (next && PARTICLES.has(next.lower) && next.tags.has('Particle')) return { first: index, last: index + 2 };
    // "tweeted out photos", "shrugged off the criticism", "laid out her plan": a particle before the object belongs to the verb, whatever the tagger made of it.
    const object = this.tokens[index + 2];
    if (next && /^(out|up|off|back)$/.test(next.lower) && !this.tokens[index].post && !next.post && object && !this.quoted[index + 1] &&
      hasAny(object, ['Determiner', 'Possessive', 'Noun', 'ProperNoun', 'Adjective', 'Value']) && !hasAny(object, ['Preposition', 'Date', 'Verb'])) return { first: index, last: index + 2 };
    return { first: index, last: index + 1 };
  }

  /**
   * "Lee went on to name three cities", "the ad goes on to list …": in a report, going on to do a thing with an object is
   * going on speaking; not winning, serving or leading ("went on to win the nomination").
   */
  private wentOnToAt(index: number): boolean {
    const { tokens } = this;
    const to = tokens[index - 1];
    const on = tokens[index - 2];
    const went = tokens[index - 3];
    const object = tokens[index + 1];
    if (!to || !on || !went || !object || to.lower !== 'to' || on.lower !== 'on' || !WENT_ON.has(went.lower) || went.post || on.post || to.post) return false;
    if (!tokens[index].tags.has('Verb') || tokens[index].post || this.quoted[index] || ACHIEVEMENT_VERBS.has(tokens[index].lower)) return false;
    return object.sentence === tokens[index].sentence;
  }

  /**
   * "The loss led Ann Lee to declare …", "leaving many to wonder whether …": a cue verb after "to" and the object of a verb that
   * brings someone to act; that object speaks. Where the object starts, or -1.
   */
  private broughtToAt(index: number): number {
    const { tokens } = this;
    const to = index - 1;
    if (!this.infinitiveCueAt(index)) return -1;
    let first = to;
    while (first - 1 > 0 && to - first < MAX_BROUGHT_TOKENS && isNpToken(tokens[first - 1]) && !tokens[first - 1].post && !this.quoted[first - 1] && !BRINGING_VERBS.has(tokens[first - 1].lower)) first--;
    const bringing = tokens[first - 1];
    // "leave PCs open to attack", "leaves his seat to confirm": the object that speaks is people ("many", "voters", "her", "Ann
    // Lee", "the senator"), not a state the object is left in or a thing.
    const head = tokens[to - 1];
    const speaks = hasAny(head, ['Pronoun', 'Person', 'ProperNoun', 'Plural']) || isCapitalised(head) || QUANTIFIER_PRONOUNS.has(head.lower) ||
      isPersonWord(head.lower);
    return first < to && speaks && bringing !== undefined && BRINGING_VERBS.has(bringing.lower) && !bringing.post && bringing.sentence === tokens[index].sentence ? first : -1;
  }

  /** "to declare", "to call for": after "to", a verb of a curated cue in any form, or one opening a phrase cue. */
  private infinitiveCueAt(index: number): boolean {
    const { tokens } = this;
    const to = tokens[index - 1];
    if (index < 2 || !tokens[index] || to.lower !== 'to' || to.post || !tokens[index].tags.has('Verb') || this.quoted[index]) return false;
    const verb = tokens[index].lower;
    return [verb, `${verb}s`, `${verb}ed`, `${verb}d`].some((form) => CUE_ACT.has(form)) || this.phraseCueEnd(index) > 0;
  }

  /**
   * "Ann Lee took to Twitter to defend …", "went on CNN Tuesday to declare …", "took the stage to thank …", "used his speech to call for …",
   * "went out of her way to praise …": a cue verb after "to" and a platform, a stage, a message or a way its subject speaks by.
   * Where the verb before that starts, or -1.
   */
  private platformToAt(index: number): number {
    const { tokens } = this;
    const to = index - 1;
    if (!this.infinitiveCueAt(index)) return -1;
    const meeting = this.meetingToAt(index);
    if (meeting >= 0) return meeting;
    // "went out of his way to praise …".
    const outOfWay = ['way', '', 'of', 'out'].every((word, i) => to - 1 - i > 0 && (word === '' ? hasAny(tokens[to - 1 - i], ['Possessive']) : tokens[to - 1 - i].lower === word) && !tokens[to - 1 - i].post);
    if (outOfWay && to - 5 >= 0 && WENT_ON.has(tokens[to - 5].lower) && !tokens[to - 5].post) return to - 5;
    let first = to;
    while (first - 1 > 0 && to - first < MAX_BROUGHT_TOKENS && (isNpToken(tokens[first - 1]) || tokens[first - 1].tags.has('Date') || /^(early|late)$/.test(tokens[first - 1].lower)) &&
      !tokens[first - 1].post && !this.quoted[first - 1] && !/^(to|on|before)$/.test(tokens[first - 1].lower)) first--;
    const before = tokens[first - 1];
    if (first === to || !before || before.post || before.sentence !== tokens[index].sentence) return -1;
    const phrase = tokens.slice(first, to);
    // "took the stage to thank", "took the floor to argue".
    if (/^(took|takes|take|taking)$/.test(before.lower) && phrase[0].lower === 'the' && /^(stage|floor|podium|microphone|mic)$/.test(phrase[1]?.lower ?? '')) return first - 1;
    if (USING_VERBS.has(before.lower)) return phrase.some((token) => this.messageOrOccasion(token)) ? first - 1 : -1;
    const verbBefore = tokens[first - 2];
    if (!verbBefore || verbBefore.post) return -1;
    return PLATFORM_VERBS.some(([forms, openers]) => forms.test(verbBefore.lower) && openers.has(before.lower)) ? first - 2 : -1;
  }

  /**
   * "Ann Lee met with donors on Monday to discuss …", "sat down with reporters to explain …": a cue verb after a purpose "to" of a
   * meeting verb, across names, times and places only. Where the meeting verb is, or -1.
   */
  private meetingToAt(index: number): number {
    const { tokens } = this;
    const to = index - 1;
    for (let k = to - 1; k >= 0 && to - k <= MAX_MEETING_TOKENS; k--) {
      const token = tokens[k];
      if (token.post || this.quoted[k] || token.sentence !== tokens[index].sentence) return -1;
      // "came to share an office": "come" right before "to" is coming to be, no coming somewhere to talk.
      if (MEETING_VERBS.has(token.lower)) return token.tags.has('Verb') && !(k === to - 1 && /^(come|comes|came|coming)$/.test(token.lower)) ? k : -1;
      if (!MEETING_LINKS.has(token.lower) && !token.tags.has('Date') && (!isNpToken(token) || token.tags.has('Verb'))) return -1;
    }
    return -1;
  }

  /** "…, leading voters to question …": a bringing verb at `k` whose object is brought to a cue. */
  private bringsToSpeakAt(k: number): boolean {
    if (!BRINGING_VERBS.has(this.tokens[k].lower)) return false;
    for (let to = k + 2; to <= k + 1 + MAX_BROUGHT_TOKENS && to < this.tokens.length; to++) {
      if (this.tokens[to].lower === 'to') return this.broughtToAt(to + 1) === k + 1;
    }
    return false;
  }

  /** "He went on to say", "She continues to insist": where the verbs that only carry the cue on start, or `cue` itself. */
  private carrierStart(cue: number, floor: number): number {
    const { tokens } = this;
    const to = cue - 1;
    // Only a curated speech verb: "continues to oppose the budget" is an action, not speech.
    if (to - 1 < floor || tokens[to].lower !== 'to' || tokens[to - 1].post) return cue;
    if (to - 2 >= floor && tokens[to - 1].lower === 'on' && WENT_ON.has(tokens[to - 2].lower) && !tokens[to - 2].post) return to - 2;
    // "led Ann Lee to declare": the cue is the infinitive, its subject the object before "to".
    if (this.broughtToAt(cue) > floor) return to;
    const platform = this.platformToAt(cue);
    if (platform >= floor) return platform;
    if (!CUE_ACT.has(tokens[cue].lower)) return cue;
    // "… and seemed to blame the network": "seem" carries the cue too, and lets a joined cue find its subject.
    if (CUE_CARRIERS.has(tokens[to - 1].lower) || /^(seem|seems|seemed)$/.test(tokens[to - 1].lower)) return to - 1;
    // "voters were more likely to say", "she was not willing to say": a copula, grading words and a word of readiness.
    if (!READINESS_WORDS.has(tokens[to - 1].lower)) return cue;
    let k = to - 2;
    while (k >= floor && !tokens[k].post && /^(more|less|most|slightly|much|far|also|not|generally|very|so|still)$/.test(tokens[k].lower)) k--;
    return k >= floor && !tokens[k].post && tokens[k].tags.has('Copula') ? k : cue;
  }

  /** The noun phrase ending right before the cue at `cue` (auxiliaries and adverbs in between are skipped). */
  private sourceBefore(cue: number, floor: number): TokenRange | null {
    const { tokens } = this;
    const quantifier = this.quantifierSubject(cue, floor);
    if (quantifier) return quantifier;
    // "…, with 42% preferring Lee", "…, with marchers and onlookers chanting …": the whole noun phrase after "with" is the participle's subject.
    if (/ing$/.test(tokens[cue].lower) && this.withSubjectBefore(cue)) {
      let first = cue - 1;
      while (tokens[first - 1].lower !== 'with') first--;
      // "with Lee repeatedly calling …", "with 10 percent not planning …": an adverb before the participle belongs to the cue.
      let last = this.carrierStart(cue, floor);
      while (last - 1 > first && isBeforeCue(tokens[last - 1])) last--;
      if (first > floor) return { first, last };
    }
    // "those backing Lee": "those" standing for the people who take the stance.
    if (cue - 1 >= floor && tokens[cue - 1].lower === 'those' && STANCE_PARTICIPLES.has(tokens[cue].lower) && !tokens[cue - 1].post) return { first: cue - 1, last: cue };
    // "led Ann Lee to declare": the object of the bringing verb, no more.
    const brought = this.broughtToAt(cue);
    if (brought > floor) return { first: brought, last: cue - 1 };
    let k = this.carrierStart(cue, floor) - 1;
    while (k >= floor && (isBeforeCue(tokens[k]) || (k > floor && isContractedPerfect(tokens[k - 1], tokens[k], tokens[cue])))) k--;
    // "Tom Hill at the time said", "who has in the past described": step over a time phrase.
    for (const words of TIME_PHRASES) {
      const start = k - words.length + 1;
      if (start > floor && words.every((word, i) => tokens[start + i].lower === word && !tokens[start + i].post)) {
        k = start - 1;
        while (k >= floor && isBeforeCue(tokens[k])) k--;
        break;
      }
    }
    // "Grassley on Wednesday said", "Grassley Tuesday said": step over the time.
    // "Lee Tuesday night said": a part of the day after a date is the time too.
    const partOfDay = k - 1 > floor && /^(night|morning|afternoon|evening)$/.test(tokens[k].lower) && tokens[k - 1].tags.has('Date') && !tokens[k - 1].post;
    if (k > floor && (tokens[k].tags.has('Date') || partOfDay) && !tokens[k].post) {
      let time = partOfDay ? k - 1 : k;
      while (time > floor && tokens[time - 1].tags.has('Date') && !tokens[time - 1].post) time--;
      // "Ann Lee this past week announced".
      if (time - 1 > floor && tokens[time - 1].lower === 'past' && /^(this|the)$/.test(tokens[time - 2].lower)) time--;
      if (time > floor && /^(on|last|this|earlier|late)$/.test(tokens[time - 1].lower)) time--;
      // "Lee a week ago said", "who just two years ago said": the amount of a span before "ago" is the time too.
      if (tokens[k].lower === 'ago' && time - 1 > floor && tokens[time].tags.has('Duration') && tokens[time - 1].tags.has('Value') && !tokens[time - 1].post) time--;
      if (tokens[k].lower === 'ago' && time - 1 > floor && /^(just|only|about|nearly|almost)$/.test(tokens[time - 1].lower) && !tokens[time - 1].post) time--;
      // "Police had last month charged": an auxiliary before the time.
      while (time - 1 > floor && isBeforeCue(tokens[time - 1])) time--;
      const previous = tokens[time - 1];
      // "Ann Lee, who a week ago said": a relative pronoun before the time is the subject too.
      const relative = time > floor && !previous.post && RELATIVE_PRONOUNS.has(previous.lower);
      if (time > floor && ((!previous.post && isNpHead(previous, tokens[time - 2])) || /\)$/.test(previous.post) || relative)) k = time - 1;
      else if (time > floor && /,$/.test(previous.post)) k = time - 1;
      else return null;
    }
    while (k >= floor && isBeforeCue(tokens[k])) k--;
    if (k < floor || this.quoted[k]) return null;
    // "Bernie Sanders (I-Vt.) said": step over a parenthesis after the name.
    if (/\)$/.test(tokens[k].post)) {
      const open = this.parenthesisOpening(k, floor);
      if (open > floor && !tokens[open - 1].post) {
        const inner = this.sourceBefore(open, floor);
        if (inner) return { first: inner.first, last: k + 1 };
      }
      return null;
    }
    // "Joe Hill, host of “Morning Hour,” suggested": the appositive's comma may sit inside the closing mark of a short title
    // opened after the host; a longer quote closed so is someone's words, the cue after it inverted.
    const titleClosed = /[,;:]["”’']+$/.test(tokens[k].post) && tokens.slice(Math.max(floor + 1, k - MAX_QUOTED_TITLE_TOKENS + 1), k + 1).some((token) => /["“‘']/.test(token.pre));
    if (/[,;:]$/.test(tokens[k].post) || titleClosed || this.isDashAfter(k)) {
      return this.appositiveSource(k, floor) ?? this.restatedShare(k, floor);
    }
    if (RELATIVE_PRONOUNS.has(tokens[k].lower) && k > floor && tokens[k - 1].post.endsWith(',')) return { first: k, last: k + 1 };
    // "the 30 percent who say …", "voters who said …": a restrictive relative clause says what those people say.
    if (tokens[k].lower === 'who' && k > floor && !tokens[k - 1].post && hasAny(tokens[k - 1], ['Noun', 'Pronoun', 'Value', 'Determiner']) &&
      (SAY_FORMS.has(tokens[cue].lower) || (CUE_ACT.has(tokens[cue].lower) && this.reportsOnObject(k, cue, floor)))) {
      return this.isGroupSubject(k - 1, floor) ? null : { first: k, last: k + 1 };
    }
    // "When asked …": a capitalised clause opener is not a name.
    // "Joseph R. Biden Jr. said": an abbreviation's period ends no source.
    if ((tokens[k].post && !isAbbreviation(tokens[k])) || !isNpHead(tokens[k], tokens[k - 1]) || SUBJECT_BOUNDARIES.has(tokens[k].lower)) return null;
    // "Ann Lee herself said": a reflexive after a name stresses it, both are the source.
    if (REFLEXIVES.has(tokens[k].lower) && k - 1 >= floor && !tokens[k - 1].post && !this.quoted[k - 1] &&
      isNpHead(tokens[k - 1], tokens[k - 2]) && !tokens[k - 1].tags.has('Pronoun') && !SUBJECT_BOUNDARIES.has(tokens[k - 1].lower)) {
      return { first: this.nounPhraseStart(k - 1, floor), last: k + 1 };
    }
    if (tokens[k].tags.has('Pronoun') && !tokens[k].tags.has('Possessive')) return { first: k, last: k + 1 };
    const first = this.exceptionStart(this.comparedAmountStart(this.postModifiedStart(this.nounPhraseStart(k, floor), floor), floor), floor);
    const phrase = this.withoutSetting({ first: this.coordinatedStart(first, floor), last: k + 1 });
    // "Judge Lee, who through his office declined …", "who in two rulings had made clear …": a phrase after "who" is the
    // preposition's object; "who" is the subject.
    const opener = phrase.first - 2;
    if (opener >= floor && tokens[opener].lower === 'who' && !tokens[opener].post && tokens[opener + 1].tags.has('Preposition') && !tokens[opener + 1].post) return { first: opener, last: opener + 1 };
    return phrase;
  }

  /**
   * "Those who said the economy was their top issue split evenly …", "while voters who say … backed Hill": a group named by
   * what it said, opening the sentence or a contrasting clause, is the subject of the main verb still to come: the sentence
   * reports what the group did, and the "said" only names the group, so it reports nothing of its own.
   */
  private isGroupSubject(head: number, floor: number): boolean {
    const tokens = this.tokens;
    if (tokens[head].lower !== 'those' && !tokens[head].tags.has('Plural') && tokens[head].lower !== 'percent') return false;
    let start = head;
    while (start > floor && !tokens[start - 1].post && (hasAny(tokens[start - 1], ['Noun', 'Determiner', 'Value', 'Adjective']) || tokens[start - 1].lower === 'of')) start--;
    return start === floor || (!tokens[start - 1].post && GROUP_CLAUSE_OPENERS.has(tokens[start - 1].lower));
  }

  /**
   * The noun phrase with its restrictive relative clause when `object` ends that clause: "those who have drawn up plans for
   * Ann Lee" for "Ann Lee"; null when no relative pronoun opening a clause with its own verb ("who have backed", "that drew")
   * stands right before, without punctuation, or when the described noun does not open the clause.
   */
  private relativeHost(object: TokenRange, sentence: Sentence): TokenRange | null {
    const { tokens } = this;
    let r = object.first - 1;
    while (r > sentence.first && object.first - r < 14 && (!tokens[r].post || isAbbreviation(tokens[r])) && !this.quoted[r] && !RELATIVE_SUBJECTS.has(tokens[r].lower) &&
      // "the mayor who left the board when she criticized the plan": the object belongs to a clause of its own.
      !RELATIVE_CLAUSE_ENDS.has(tokens[r].lower)) r--;
    if (r <= sentence.first || !RELATIVE_SUBJECTS.has(tokens[r].lower) || tokens[r].post || tokens[r - 1].post || this.quoted[r - 1]) return null;
    // The pronoun is the clause's subject: adverbs and auxiliaries, then its verb ("who had just signed"), not "that the campaign estimated".
    let verb = r + 1;
    while (verb < object.first && hasAny(tokens[verb], ['Adverb', 'Auxiliary', 'Modal', 'Negative']) && !tokens[verb].post) verb++;
    // Not a copula ("the office that is Acme's"), nor a noun misread before the clause's verb ("the files that auditors said they read").
    if (verb >= object.first || !tokens[verb].tags.has('Verb') || hasAny(tokens[verb], ['Gerund', 'Copula']) || (tokens[verb + 1].tags.has('Verb') && !tokens[verb].post)) return null;
    const head = tokens[r - 1];
    // "those who …", "some who …": a determiner standing for the people described.
    const standing = head.tags.has('Determiner') && !/^(the|a|an|this|that|no|every|each)$/.test(head.lower);
    if ((!hasAny(head, ['Noun', 'ProperNoun', 'Pronoun', 'Value']) && !standing) || hasAny(head, ['Possessive', 'Verb']) || SUBJECT_BOUNDARIES.has(head.lower)) return null;
    const first = this.coordinatedStart(this.exceptionStart(this.comparedAmountStart(this.postModifiedStart(this.nounPhraseStart(r - 1, sentence.first), sentence.first), sentence.first), sentence.first), sentence.first);
    // "Even voters who backed Ann Lee say …": a focusing adverb before the described noun leaves it the subject.
    const focused = first - 1 >= sentence.first && /^(even|only)$/.test(tokens[first - 1].lower) && !tokens[first - 1].post ? first - 1 : first;
    const opens = focused === sentence.first || /[,;:]["”’']*$/.test(tokens[focused - 1].post) || SUBJECT_BOUNDARIES.has(tokens[focused - 1].lower);
    return opens ? { first, last: object.last } : null;
  }

  /**
   * "angered lawmakers who thought she was …", "a post from Ann Lee who wrote, “…”": a restrictive relative clause on a noun
   * that is no subject (it follows a preposition or a verb) reports on its own when its cue opens a clause or a quote; on a
   * subject, what the clause reports would run into the main verb, and a cue with an object ("voters who want lower taxes",
   * "who has vowed to …") mostly was not annotated on PolNeAR train.
   */
  private reportsOnObject(who: number, cue: number, floor: number): boolean {
    const { tokens } = this;
    const next = tokens[cue + 1];
    if (!next || (tokens[cue].post && tokens[cue].post !== ',')) return false;
    if (next.lower !== 'that' && !/^(he|she|they|it|we|i)$/.test(next.lower) && !/^["“]/.test(next.pre)) return false;
    const first = this.nounPhraseStart(who - 1, floor);
    if (first <= floor) return false;
    const before = tokens[first - 1];
    return !before.post && (before.tags.has('Preposition') || (before.tags.has('Verb') && !hasAny(before, ['Auxiliary', 'Copula', 'Modal'])));
  }

  /** "All but two said", "Everyone except Ann Lee agreed": the ones left out belong to the whole that speaks, when it opens the clause. */
  private exceptionStart(first: number, floor: number): number {
    const { tokens } = this;
    const whole = first - 2;
    if (whole < floor || !/^(but|except)$/.test(tokens[first - 1].lower) || tokens[first - 1].post || tokens[whole].post || this.quoted[whole]) return first;
    if (!/^(all|everyone|everybody|anyone|anybody|none|nobody)$/.test(tokens[whole].lower)) return first;
    const opens = whole === floor || /[,;:]["”’']*$/.test(tokens[whole - 1].post) || SUBJECT_BOUNDARIES.has(tokens[whole - 1].lower);
    return opens ? whole : first;
  }

  /** "Tom Hill in a blog post said", "Ann Lee during a Sunday interview thanked": a name then where it spoke; the name alone is the source. */
  private withoutSetting(source: TokenRange): TokenRange {
    const { tokens } = this;
    for (let k = source.first + 1; k + 1 < source.last; k++) {
      const name = tokens[k - 1];
      if (name.post || !isCapitalised(name) || !name.tags.has('ProperNoun') || name.tags.has('Organization')) return source;
      const opener = tokens[k + 1];
      if (/^(in|on|at|during)$/.test(tokens[k].lower) && !tokens[k].post && (/^(a|an)$/.test(opener.lower) || opener.tags.has('Possessive'))) {
        return { first: source.first, last: k };
      }
    }
    return source;
  }

  /** "Some say …", "Several said …", "while one firm says …, another says …": a quantifier on its own opening its clause is the subject. */
  private quantifierSubject(cue: number, floor: number): TokenRange | null {
    const { tokens } = this;
    let k = this.carrierStart(cue, floor) - 1;
    while (k >= floor && !QUANTIFIER_SUBJECTS.has(tokens[k].lower) && isBeforeCue(tokens[k])) k--;
    if (k < floor || !QUANTIFIER_SUBJECTS.has(tokens[k].lower) || tokens[k].post || this.quoted[k]) return null;
    // "All told, …" sums up; no one tells.
    if (tokens[k].lower === 'all' && tokens[cue].lower === 'told') return null;
    // "he most recently defended": "most" before an adverb grades it, it stands for no one.
    if (tokens[k].lower === 'most' && tokens[k + 1].tags.has('Adverb') && k + 1 < cue) return null;
    // "many questions about …": "many" or "most" right before a cue that can be a noun is that noun's determiner.
    if (/^(many|most)$/.test(tokens[k].lower) && k + 1 === cue && NOUN_LIKE_CUES.has(tokens[cue].lower)) return null;
    const opens = k === floor || /[,;:]["”’']*$/.test(tokens[k - 1].post) || SUBJECT_BOUNDARIES.has(tokens[k - 1].lower);
    return opens ? { first: k, last: k + 1 } : null;
  }

  /** The token opening the short parenthesis that closes at token `close` ("(D-Ohio)"), or -1. */
  private parenthesisOpening(close: number, floor: number): number {
    // "Ann Lee (a Dayton Democrat so young she is taken for an aide) said": a description may run longer than a party and state.
    for (let open = close; open >= floor && close - open < MAX_NP_TOKENS + 4; open--) if (this.tokens[open].pre.includes('(')) return open;
    return -1;
  }

  /** "More than six in 10 said", "Less than a third agreed": the comparison before an amount belongs to it. */
  private comparedAmountStart(first: number, floor: number): number {
    const { tokens } = this;
    const than = tokens[first - 1];
    const compared = tokens[first - 2];
    if (first - 2 < floor || than.lower !== 'than' || than.post || compared.post || !/^(more|less|fewer)$/.test(compared.lower)) return first;
    return hasAny(tokens[first], ['Value', 'Determiner']) ? first - 2 : first;
  }

  /** "A spokesman for Mr. Hill said", "Aides to Hill say": the noun a prepositional phrase modifies, when it opens the clause. */
  private postModifiedStart(first: number, floor: number): number {
    const { tokens } = this;
    let start = first;
    for (let hops = 0; hops < 2; hops++) {
      const preposition = start - 1;
      let head = preposition - 1;
      // "a delegate not on the Lee slate": a negated post-modifier still modifies the noun before "not".
      if (head - 1 >= floor && tokens[head].lower === 'not' && !tokens[head].post) head--;
      // "sources close to …", "a source familiar with …", "groups aligned with …": an adjective after the noun takes the preposition.
      const adjective = head - 1 >= floor && !tokens[head].post && (tokens[head].lower === 'close' || (tokens[head].tags.has('Adjective') && !tokens[head].tags.has('Noun'))) &&
        !tokens[head - 1].post && tokens[head - 1].tags.has('Noun') && !hasAny(tokens[head - 1], ['Pronoun', 'Adjective']);
      if (adjective) head--;
      if (head < floor || !POSTMODIFIER_PREPOSITIONS.has(tokens[preposition].lower) || tokens[preposition].post) break;
      if (tokens[head].post || this.quoted[head] || !isNpHead(tokens[head], tokens[head - 1]) || SUBJECT_BOUNDARIES.has(tokens[head].lower)) break;
      if (tokens[head].tags.has('Pronoun')) break;
      const outer = this.nounPhraseStart(head, floor);
      const opensClause = outer === floor || this.closesPhrase(outer - 1) || SUBJECT_BOUNDARIES.has(tokens[outer - 1].lower);
      if (!opensClause) break;
      start = outer;
    }
    return start;
  }

  /** The first token of the noun phrase whose head is `head`. */
  private nounPhraseStart(head: number, floor: number): number {
    const { tokens } = this;
    let first = head;
    while (
      // "a crowd that the campaign estimated": a relative pronoun ends the source's noun phrase.
      first - 1 >= floor && head - first < MAX_NP_TOKENS && (isNpToken(tokens[first - 1]) || this.isVerbAsModifier(first - 1, floor) || this.hyphenJoined(first - 1) || this.isModifierAdverb(first - 1, floor)) && !this.quoted[first - 1] &&
      !SUBJECT_BOUNDARIES.has(tokens[first - 1].lower) && !CLAUSE_OPENERS.has(tokens[first - 1].lower) &&
      // "the missing cross - Adel Nefzi said": a dash between spaces is no hyphen inside a name.
      !/\s[-–—]+\s/.test(this.text.slice(tokens[first - 1].end, tokens[first].start)) &&
      // "on Wednesday Ann Lee made": a day or date before a name says when, it is no part of the name.
      !(hasAny(tokens[first - 1], ['WeekDay', 'Month']) && !tokens[first - 1].tags.has('Person') && tokens[first].tags.has('Person')) &&
      // "Last week Tom Hill said", "This year Democrats said": a fronted time with no comma ends before the capitalised subject.
      !(/^(week|weekend|year|month|day|night|morning|afternoon|evening)$/.test(tokens[first - 1].text) && tokens[first - 1].tags.has('Date') && isCapitalised(tokens[first])) &&
      !this.opensContactRelative(first, floor) &&
      // "At the Dayton convention Sen. Ann Lee said": a title after a common noun that names no person opens the subject, the noun ends a fronted phrase.
      !this.titleAfterSetting(first, floor) &&
      // "At his rally in Dayton, Ohio the candidate said": "the" right after a region opens the subject, the region ends a fronted phrase.
      !this.subjectAfterRegion(first) &&
      // "the unease many women feel", "the plan his aides drafted": a determiner right after a common noun opens the subject of a relative clause without "that".
      // Not "both the X and the Y", "all the attendees", "a judge handling a lawsuit", nor a name after its description ("the group the Hill Fund").
      !(DETERMINER_OPENERS.has(tokens[first].lower) && tokens[first - 1].tags.has('Noun') && !hasAny(tokens[first - 1], ['ProperNoun', 'Pronoun', 'Possessive', 'Value', 'Date', 'Verb']) &&
        !/^(both|all|half|each)$/.test(tokens[first - 1].lower) && !/ing$/.test(tokens[first - 1].lower) && !(first + 1 <= head && isCapitalised(tokens[first + 1]))) &&
      (!tokens[first - 1].post || /^['’-]$/.test(tokens[first - 1].post) || isAbbreviation(tokens[first - 1]) || this.cityBeforeRegion(first))
    ) {
      first--;
      if (this.joinedWithinPhrase(first, floor)) first -= 2;
    }
    return first;
  }

  /** "At his rally in Dayton, Ohio the candidate said": at `first` a "the" right after a region, opening the subject after a fronted phrase with no comma. */
  private subjectAfterRegion(first: number): boolean {
    const region = this.tokens[first - 1];
    return this.tokens[first].lower === 'the' && region !== undefined && !region.post && region.tags.has('Region') && isCapitalised(region);
  }

  /** "the party convention Sen. Ann Lee": at `title` an abbreviated title right after a common noun naming no person ("the state Sen." names one). */
  private titleAfterSetting(title: number, floor: number): boolean {
    const { tokens } = this;
    const noun = tokens[title - 1];
    if (title - 1 < floor || noun.post || !/^[a-z]+$/.test(noun.text) || !isAbbreviation(tokens[title]) || !TITLES.has(tokens[title].lower) || isCapitalised(noun)) return false;
    if (!noun.tags.has('Noun') || hasAny(noun, ['Adjective', 'Pronoun', 'Possessive', 'Value', 'Date', 'Actor']) || /^(state|city|county)$/.test(noun.lower)) return false;
    const singular = noun.lower.replace(/s$/, '');
    return !isPersonWord(noun.lower, singular);
  }

  /**
   * "the kind Hill had described", "two reasons Lee refuses": a name right after a determined common noun that names no person opens
   * the subject of a relative clause without "that", not the end of a title before the name ("the Dayton strategist Ann Lee").
   */
  private opensContactRelative(name: number, floor: number): boolean {
    const { tokens } = this;
    const noun = tokens[name - 1];
    if (name - 2 < floor || noun.post || !isCapitalised(tokens[name]) || !hasAny(tokens[name], ['ProperNoun', 'Person']) || isCapitalised(noun)) return false;
    if (!noun.tags.has('Noun') || hasAny(noun, ['Actor', 'Pronoun', 'Possessive', 'ProperNoun', 'Value', 'Date', 'Verb', 'Adjective'])) return false;
    // The tagger reads many adjectives as singular nouns ("a terse Lee", "the nonpartisan Budget Office"): a plural or a usual head of such a clause.
    if (!noun.tags.has('Plural') && !CONTACT_RELATIVE_HEADS.has(noun.lower)) return false;
    const singular = noun.lower.replace(/s$/, '');
    if (isPersonWord(noun.lower, singular)) return false;
    let k = name - 2;
    while (k > floor && !tokens[k].post && tokens[k].tags.has('Adjective') && !tokens[k].tags.has('Determiner')) k--;
    return !tokens[k].post && hasAny(tokens[k], ['Determiner', 'Value']) && !tokens[k].tags.has('Possessive');
  }

  /** "Hill's most ardent fans", "a newly elected mayor": an adverb grading the modifier after it, after a determiner or opening the clause. */
  private isModifierAdverb(index: number, floor: number): boolean {
    const { tokens } = this;
    const token = tokens[index];
    const next = tokens[index + 1];
    if (token.post || this.quoted[index] || !token.tags.has('Adverb') || VERB_ADVERBS.has(token.lower) || !/^(most|least|more|less|very|\w+ly)$/.test(token.lower)) return false;
    if (!hasAny(next, ['Adjective', 'Participle']) && !(next.tags.has('Verb') && /(ed|ing)$/.test(next.lower))) return false;
    if (next.tags.has('Noun') && !next.tags.has('Adjective')) return false;
    const previous = tokens[index - 1];
    if (index === floor || SUBJECT_BOUNDARIES.has(previous.lower) || /[,;:]$/.test(previous.post)) return true;
    return !previous.post && hasAny(previous, ['Determiner', 'Possessive']) && !previous.tags.has('Pronoun') || (!previous.post && /['’]s$/.test(previous.text));
  }

  /** "the 50-state poll", "the non-profit": a word joined by a hyphen to the next is part of one word, whatever its tag. */
  private hyphenJoined(index: number): boolean {
    const { tokens } = this;
    const joined = (k: number) => k >= 0 && tokens[k].post === '-' && k + 1 < tokens.length && tokens[k].end === tokens[k + 1].start - 1;
    return joined(index) || (joined(index - 1) && !tokens[index].post);
  }

  /** "Dayton, Ohio": the comma between a place and the region after it (the tagger's Region) is inside the name. */
  private cityBeforeRegion(region: number): boolean {
    const { tokens } = this;
    const city = tokens[region - 1];
    return city.post === ',' && tokens[region].tags.has('Region') && city.tags.has('ProperNoun') && isCapitalised(city) && !city.tags.has('Person') && !this.quoted[region - 1];
  }

  /** "Campaign aides", "gay rights groups", "leaked emails": a word the tagger reads as a verb that modifies the noun after it. */
  private isVerbAsModifier(index: number, floor: number): boolean {
    const { tokens } = this;
    const token = tokens[index];
    if (this.thinkTankAt(index)) return true;
    if (!token.tags.has('Verb') || hasAny(token, ['Auxiliary', 'Copula', 'Modal']) || CUE_WORDS.has(token.lower) || this.quoted[index]) return false;
    const bare = token.tags.has('Infinitive') || token.lower === 'rights';
    if (!bare && !/(ed|ing)$/.test(token.lower)) return false;
    const previous = tokens[index - 1];
    if (index === floor || SUBJECT_BOUNDARIES.has(previous.lower)) return true;
    // "…, campaign officials said": a bare form right after a comma opens the phrase as well as a sentence start does.
    if (bare && /[,;:]$/.test(previous.post)) return true;
    // "Behind the scenes, trusted aides said": a past participle there, right before a plural noun, modifies it.
    const next = tokens[index + 1];
    if (/ed$/.test(token.lower) && /[,;:]$/.test(previous.post) && !hasAny(previous, ['Adjective', 'Verb']) && !token.post && next?.tags.has('Plural') && !hasAny(next, ['Determiner', 'Pronoun', 'Value'])) return true;
    if (previous.post !== '') return false;
    // "the Clinton campaign", "abortion rights": a bare form after a noun; "Sanders started a petition": a past tense after one is the verb.
    // "Police receive calls", "Voters want change": a bare form after a common plural agrees with it as its verb.
    // "a newly installed campaign chief": a bare form after a participle that itself modifies the noun modifies it too.
    if (bare) return (isNpToken(previous) && !previous.tags.has('Verb') && !(previous.tags.has('Plural') && !hasAny(previous, ['Person', 'Possessive']))) ||
      (/ed$/.test(previous.lower) && this.isVerbAsModifier(index - 1, floor));
    // "the nation's rising generation": after a possessive noun too.
    const possessive = previous.tags.has('Possessive') || /['’]s$/.test(previous.text);
    // "an official who relayed the exchange": the tagger may read a relative pronoun as a determiner; the past tense after it is the clause's verb.
    if (RELATIVE_PRONOUNS.has(previous.lower)) return false;
    return (hasAny(previous, ['Determiner', 'Adjective', 'Possessive', 'Value']) && !hasAny(previous, ['Noun', 'Verb'])) || possessive || this.isModifierAdverb(index - 1, floor);
  }

  /** "the Office for Energy and Water Policy", "liberal and religious groups": an "and" inside one noun phrase. */
  private joinedWithinPhrase(first: number, floor: number): boolean {
    const { tokens } = this;
    const conjunction = tokens[first - 1];
    const left = tokens[first - 2];
    if (first - 2 < floor || !conjunction || conjunction.lower !== 'and' || conjunction.post || left.post || this.quoted[first - 2]) return false;
    const inName = isCapitalised(left) && isCapitalised(tokens[first]) && !left.tags.has('Person') && !tokens[first].tags.has('Person');
    return inName || (left.tags.has('Adjective') && !isCapitalised(left) && !left.tags.has('Noun'));
  }

  /** "Ann Lee and Tom Hill said", "Neither Lee nor Hill said": a noun phrase joined before the source, when it opens the clause. */
  private coordinatedStart(first: number, floor: number): number {
    const { tokens } = this;
    // "Politicians and even some experts say": a focus word after the "and".
    let focus = first - 3 >= floor && /^(even|also)$/.test(tokens[first - 1].lower) && !tokens[first - 1].post ? 1 : 0;
    // "Ann Lee as well as Tom Hill said": "as well as" joins like "and".
    const asWellAs = first - 4 >= floor && tokens.slice(first - 3, first).map((token) => token.lower).join(' ') === 'as well as' &&
      tokens.slice(first - 3, first).every((token) => !token.post);
    if (asWellAs) focus = 2;
    const conjunction = tokens[first - 1 - focus];
    if (first - 2 - focus < floor || (!/^(and|nor)$/.test(conjunction.lower) && !asWellAs) || conjunction.post) return first;
    let head = first - 2 - focus;
    // "media reports and party sources said": a plural after a noun, before the "and", is a noun the tagger read as a verb.
    const pluralBeforeAnd = (index: number) => index === head && index - 1 >= floor && tokens[index].tags.has('PresentTense') && /[^s]s$/.test(tokens[index].lower) &&
      !hasAny(tokens[index], ['Auxiliary', 'Copula']) && !tokens[index - 1].post && tokens[index - 1].tags.has('Noun') && !hasAny(tokens[index - 1], ['Pronoun', 'ProperNoun']) && !isCapitalised(tokens[index - 1]);
    const listed = (index: number) => !this.quoted[index] && (isNpHead(tokens[index], tokens[index - 1]) || pluralBeforeAnd(index));
    // "Sen. Tom Hill (D-Ohio) and Rep. Ann Lee said": a parenthesis after the first name closes no phrase.
    const parenthesis = tokens[head].post === ')' ? this.parenthesisOpening(head, floor) : -1;
    if (parenthesis > floor && !tokens[parenthesis - 1].post) head = parenthesis - 1;
    else if (tokens[head].post && tokens[head].post !== ',') return first;
    if (!listed(head)) return first;
    // "POLLS WERE EARLY - Ann Lee and Tom Hill: …": a dash between spaces opens a clause too.
    const opensClause = (start: number) => start === floor || this.closesPhrase(start - 1) || SUBJECT_BOUNDARIES.has(tokens[start - 1].lower) || this.isDashAfter(start - 1);
    let start = this.nounPhraseStart(head, floor);
    let found = opensClause(start) && !tokens[head].post ? start : first;
    // "Aides to Tom Hill and Ann Lee said": the names joined are the object of a noun's post-modifier, and that noun opens the clause.
    if (found === first && !tokens[head].post && this.postModifiedStart(start, floor) < start) found = this.postModifiedStart(start, floor);
    // "Ann Lee, Tom Hill and Eva Roe said": earlier names of a list, each after a comma.
    for (let items = 0; items < MAX_LISTED_SOURCES && start - 1 >= floor && tokens[start - 1].post === ',' && listed(start - 1); items++) {
      head = start - 1;
      start = this.nounPhraseStart(head, floor);
      // The list must open its sentence or clause: "After the vote, Lee and Hill said" lists no vote.
      if (start === floor || /[;:—]$/.test(tokens[start - 1].post) || /^(and|but|that)$/.test(tokens[start - 1].lower) || this.afterFrontedPhrase(start, floor)) found = start;
    }
    return found;
  }

  /** "During a town hall in Dayton, Lee, Hill and Roe said": `start` follows the comma of a phrase of place or time that opens the sentence. */
  private afterFrontedPhrase(start: number, floor: number): boolean {
    const { tokens } = this;
    if (start - 1 <= floor || tokens[start - 1].post !== ',' || !tokens[floor].tags.has('Preposition') || !isCapitalised(tokens[floor])) return false;
    for (let k = floor; k < start - 1; k++) if (tokens[k].post || this.quoted[k]) return false;
    return true;
  }

  /** `Geoff Garin, a Democratic pollster who …, said`: a name then its appositive, up to the cue. */
  private appositiveSource(end: number, floor: number): TokenRange | null {
    const { tokens } = this;
    const dashed = this.isDashAfter(end);
    // "Ann Lee, along with Tom Hill and Bob Dole, a professor, wrote": a host right after "and" is the last of a list that an earlier host may open.
    let lastListed: TokenRange | null = null;
    for (let k = end - 1; k >= Math.max(floor, end - MAX_APPOSITION_TOKENS); k--) {
      const token = tokens[k];
      if (this.quoted[k]) return lastListed;
      // "Rep. Ann Lee (D-Ohio), a …": the comma may follow the name's parenthesis; "Ann Lee — a farmer — said": dashes pair like commas.
      const opens = dashed ? this.isDashAfter(k) : /^\.?\)?,$/.test(token.post);
      if (!opens || !(isNpHead(token, tokens[k - 1]) || this.isNameOpeningClause(k, floor) || this.isNounReadAsVerb(k, floor))) continue;
      let first = k;
      while (first - 1 >= floor && isNpToken(tokens[first - 1]) && (!tokens[first - 1].post || tokens[first - 1].post === '-' || isAbbreviation(tokens[first - 1]))) first--;
      // "Ann Lee and Tom Hill, however, said": the whole coordination; "A spokesman for the group, Tom Hill, said": the noun the phrase modifies.
      first = this.coordinatedStart(this.postModifiedStart(first, floor), floor);
      if (this.notAppositiveHost(first, k, end, floor)) continue;
      const startsClause = first === floor || this.closesPhrase(first - 1) || tokens[first - 1].tags.has('Conjunction');
      if (!startsClause || !this.isAppositive(k + 1, end)) continue;
      const source = this.withoutAdjunct({ first: this.namedHostStart(first, floor), last: end + 1 });
      const listedLast = first - 1 > floor && /^(and|or)$/.test(tokens[first - 1].lower) && !tokens[first - 2].post;
      if (!listedLast) return source;
      lastListed = lastListed ?? source;
    }
    return lastListed;
  }

  /**
   * "Ann Lee, clad in a cape with blinking lights that spelled her name, said …", "Tom Hill, whose firm, Acme, builds roads, told …",
   * "The judges who ruled on it, for instance, said …": an unmistakable cue right after a comma whose subject the appositive reading
   * could not make out (a tagger's stray verb or a quote in the aside) is said by the noun phrase opening its clause before the first
   * comma, with the aside up to the cue; null when no noun phrase opens the clause or the aside runs too long.
   */
  private interruptedSubject(cue: number, sentence: Sentence): TokenRange | null {
    const { tokens } = this;
    let end = cue - 1;
    while (end > sentence.first && isBeforeCue(tokens[end]) && !tokens[end].post) end--;
    if (end <= sentence.first || !(/,["”’']*$/.test(tokens[end].post) || this.isDashAfter(end))) return null;
    // "…, the race will be tight, said Dan Roe, an analyst.": a bare noun phrase after the cue, up to a comma or the sentence's end, makes the cue inverted.
    for (let m = cue + 1; m < sentence.last && m - cue <= MAX_NP_TOKENS && tokens[cue + 1].lower !== 'that'; m++) {
      if (!isNpToken(tokens[m]) || tokens[m].tags.has('Verb') || this.quoted[m]) break;
      if (m + 1 >= sentence.last || (/^[,.;]/.test(tokens[m].post) && !isAbbreviation(tokens[m]))) return null;
      if (tokens[m].post && !isAbbreviation(tokens[m])) break;
    }
    for (let host = sentence.first; host < end && end - host <= MAX_APPOSITION_TOKENS; host++) {
      if (this.quoted[host]) continue;
      // The host ends at a comma or dash, or before a relative pronoun ("The judges who ruled …").
      const closed = /,$/.test(tokens[host].post) || this.isDashAfter(host) || (!tokens[host].post && RELATIVE_PRONOUNS.has(tokens[host + 1].lower));
      // "the Hill slate,": a bare form after its modifier is the head noun the tagger read as a verb.
      const misread = host > sentence.first && tokens[host].tags.has('Infinitive') && !tokens[host - 1].post && hasAny(tokens[host - 1], ['Determiner', 'ProperNoun', 'Adjective', 'Possessive']);
      if (!closed || !(isNpHead(tokens[host], tokens[host - 1]) || misread) || tokens[host].tags.has('Date') || SUBJECT_BOUNDARIES.has(tokens[host].lower)) continue;
      const phrase = this.coordinatedStart(this.postModifiedStart(this.nounPhraseStart(host, sentence.first), sentence.first), sentence.first);
      // "Another delegate on the Hill slate, Ann Lee, said", "State Senate President Tom Hill, who …, said": a sentence opening with a noun
      // phrase, its prepositional phrases and a capitalised first word the tagger read as a verb, up to the host's comma, is the host.
      const inOpening = (m: number) => !this.quoted[m] && (m === host || !tokens[m].post) && (isNpToken(tokens[m]) ||
        (m === sentence.first && isCapitalised(tokens[m]) && !hasAny(tokens[m], ['PastTense', 'Gerund', 'Preposition', 'Adverb', 'Conjunction', 'QuestionWord'])) ||
        (m > sentence.first && tokens[m].tags.has('Preposition') && !tokens[m].tags.has('Verb')));
      const opening = phrase > sentence.first && !tokens[sentence.first].tags.has('Preposition') && tokens.slice(sentence.first, host + 1).every((_, i) => inOpening(sentence.first + i));
      const first = opening ? sentence.first : phrase;
      const previous = tokens[first - 1];
      const opensClause = first === sentence.first || this.closesPhrase(first - 1) || SUBJECT_BOUNDARIES.has(previous.lower) || previous.tags.has('Conjunction');
      if (!opensClause || this.quoted[first]) continue;
      if (tokens.slice(host, end).some((token) => /[;:]$/.test(token.post))) return null;
      // "Ann Lee, his aunt, who farmed, made coffee, told …": a verb of a clause right after a comma makes the aside a clause, the cue one more
      // verb of its list, unless a relative clause still waits for its verb ("Tom Hill, whose firm, Acme, builds roads, said").
      let waiting = false;
      for (let m = host + 1; m < end; m++) {
        const verb = this.isVerbOfClause(tokens[this.pastAdverbs(m, sentence)]);
        if (verb && /,$/.test(tokens[m - 1].post) && !waiting) return null;
        if (CLAUSE_OPENERS.has(tokens[m].lower)) waiting = true;
        else if (verb) waiting = false;
      }
      return this.withoutAdjunct({ first, last: end + 1 });
    }
    return null;
  }

  /** "Tom Hill, the editor of the Dayton Star, The Courier's sister paper, said": a host that is itself an appositive goes back to the name before it. */
  private namedHostStart(first: number, floor: number): number {
    const { tokens } = this;
    // "Ann Lee, 67, a teacher in Dayton, Ohio, said": an age between commas stands between the name and its appositive.
    const aged = first - 2 > floor && /^\d{1,3}$/.test(tokens[first - 1].text) && tokens[first - 1].post === ',';
    const name = aged ? first - 2 : first - 1;
    if (name <= floor || tokens[name].post !== ',' || !/^(a|an|the)$/.test(tokens[first].lower) || this.quoted[name]) return first;
    if (!isCapitalised(tokens[name]) || !hasAny(tokens[name], ['Person', 'ProperNoun'])) return first;
    let start = name;
    while (start - 1 >= floor && !tokens[start - 1].post && isNpToken(tokens[start - 1]) && isCapitalised(tokens[start - 1]) && !this.quoted[start - 1]) start--;
    const opensClause = start === floor || this.closesPhrase(start - 1) || tokens[start - 1].tags.has('Conjunction');
    return opensClause ? start : first;
  }

  /** "about two-thirds, 67 percent, say", "just over half, 51%, said": a share restated as a number between commas, with the share before it. */
  private restatedShare(end: number, floor: number): TokenRange | null {
    const { tokens } = this;
    let comma = end - 1;
    while (comma > floor && end - comma <= 2 && !tokens[comma].post) comma--;
    const number = tokens.slice(comma + 1, end + 1);
    if (comma <= floor || tokens[comma].post !== ',' || !number[0]?.tags.has('Value') || number.some((token) => !hasAny(token, ['Value', 'Unit']) && token.lower !== 'percent')) return null;
    const share = tokens[comma];
    if (!share.tags.has('Value') && !/^(half|third|quarter|majority|plurality)$/.test(share.lower)) return null;
    let first = comma;
    while (first - 1 >= floor && (!tokens[first - 1].post || tokens[first - 1].post === '-') && (APPROXIMATORS.has(tokens[first - 1].lower) || /^(just|shy|of|a|nearly|almost|more|less|than|two|three)$/.test(tokens[first - 1].lower) || tokens[first - 1].tags.has('Value'))) first--;
    return first === floor || /,$/.test(tokens[first - 1].post) ? { first, last: end + 1 } : null;
  }

  /** Words before a comma that cannot carry an appositive: "of Dayton" (a prepositional phrase), "Ohio" of "Dayton, Ohio", "R-Fla." of "Tom Hill, R-Fla.", and the last item of a list ("population, refugees, and migration"). */
  private notAppositiveHost(first: number, k: number, end: number, floor: number): boolean {
    const { tokens } = this;
    if (tokens[first].lower === 'of') return true;
    if ((first > floor && this.cityBeforeRegion(first)) || (first === k && /^[RDI]-[A-Z]/.test(tokens[first].text))) return true;
    // "travel to Dayton, Ohio, on Monday": the object of "to" (which the tagger may read as a conjunction) opens no clause.
    if (first > floor && tokens[first - 1].lower === 'to' && !tokens[first - 1].post) return true;
    // The rest of a list: short bare nouns to the comma, the last after "and" or "or".
    const rest = tokens.slice(k + 1, end + 1);
    const joined = rest.some((token, i) => /^(and|or)$/.test(token.lower) && (i === 0 || /,$/.test(rest[i - 1].post)));
    return /,$/.test(tokens[k].post) && joined && rest.length <= 6 &&
      rest.every((token) => /^(and|or)$/.test(token.lower) || (isNpToken(token) && !isCapitalised(token) && token.lower !== 'of' && !token.tags.has('Pronoun')));
  }

  /** "the authors of that 2013 report, …": a bare verb form right after a number or a determiner is a noun the tagger misread. */
  private isNounReadAsVerb(k: number, floor: number): boolean {
    const { tokens } = this;
    const token = tokens[k];
    const previous = tokens[k - 1];
    if (k - 1 < floor || previous.post || !token.tags.has('Verb') || hasAny(token, ['PastTense', 'Gerund', 'Auxiliary', 'Modal', 'Copula'])) return false;
    return hasAny(previous, ['Value', 'Determiner']) && !previous.tags.has('Pronoun') && !/^(that|this|these|those)$/.test(previous.lower);
  }

  /**
   * Punctuation after token `k` that ends a phrase before a clause's subject: a comma, semicolon, colon or dash, also inside the
   * closing mark of a short title ("Speaking to “Hill Talk,” Ann Lee …"), not after someone's quoted words.
   */
  private closesPhrase(k: number): boolean {
    return /[,;:—]$/.test(this.tokens[k].post) || (/[,;:—]["”’']+$/.test(this.tokens[k].post) && !this.quoted[k]);
  }

  /** A dash between words after token `k` ("Ann Lee — a farmer", "Ann Lee - a farmer"), not a hyphen inside a word. */
  private isDashAfter(k: number): boolean {
    const token = this.tokens[k];
    const next = this.tokens[k + 1];
    return /^(?:—|–|--)$/.test(token.post) || (token.post === '-' && next !== undefined && /\s-\s/.test(this.text.slice(token.end, next.start + 1)));
  }

  /**
   * "Patch, a former director, said": a capitalised word opening the clause before an appositive is a name, even when tagged a verb;
   * "Hedge, who appraises farms, said": so is one before a comma and "who", which only a person takes.
   */
  private isNameOpeningClause(k: number, floor: number): boolean {
    const { tokens } = this;
    const token = tokens[k];
    const opensClause = k === floor || /[,;:—]$/.test(tokens[k - 1].post);
    const next = tokens[k + 1];
    const person = token.post === ',' && next?.lower === 'who';
    return opensClause && isCapitalised(token) && token.text !== token.text.toUpperCase() && next !== undefined && (person || hasAny(next, ['Determiner', 'Preposition'])) &&
      !hasAny(token, ['Preposition', 'Conjunction', 'Adverb', 'Determiner', 'QuestionWord', 'Pronoun', 'Gerund']);
  }

  /**
   * "Stacey Ray, 31, with her son in tow, said" / "said Tom Hill, a farmer, attending the rally": a part after a
   * comma that opens with a preposition or a participle tells where or how, and is not part of the source.
   */
  private withoutAdjunct(source: TokenRange): TokenRange {
    const { tokens } = this;
    for (let k = source.first + 1; k < source.last; k++) {
      // "a Democratic strategist who requested anonymity to speak candidly": why the name is withheld is no part of the source.
      if (tokens[k].lower === 'who' && !tokens[k - 1].post && this.withheldName(k, source.last)) return { first: source.first, last: k };
      const dashed = this.isDashAfter(k - 1);
      if (!/,$/.test(tokens[k - 1].post) && !dashed) continue;
      if (this.opensAdjunct(k) || this.reportingRelative(k, source.last) || this.opensStateParticiple(k, source.last) || this.opensRemark(k, source.last, dashed)) {
        return { first: source.first, last: k };
      }
    }
    return source;
  }

  /** A part after a source's comma (or dash) at `k` that remarks on the source rather than naming it. */
  private opensRemark(k: number, end: number, dashed: boolean): boolean {
    const { tokens } = this;
    const word = tokens[k].lower;
    // "The judge -- who has sparred with the mayor -- said": a relative clause set off by dashes is an aside on the source.
    if (dashed && /^(who|whose)$/.test(word)) return true;
    // "Tom Hill, himself up for reelection, said": a reflexive remarks on the source, it does not name it.
    // "Ann Lee's office, when contacted by reporters, said": a clause of time or condition tells when, not who;
    // "Ann Lee, particularly in the last days, argued": a focusing adverb opens an adjunct too.
    if (/^(himself|herself|themselves|when|if|unless|particularly|especially|notably)$/.test(word)) return true;
    // "…,” said Ann Lee, asked about the new rules": what she was asked tells the occasion, not who she is.
    if (word === 'asked') return true;
    // "…,” added Ann Lee, about the new rules": what she spoke about is no part of who she is ("Ann Lee, about 40," is).
    if (word === 'about') return k + 1 < end && !tokens[k + 1].tags.has('Value');
    // "Voters in Dayton, many of them farmers, say": how many of them are what is a remark on the source.
    return k + 2 < end && /^(many|most|some|all|several|few|half|none)$/.test(word) && tokens[k + 1].lower === 'of' && tokens[k + 2].lower === 'them';
  }

  /** "Ann Lee, clearly frustrated, said", "The poll, released on Monday, shows": a participle after the comma tells the source's state, not who it is; with its agent right after ("conducted by Gallup") it stays. */
  private opensStateParticiple(k: number, end: number): boolean {
    const { tokens } = this;
    const participle = tokens[k].tags.has('Adverb') && /ly$/.test(tokens[k].lower) && !tokens[k].post ? k + 1 : k;
    if (participle >= end || !/ed$/.test(tokens[participle].lower) || !tokens[participle].tags.has('Verb') || CUE_WORDS.has(tokens[participle].lower)) return false;
    // No object after it: a verb with one ("endorsed Hill") is the clause's own.
    const next = tokens[participle + 1];
    return participle + 1 >= end || Boolean(tokens[participle].post) || next.lower === 'that' || (next.tags.has('Preposition') && next.lower !== 'by');
  }

  /** A preposition, a connective or a participle that opens a part after a source's comma telling where or how. */
  private opensAdjunct(k: number): boolean {
    const token = this.tokens[k];
    // "Tom Hill, ranking member of …", "Ann Lee, acting director of …": a participle of a title is part of a noun phrase.
    const next = this.tokens[k + 1];
    const title = TITLE_PARTICIPLES.has(token.lower) && !token.post && next !== undefined && hasAny(next, ['Noun', 'Adjective']) &&
      !hasAny(next, ['Determiner', 'Pronoun', 'Possessive', 'Adverb']);
    // "Ann Lee, at the Dayton Institute, said": "at" a named place of work tells who she is, not where she spoke.
    const named = next?.lower === 'the' && !next.post ? this.tokens[k + 2] : next;
    const affiliation = token.lower === 'at' && !token.post && named !== undefined && isCapitalised(named) && !named.tags.has('Date');
    return (ADJUNCT_PREPOSITIONS.has(token.lower) && !affiliation) || DISCOURSE_CONNECTIVES.has(token.lower) ||
      (token.tags.has('Gerund') && /ing$/.test(token.lower) && token.lower !== 'including' && !title);
  }

  /** ", who added that …", ", who spoke on condition of anonymity": a relative clause that reports, an attribution of its own. */
  private reportingRelative(index: number, end: number): boolean {
    if (!CLAUSE_OPENERS.has(this.tokens[index].lower)) return false;
    for (let k = index + 1; k < Math.min(end, index + 7); k++) {
      if (CUE_ACT.has(this.tokens[k].lower) || /^anonym/.test(this.tokens[k].lower)) return true;
    }
    return false;
  }

  /** "who requested anonymity", "who spoke on condition of anonymity to discuss …": a clause from `index` that asks for the name to be withheld. */
  private withheldName(index: number, end: number): boolean {
    for (let k = index + 1; k < Math.min(end, index + 8); k++) {
      if (this.tokens[k].lower !== 'anonymity') continue;
      return /^(requested|requesting|asked)$/.test(this.tokens[k - 1].lower) || this.tokens[k + 1]?.lower === 'to';
    }
    return false;
  }

  /** No finite verb in an appositive, except inside its relative clause ("who is working with …"). */
  private isAppositive(first: number, last: number): boolean {
    // "Ann Lee, in a statement released Monday, said": an adjunct, which withoutAdjunct leaves out of the source, whatever its verbs.
    if (this.opensAdjunct(first)) return true;
    let relative = false;
    for (let k = first; k <= last; k++) {
      const token = this.tokens[k];
      const previous = this.tokens[k - 1];
      // "a nurse at the clinic that was running it", "a group that has sued": "that" right after a noun opens a relative clause too.
      if (CLAUSE_OPENERS.has(token.lower) || (token.lower === 'that' && k > first && !previous.post && previous.tags.has('Noun') && !previous.tags.has('Pronoun'))) relative = true;
      // "Hill, whose farm is in Dayton, later sold it …": a comma closes the relative clause.
      else if (previous?.post === ',' && k > first) relative = false;
      // "the center-left think tank": a word in or right after a hyphenated compound modifies a noun.
      // "Ann Lee, the governor, also attacked …": an adverb that only goes with verbs modifies none.
      const verbAdverb = previous !== undefined && VERB_ADVERBS.has(previous.lower);
      const modifier = previous !== undefined && (previous.tags.has('Determiner') || previous.tags.has('Adjective') || (previous.tags.has('Adverb') && !verbAdverb) ||
        previous.tags.has('Hyphenated') || previous.post === '-');
      // "A poll, conducted by Gallup, shows": a participle opening the appositive is a reduced relative clause.
      // "a customer based in Boston", "voters interviewed at rallies": an "-ed" form right after a noun and before a preposition is a reduced relative.
      // "Hill called for …": after a name, the "-ed" form is the name's verb.
      const reduced = k > first && /ed$/.test(token.lower) && !previous.post && previous.tags.has('Noun') && !hasAny(previous, ['Pronoun', 'ProperNoun']) &&
        this.tokens[k + 1]?.tags.has('Preposition') === true && k < last;
      // "Tom Hill, struck by her story, said": an irregular past form opening the appositive before a preposition is a participle too.
      const irregular = k === first && token.tags.has('PastTense') && this.tokens[k + 1]?.tags.has('Preposition') === true && !token.post;
      // "Grant, defended his father on Monday, …": an "-ed" form with an object after it is the name's own verb, not a participle.
      const objectAfter = !token.post && this.tokens[k + 1] !== undefined && hasAny(this.tokens[k + 1], ['Determiner', 'Possessive']) &&
        !/^(this|that|last|next|each|every)$/.test(this.tokens[k + 1].lower) && k < last;
      const participle = (k === first && /ed$/.test(token.lower) && !objectAfter) || reduced || irregular;
      // "chairman of Germany's largest party": the tagger splits the possessive into a silent "is" after the name.
      const silentPossessive = token.text === '' && previous !== undefined && previous.text !== '' && hasAny(previous, ['ProperNoun', 'Possessive']);
      // "the mayor is holding to …": the tagger gives "is" no tense.
      const finite = !silentPossessive && token.tags.has('Verb') && (token.tags.has('PastTense') || token.tags.has('PresentTense') || token.tags.has('Copula')) &&
        !token.tags.has('Participle') && !token.tags.has('Gerund') && !token.tags.has('Infinitive') && !modifier && !participle;
      if (finite && !relative) return false;
    }
    return true;
  }

  /** `said Freddy Ortega, German's brother …`: the rest of the sentence, up to a quote. */
  private sourceAfter(cue: number, sentence: Sentence): TokenRange | null {
    const { tokens } = this;
    let first = cue + 1;
    if (tokens[cue].lower === 'according') first++;
    if (first >= sentence.last || tokens[first].pre) return null;
    if (tokens[cue].lower !== 'according' && !isNpToken(tokens[first]) && !this.modifiedName(first, sentence)) return null;
    let last = first;
    let appositive = false;
    // "said Sen. Ann Lee (D-Ohio), a member of …": a parenthesis goes on with the source; a quote mark ends it.
    const opensParenthesis = (token: Token) => /^\s*\(\s*$/.test(token.pre);
    // "said Ann Lee, author of “Bitter Pill,”": a quoted title after "of" is part of the source.
    // "according to her “clawback” plan": a quoted name after a determiner or possessive is part of the source too.
    const opensTitle = (k: number) => /^\s*(?:["“]|'')$/.test(tokens[k].pre) && !tokens[k - 1].post &&
      (tokens[k - 1].lower === 'of' || (tokens[cue].lower === 'according' && hasAny(tokens[k - 1], ['Determiner', 'Possessive'])));
    // "her “clawback” plan": a quoted name opened inside the source closes before the noun it names.
    let title = false;
    const closesTitle = (k: number) => title && /^(?:["”]|'')$/.test(tokens[k].post) && k + 1 < sentence.last && !tokens[k + 1].pre && tokens[k + 1].tags.has('Noun');
    while (last < sentence.last && last - first < MAX_APPOSITION_TOKENS && !this.quoted[last] && !(last > first && tokens[last].pre && !opensParenthesis(tokens[last]) && !opensTitle(last))) {
      if (last > first && tokens[cue].lower !== 'according' && !appositive && this.opensAdjunctAfterName(last)) break;
      if (last > first && opensTitle(last)) title = true;
      if (tokens[last].post && !closesTitle(last)) appositive = true;
      last++;
      const abbreviation = tokens[last - 1].tags.has('Honorific') || isAbbreviation(tokens[last - 1]);
      if ((/[;.!?:]$/.test(tokens[last - 1].post) && !abbreviation) || (/["“”]/.test(tokens[last - 1].post) && !closesTitle(last - 1))) break;
      if (/["“”]/.test(tokens[last - 1].post)) title = false;
      if (tokens[last - 1].post === ',' && tokens[cue].lower === 'according') break;
      // "according to exit polls (a sizable margin …", "said Tom Hill — whose gym …": an aside the writer adds after a dash or parenthesis ends the source.
      if (last < sentence.last && (this.isDashAfter(last - 1) || (tokens[cue].lower === 'according' && (/^\)/.test(tokens[last - 1].post) ||
        (opensParenthesis(tokens[last]) && !isCapitalised(tokens[last])))))) break;
    }
    // "said he, …" is the pronoun alone; "according to his physician" goes on past the possessive.
    if (tokens[first].tags.has('Pronoun') && !tokens[first].tags.has('Possessive')) last = first + 1;
    return this.withoutAdjunct({ first, last });
  }

  /** "said retired surgeon Tom Hill": an "-ed" form before nouns that run into a person's name modifies the name. */
  private modifiedName(first: number, sentence: Sentence): boolean {
    const { tokens } = this;
    if (!/ed$/.test(tokens[first].lower) || tokens[first].post || !tokens[first + 1]?.tags.has('Noun')) return false;
    for (let k = first + 1; k < Math.min(sentence.last, first + 6); k++) {
      if (this.quoted[k] || !isNpToken(tokens[k])) return false;
      if (isCapitalised(tokens[k]) && hasAny(tokens[k], ['Person', 'ProperNoun'])) return true;
      if (tokens[k].post && !isAbbreviation(tokens[k])) return false;
    }
    return false;
  }

  /** "…, said the chief executive.", "…, says a former aide, Tom Hill.": a noun phrase after a speech verb that closes the sentence. */
  private closingCommonSource(cue: number, source: TokenRange, sentence: Sentence): boolean {
    const { tokens } = this;
    if (!SAY_VERBS.has(tokens[cue].lower) || hasAny(tokens[source.first], ['Preposition', 'Date'])) return false;
    // "…, say some Democrats, who recall that …": a relative clause that reports on its own was cut off the source; the source still closes the sentence.
    const reportingRelative = source.last < sentence.last && /,$/.test(tokens[source.last - 1].post) && this.reportingRelative(source.last, sentence.last);
    if (source.last !== sentence.last && !this.onlyAdjunctToEnd(source.last, sentence) && !reportingRelative) return false;
    for (let k = source.first; k < source.last; k++) {
      // "said a handful of Democrats who point to …": a relative clause's verbs describe the source.
      if (k > source.first && CLAUSE_OPENERS.has(tokens[k].lower)) break;
      if (tokens[k].tags.has('Verb') && !hasAny(tokens[k], ['Noun', 'Adjective'])) return false;
    }
    return true;
  }

  /** "had the air of …", "did give Trump credit": a verb with its own object, not an auxiliary or an infinitive on its own. */
  private isMainVerb(k: number, negated = false): boolean {
    const token = this.tokens[k];
    const next = this.tokens[k + 1];
    if (AUXILIARIES.has(token.lower)) return /^(had|has|have|did|do|does)$/.test(token.lower) && !token.post && next !== undefined && hasAny(next, ['Determiner', 'Pronoun']) && !next.tags.has('Verb');
    if (!token.tags.has('Infinitive')) return true;
    const previous = this.tokens[k - 1];
    if (previous === undefined || previous.post) return false;
    // "Voters in the state speak with one voice, saying …": a plural present tense the tagger also calls an infinitive, right after its subject noun.
    // "Then he cut into Bush, calling …": the same after a subject pronoun.
    const subject = (hasAny(previous, ['Noun', 'ProperNoun']) && !hasAny(previous, ['Pronoun', 'Verb', 'Preposition'])) || SUBJECT_PRONOUNS.has(previous.lower);
    const afterSubjectNoun = token.tags.has('PresentTense') && subject;
    // "Lee did not mention Hill, but told …": before a verb joined by "but", a negation may stand between the helper and its verb.
    const helper = negated && /^(not|never)$/.test(previous.lower) && k - 2 >= 0 && !this.tokens[k - 2].post ? this.tokens[k - 2] : previous;
    return afterSubjectNoun || /^(did|does|do|will|would|could|can|should|may|might)$/.test(helper.lower);
  }

  /** "said Tom Hill on Tuesday", "said Ann Lee as she left": before any appositive, a time, a clause or a place ends a source named after its cue. */
  private opensAdjunctAfterName(k: number): boolean {
    const { tokens } = this;
    const previous = tokens[k - 1];
    if (previous.post) return false;
    const word = tokens[k].lower;
    if (SOURCE_ENDING_OPENERS.has(word) || (tokens[k].tags.has('Date') && isCapitalised(previous) && !previous.tags.has('Determiner'))) return true;
    return ADJUNCT_PREPOSITIONS.has(word) && (isCapitalised(previous) || previous.tags.has('Date')) && !previous.tags.has('Honorific');
  }

  /** For `…, adding that …` and `…, saying …`: the sentence's subject before the cue. */
  private sentenceSubject(cue: number, sentence: Sentence): TokenRange | null {
    const { tokens } = this;
    const cueToken = tokens[cue];
    // "… but went on to say": the verbs carrying the cue are what "and" or "but" joins; "… and then said", "… but now
    // says": an adverb of sequence may stand between the conjunction and them.
    const carrier = this.carrierStart(cue, sentence.first);
    // "… and has since called for …": auxiliaries may stand there too, but not a modal ("… and would add …" foretells, it reports nothing).
    let sequence = 0;
    const joining = (word: string) => JOINED_ADVERBS.has(word) || (AUXILIARIES.has(word) && !MODALS.has(word));
    while (sequence < 3 && carrier - 1 - sequence > sentence.first && !tokens[carrier - 1 - sequence].post && joining(tokens[carrier - 1 - sequence].lower)) sequence++;
    const coordinated = carrier - sequence > sentence.first && /^(and|but)$/.test(tokens[carrier - 1 - sequence].lower);
    if (!coordinated && !cueToken.tags.has('Gerund') && !/ing$/.test(cueToken.lower)) return null;
    // "…, with aides praising the plan and vowing to …": a participle joined to one whose subject follows "with" shares that subject.
    if (coordinated && /ing$/.test(cueToken.lower)) {
      for (let k = carrier - 2 - sequence; k > sentence.first && carrier - k < 16 && !tokens[k].post && !this.quoted[k]; k--) {
        if (/ing$/.test(tokens[k].lower) && hasAny(tokens[k], ['Gerund', 'Verb']) && this.withSubjectBefore(k)) return this.sourceBefore(k, sentence.first);
      }
    }
    // "Lee did not mention Hill, but told …": a contrast joins the cue to a negated verb.
    const contrasted = coordinated && tokens[carrier - 1 - sequence].lower === 'but';
    // "… (although he allowed it) and promised …", "… -- having suggested it -- but said …": the joined verb goes with the clause before the aside.
    const start = coordinated ? this.asideStart(carrier - 2 - sequence, sentence) - 1 : carrier - 1;
    let relative: TokenRange | null = null;
    for (let k = start; k >= sentence.first; k--) {
      const token = this.tokens[k];
      if (this.quoted[k] || !token.tags.has('Verb') || token.tags.has('Gerund') || !this.isMainVerb(k, contrasted)) continue;
      // "“…,” said Ed Rendell, a former governor, referring to …": the source of an inverted cue follows it.
      const after = CUE_ACT.has(token.lower) && k > sentence.first && this.quoted[k - 1] ? this.sourceAfter(k, sentence) : null;
      if (after && after.last <= cue) return after;
      // "The Hill campaign sent an email saying …": after "the" and a name, a bare form read as a verb is the head noun of the subject.
      const misread = k - 3 >= sentence.first && this.tokens[k - 1].tags.has('Infinitive') && !this.tokens[k - 1].post && !this.tokens[k - 2].post && this.tokens[k - 2].tags.has('ProperNoun') &&
        /^(the|a|an)$/.test(this.tokens[k - 3].lower);
      let source = this.sourceBefore(k, sentence.first) ?? (misread ? this.clauseSubject(k, sentence) : null);
      if (coordinated && source && this.embeddedBeforeJoin(k, source, sentence)) continue;
      // "Officers with no part in the case balked and said …": the noun phrase before the joined verb may be only a preposition's object.
      const preposition = (m: number) => tokens[m].tags.has('Preposition') && !tokens[m].tags.has('Verb') && !tokens[m].post && !this.quoted[m];
      const object = source !== null && source.first - 1 > sentence.first &&
        (preposition(source.first - 1) || (/^(no|any)$/.test(tokens[source.first - 1].lower) && preposition(source.first - 2)));
      if (coordinated && source && object && UNMISTAKABLE_CUES.has(cueToken.lower)) {
        const whole = this.clauseSubject(k, sentence, true);
        if (whole && whole.first < source.first) source = whole;
      }
      // "…, Acme, which is under investigation, saying …": a relative clause's verb describes a noun; a participle after a comma goes with the clause before.
      // With no clause before it, the relative pronoun is still the one who acts.
      if (!coordinated && /,$/.test(tokens[cue - 1].post) && source && source.last - source.first === 1 && RELATIVE_PRONOUNS.has(this.tokens[source.first].lower) &&
        source.first > sentence.first && /,$/.test(this.tokens[source.first - 1].post)) {
        relative = relative ?? source;
        continue;
      }
      const before = source && source.first > sentence.first ? this.tokens[source.first - 1] : null;
      // "Then he cut into Bush, calling …": a sentence-opening adverb before the subject.
      // "And then Ann Lee turned on him, saying …": or after the conjunction opening the sentence.
      const openingAdverb = before !== null && before.tags.has('Adverb') && source !== null &&
        (source.first - 1 === sentence.first || (source.first - 2 === sentence.first && /^(and|but)$/.test(tokens[sentence.first].lower)));
      // "On Monday she released a statement saying …", "On Monday Ann Lee …": a subject pronoun or name right after a fronted time.
      // "A few minutes later they …": a span of time before "later", "earlier" or "ago" is a fronted time too.
      const afterTime = before !== null && (before.tags.has('Date') || /^(later|earlier|ago)$/.test(before.lower)) && source !== null &&
        (SUBJECT_PRONOUNS.has(this.tokens[source.first].lower) || this.tokens[source.first].tags.has('Person'));
      // "… when Lee lamented the state of the race and criticized …": joined verbs share the subject of their clause;
      // "The fracas began when Lee launched her bid, calling …": a participle goes with the clause of time or cause right before it,
      // when that clause's subject can speak for itself ("… as it came to a vote, saying …" goes with the main clause).
      // "It was at the rally that Lee attacked the plan, calling …": in a cleft sentence the subject after "that" is the one who acts.
      const cleft = before !== null && before.lower === 'that' && tokens[sentence.first].lower === 'it' && /^(is|was)$/.test(tokens[sentence.first + 1]?.lower ?? '');
      const sameClause = before !== null && (SOURCE_ENDING_OPENERS.has(before.lower) || cleft) && (coordinated || (source !== null && this.canSpeak(source)));
      // "… held a news conference in which he attacked Hill, calling …": the participle goes on with the clause right before it, whose subject acts.
      const prepositionalRelative = !coordinated && before !== null && source !== null && (before.lower === 'where' || (before.lower === 'which' && Boolean(tokens[source.first - 2]?.tags.has('Preposition')))) &&
        SUBJECT_PRONOUNS.has(tokens[source.first].lower);
      if (source && (!before || before.post || before.tags.has('Conjunction') || openingAdverb || afterTime || sameClause || prepositionalRelative || this.subjectAfterRegion(source.first))) {
        return coordinated ? this.reporterBefore(source, sentence) ?? source : source;
      }
    }
    return relative;
  }

  /**
   * A verb at `k`, with `source` before it, that sits inside the clause before a joined cue rather than opening it, so
   * the joined cue goes with a verb further back: "Lee put off deciding whether the board could meet but said …" (an
   * embedded question), "Lee met relatives of the workers killed on Monday and said …" (a participle after a noun
   * inside an object).
   */
  private embeddedBeforeJoin(k: number, source: TokenRange, sentence: Sentence): boolean {
    const { tokens } = this;
    const before = source.first > sentence.first ? tokens[source.first - 1] : null;
    if (!before || before.post || this.quoted[source.first - 1]) return false;
    if (/^(whether|if)$/.test(before.lower)) return true;
    const token = tokens[k];
    const noun = tokens[k - 1];
    const reduced = /ed$/.test(token.lower) && token.tags.has('PastTense') && !token.post && k - 1 === source.last - 1 && !noun.post &&
      noun.tags.has('Noun') && !hasAny(noun, ['Pronoun', 'ProperNoun']) && Boolean(tokens[k + 1]?.tags.has('Preposition'));
    return reduced && (hasAny(before, ['Preposition', 'Verb']) || /^(and|or)$/.test(before.lower));
  }

  /**
   * A subject that may be a speaker other than the main clause's: not a pronoun (mostly the main subject again: "Lee,
   * as she left, …"), a place, an occasion or a time.
   */
  private canSpeak(source: TokenRange): boolean {
    const head = this.tokens[source.last - 1];
    return !head.tags.has('Pronoun') && !head.tags.has('Place') && !OCCASION_NOUNS.has(head.lower) && !TIME_WORDS.has(head.lower);
  }

  /** The first token of a parenthesis or a dashed aside ending at `last`; `last + 1` when none ends there. */
  private asideStart(last: number, sentence: Sentence): number {
    const { tokens } = this;
    if (last <= sentence.first) return last + 1;
    const parenthesis = /\)$/.test(tokens[last].post);
    if (!parenthesis && !this.isDashAfter(last)) return last + 1;
    for (let m = last; m > sentence.first && last - m < 30; m--) {
      if (parenthesis ? /\($/.test(tokens[m].pre) : this.isDashAfter(m - 1)) return m;
    }
    return last + 1;
  }

  /**
   * "Lee said that he had voted for it and added …": a verb joined by "and" to a clause inside what an earlier cue
   * reports goes with that cue's subject; null when no cue with a subject of its own opens the clause of `inner`.
   */
  private reporterBefore(inner: TokenRange, sentence: Sentence): TokenRange | null {
    const { tokens } = this;
    // The inner subject opens the clause the cue reports: right after the cue or its "that".
    const c = tokens[inner.first - 1]?.lower === 'that' ? inner.first - 2 : inner.first - 1;
    if (c <= sentence.first || this.quoted[c] || tokens[c].post || !this.isCue(c) || !this.isFinite(tokens[c]) || !CUE_ACT.has(tokens[c].lower)) return null;
    const source = this.sourceBefore(c, sentence.first);
    return source && !RELATIVE_PRONOUNS.has(tokens[source.first].lower) ? source : null;
  }

  /**
   * "Almost half said", "those surveyed say", "A person familiar with the plans says": a subject the noun-phrase
   * walk cannot read, taken as the whole run from the clause's start to the cue when it looks like a noun phrase.
   * `widened`: the noun phrase before the cue is a preposition's object, so the run is surely one noun phrase; an adverb
   * before the cue, an "and" inside the phrase and a noun misread as a cue verb do not end it then.
   */
  private clauseSubject(cue: number, sentence: Sentence, widened = false): TokenRange | null {
    const { tokens } = this;
    let k = cue - 1;
    while (k >= sentence.first && (widened ? isBeforeCue(tokens[k]) : AUXILIARIES.has(tokens[k].lower) && !tokens[k].post)) k--;
    // "The judges who ruled against it, for instance, said": a short adjunct between commas before the cue is no part of the subject.
    let stepped = false;
    if (k === cue - 1 && k > sentence.first && tokens[k].post === ',') {
      let open = k;
      while (open > sentence.first && k - open < 5 && !tokens[open - 1].post) open--;
      stepped = open > sentence.first && tokens[open - 1].post === ',' && this.opensAdjunct(open) && !this.quoted[open - 1];
      if (stepped) k = open - 1;
    }
    if (k < sentence.first || (tokens[k].post && !stepped) || this.quoted[k]) return null;
    const last = tokens[k];
    if (SUBJECT_BOUNDARIES.has(last.lower) || CLAUSE_OPENERS.has(last.lower) || hasAny(last, ['Preposition', 'Conjunction', 'Adverb', 'QuestionWord', 'Determiner'])) return null;
    // "The Clinton campaign said", "Cologne police say": a head noun the tagger read as a verb, after its modifier.
    const modified = k > sentence.first && !tokens[k - 1].post && (hasAny(tokens[k - 1], ['Determiner', 'ProperNoun', 'Adjective', 'Possessive']) ||
      (tokens[k - 1].tags.has('Noun') && this.isPluralNounAt(k, sentence)));
    if (!hasAny(last, ['Noun', 'ProperNoun', 'Pronoun', 'Value', 'Participle', 'PastTense']) && !isCapitalised(last) && !modified) return null;
    let first = k;
    let relative = false;
    while (first > sentence.first && k - first < MAX_SUBJECT_TOKENS) {
      const previous = tokens[first - 1];
      // "Cuban-Americans polled": a hyphen inside a word ends nothing.
      if ((previous.post && !this.hyphenJoined(first - 1)) || this.quoted[first - 1] || (SUBJECT_BOUNDARIES.has(previous.lower) && !(widened && this.andInsidePhrase(first - 1, sentence)))) break;
      first--;
    }
    first = this.exceptionStart(this.comparedAmountStart(first, sentence.first), sentence.first);
    if (first > sentence.first && !tokens[first - 1].post && !SUBJECT_BOUNDARIES.has(tokens[first - 1].lower)) return null;
    for (let m = first; m <= k; m++) {
      const token = tokens[m];
      if (CLAUSE_OPENERS.has(token.lower)) relative = true;
      // "Ann Lee began thinking about what she", "Tom Hill has lately started": a name and the verb of its clause inside the run make it a clause.
      // Not "the scholars I interviewed said": a subject right after a common noun opens a relative clause without "that".
      const contact = m > first && !tokens[m - 1].post && tokens[m - 1].tags.has('Noun') && !hasAny(tokens[m - 1], ['Pronoun', 'ProperNoun']);
      // "the voters I have spoken with said", "people we've met say": that clause may hold an auxiliary of its own.
      if (contact && SUBJECT_PRONOUNS.has(token.lower.replace(/['’].*$/, ''))) relative = true;
      if (!relative && !contact && m < k && this.clauseVerbInRun(this.verbAfterSubjectAt(m, sentence), k)) return null;
      // A finite auxiliary outside a relative clause makes the run a clause, not a noun phrase.
      // "Two lawsuits being considered in Dayton": "being" right after a noun opens a participle that modifies it, never a finite verb.
      const modifying = token.lower === 'being' && m > first && !tokens[m - 1].post && tokens[m - 1].tags.has('Noun') && !tokens[m - 1].tags.has('Pronoun');
      if (!relative && !modifying && (token.tags.has('Auxiliary') || token.tags.has('Copula') || token.tags.has('Modal'))) return null;
      // "A 2010 report by …": a cue word right after a number or a determiner is a noun the tagger misread.
      // "An official who spoke anonymously to discuss the talks said": a widened run's relative clause may hold a cue word of its own.
      if (CUE_WORDS.has(token.lower) && token.tags.has('Verb') && !token.tags.has('Gerund') && !(widened && (relative || this.isNounReadAsVerb(m, sentence.first))) && !this.datedParticipleAt(m, sentence)) return null;
    }
    // "Almost half", "About 4 in 10": a degree word before a number belongs to the subject.
    const isDegree = (token: Token) => token.tags.has('Adverb') || APPROXIMATORS.has(token.lower);
    // "Only about 4 in 10": a focus word before the degree word.
    const degreeAt = first + 1 < k && isDegree(tokens[first]) && isDegree(tokens[first + 1]) && !tokens[first].post ? first + 1 : first;
    const degree = isDegree(tokens[degreeAt]);
    // "More than six in 10", "At least half of voters": a two-word degree before the amount.
    const pair = `${tokens[first].lower} ${tokens[first + 1]?.lower}`;
    const twoWordDegree = first + 2 <= k && /^(more than|less than|fewer than|at least|at most)$/.test(pair) && !tokens[first].post && !tokens[first + 1].post &&
      hasAny(tokens[first + 2], ['Value', 'Determiner']);
    // "Nearly all of the farmers": or before a quantifier.
    const amount = (token: Token) => hasAny(token, ['Value', 'Determiner']) || QUANTIFIER_SUBJECTS.has(token.lower) || /^(half|majority|plurality)$/.test(token.lower);
    const head = twoWordDegree ? tokens[first + 2] : degree && degreeAt < k && amount(tokens[degreeAt + 1]) ? tokens[degreeAt + 1] : tokens[first];
    // "sources close to the mayor say": a widened run may open with a plural the tagger reads as a verb; so may a run right after a
    // relative pronoun before a verb of saying ("the data that investigators said they found").
    const afterRelative = first > sentence.first && /^(that|which)$/.test(tokens[first - 1].lower) && !tokens[first - 1].post && UNMISTAKABLE_CUES.has(tokens[cue].lower);
    const plural = (widened || afterRelative) && head.tags.has('PresentTense') && /[^s]s$/.test(head.lower) && !hasAny(head, ['Auxiliary', 'Copula']) && tokens[first + 1]?.lower !== 'to';
    const startsPhrase = hasAny(head, ['Determiner', 'Noun', 'ProperNoun', 'Pronoun', 'Value', 'Adjective', 'Possessive']) || isCapitalised(head) || plural;
    if (!startsPhrase || hasAny(head, ['Preposition', 'Conjunction', 'Adverb', 'QuestionWord'])) return null;
    return this.withoutSetting({ first, last: k + 1 });
  }

  /** "Current and former officials", "the Center for Energy and Water Policy", "officials in the county and at the state agency": an "and" between words of one noun phrase. */
  private andInsidePhrase(index: number, sentence: Sentence): boolean {
    const { tokens } = this;
    const left = tokens[index - 1];
    const right = tokens[index + 1];
    if (tokens[index].lower !== 'and' || tokens[index].post || index - 1 < sentence.first || left.post || this.quoted[index - 1]) return false;
    const nominal = (token: Token) => hasAny(token, ['Noun', 'ProperNoun', 'Adjective', 'Acronym']) && !hasAny(token, ['Verb', 'Pronoun', 'Adverb']);
    return nominal(left) && (nominal(right) || (right.tags.has('Preposition') && !right.tags.has('Verb')));
  }

  private findReported(): void {
    for (const sentence of this.sentences) {
      if (this.skippedSentences.has(sentence.index)) continue;
      for (let j = sentence.first; j < sentence.last; j++) {
        if (this.used[j]) continue;
        const label = j === sentence.first ? this.labelledAt(sentence) : null;
        const attribution = label ?? this.cueOrNounAt(j, sentence);
        if (!attribution || this.onlyTimeOrManner(attribution) || this.onlyOccasion(attribution)) continue;
        if (label) this.labelled.add(label);
        this.push(attribution);
        const [first, last] = this.tokenRange(attribution.start, attribution.end);
        for (let k = first; k < last; k++) this.used[k] = 1;
        if (attribution.cue) for (let k = attribution.cue.first; k < attribution.cue.last; k++) this.used[k] = 1;
        this.pushRelativeReports(first, Math.min(last, sentence.last), sentence);
        j = Math.max(j, last - 1);
      }
    }
  }

  /**
   * "Hill says he placed second, a finish that he said defied expectations": a relative clause inside a content that
   * reports with a plain speech verb ("which officials say will …") is an attribution of its own, besides the outer one.
   */
  private pushRelativeReports(first: number, last: number, sentence: Sentence): void {
    const { tokens } = this;
    for (let m = first; m < last - 2; m++) {
      if (!/^(which|that|who|whom)$/.test(tokens[m].lower) || tokens[m].post || this.quoted[m]) continue;
      // "…, double the number who said the same of Hill": "who" right before the cue is its subject.
      if (tokens[m].lower === 'who' && SAY_FORMS.has(tokens[m + 1].lower) && m > first && !tokens[m - 1].post && hasAny(tokens[m - 1], ['Noun', 'Value'])) {
        const said = this.reportedAt(m + 1, sentence);
        if (said?.source?.first === m && said.cue?.first === m + 1) this.keepRelativeReport(said);
        continue;
      }
      for (let k = m + 2; k < Math.min(last - 1, m + 2 + MAX_RELATIVE_SOURCE_TOKENS); k++) {
        if (!RELATIVE_REPORT_VERBS.has(tokens[k].lower) || this.quoted[k] || !this.isCue(k)) continue;
        const inner = this.reportedAt(k, sentence);
        // "a rule that he said would …": the clause's own subject is the relative pronoun, so a verb follows the cue at once.
        const lead = tokens[k + 1];
        if (inner?.source?.first === m + 1 && inner.cue?.first === k && inner.start === lead.start && lead.tags.has('Verb') && !tokens[m + 1].tags.has('Verb')) this.keepRelativeReport(inner);
        break;
      }
    }
  }

  /**
   * Keeps a report found in a relative clause beside the content around it. A content that comes before its cue ("…, which he
   * said were …, the footage showed") was read before the cue, so its report may be found already: that one is kept instead.
   */
  private keepRelativeReport(report: Attribution): void {
    const found = this.attributions.find((attribution) => attribution.cue?.first === report.cue?.first);
    this.relativeReports.add(found ?? report);
    if (!found) this.push(report);
  }

  /**
   * "Lee said Thursday during a taping", "as I mentioned above": one word of time or manner after a cue says when or how, not what;
   * "reported ten days ago", "apologized the next day", "published Monday evening": so does a phrase of time alone.
   */
  private onlyTimeOrManner(attribution: Attribution): boolean {
    const [first, last] = this.tokenRange(attribution.start, attribution.end);
    const token = this.tokens[first];
    if (attribution.direct) return false;
    const words = this.tokens.slice(first, last);
    // "He tweets @annlee.", "Lee reports, http://…": a link or a handle alone says where the words are, not what they are.
    if (words.every((word) => hasAny(word, ['Url', 'AtMention', 'HashTag']))) return true;
    const timeWord = (word: Token) => word.tags.has('Date') || word.tags.has('Value') || TIME_PHRASE_WORDS.has(word.lower);
    if (words.length > 1 && words.length <= 5 && words.some((word) => word.tags.has('Date')) && words.every(timeWord)) return true;
    const timeOrManner = token.tags.has('Date') || (token.tags.has('Adverb') && !token.tags.has('Noun'));
    // "said so": "so" stands for what was said.
    if (last - first === 1 && timeOrManner && !hasAny(token, ['QuestionWord', 'Pronoun']) && token.lower !== 'so') return true;
    // "Lee responded first", "Hill said otherwise", "as Lee noted before", "Lee defended herself": one word that only orders,
    // links, compares or points back (an ordinal, a conjunction, a particle, a comparative, a reflexive) holds no words of
    // its own ("said that", "saw what" do: the pronoun stands for them).
    return last - first === 1 && hasAny(token, ['Conjunction', 'Particle', 'Ordinal', 'Comparative', 'Reflexive']) && !/^(that|what|which|who)$/.test(token.lower);
  }

  /**
   * "points out in a column on Yahoo News", "told NBC before her appearance Monday night", "In a speech last July, he said:": a phrase
   * of the occasion or the medium alone says where the words were given, not what they were.
   */
  private onlyOccasion(attribution: Attribution): boolean {
    if (attribution.direct) return false;
    const [first, last] = this.tokenRange(attribution.start, attribution.end);
    const words = this.tokens.slice(first, last);
    if (words.length < 2 || words.length > MAX_OCCASION_TOKENS || !/^(in|at|on|during|before|after|via|through|under|from)$/.test(words[0].lower)) return false;
    // "“…,” Tom Hill said in an interview. “…”": after a quote, the occasion leads on to the speaker's next quote.
    const sentence = this.sentenceOf(first);
    if (/["“”]/.test(this.text.slice(sentence.start, attribution.start))) return false;
    if (words.some((word, i) => this.isVerbOfClause(word) || this.quoted[first + i])) return false;
    // "listed in state records", "covered in a foil sheet", "was questioned on legal grounds", "wrote under a pen name": a phrase of
    // place, time, ground or guise alone, with no clause of its own, says where, when or how, never what was said (not "via" or
    // "through" a channel, which the occasion nouns below decide; "voted in favor" and "believes in" hold a
    // stance; a cue that takes its matter with "on" holds the word itself: "commented on"). In a sentence with a quote, the phrase
    // may open the quote's report ("At day's end, Lee said: “…”").
    if (words[0].lower !== 'via' && words[0].lower !== 'through' && words[1].lower !== 'favor' && !this.quoted.subarray(sentence.first, sentence.last).includes(1) &&
      !(attribution.cue && /^believ/.test(this.tokens[attribution.cue.last - 1].lower))) return true;
    // The head of the phrase's noun phrase, the last of its run of nouns ("a town hall meeting"; not "freedom of speech").
    let head = 1;
    while (head < words.length && hasAny(words[head], ['Determiner', 'Possessive', 'Adjective', 'Value']) && !words[head].tags.has('Noun')) head++;
    while (head + 1 < words.length && words[head].tags.has('Noun') && !words[head].post && words[head + 1].tags.has('Noun') && !words[head + 1].tags.has('Date')) head++;
    return head < words.length && (OCCASION_NOUNS.has(words[head].lower) || REPORT_NOUNS.has(words[head].lower));
  }

  private cueOrNounAt(j: number, sentence: Sentence): Attribution | null {
    const stance = this.stanceAdjectiveAt(j, sentence);
    if (stance) return stance;
    // "He was said to be furious": a passive cue with no source of its own reports what is said of its subject.
    if (this.isCue(j)) return this.reportedAt(j, sentence) ?? this.passiveStanceAt(j, sentence) ?? this.impersonalAt(j, sentence);
    return this.nounCueAt(j, sentence) ?? this.copulaPunctAt(j, sentence) ?? this.stanceNounAt(j, sentence) ?? this.receivedStanceAt(j, sentence) ?? this.passiveStanceAt(j, sentence) ?? this.impersonalAt(j, sentence) ?? this.inViewAt(j, sentence) ?? this.toWhomAt(j, sentence) ??
      (j === sentence.first ? this.inPollAt(j, sentence) : this.pollAfterClauseAt(j, sentence));
  }

  /**
   * "Ann Lee has been critical of the plan", "voters are worried about the economy", "he is confident that …": a stance
   * adjective after a form of "be" holds the subject's view of what follows it; so does a holder of a stance, "is a fierce critic of …".
   */
  private stanceAdjectiveAt(j: number, sentence: Sentence): Attribution | null {
    const { tokens } = this;
    const adjective = tokens[j];
    const link = tokens[j + 1];
    if (adjective.post || this.quoted[j] || j + 2 >= sentence.last || link.post || this.quoted[j + 1]) return null;
    const holder = STANCE_HOLDERS.has(adjective.lower) && link.lower === 'of';
    const feltBy = FELT_BY.has(adjective.lower) && link.lower === 'by';
    if (!holder && !feltBy && !(STANCE_ADJECTIVES.has(adjective.lower) && STANCE_ADJECTIVE_LINKS.has(link.lower))) return null;
    let be = j - 1;
    // "Lee is a longtime supporter of …", "they were early backers of …": a noun of who holds a stance, after its article and modifiers
    // ("an outspoken supporter": the tagger may take a modifier for a noun).
    if (holder) {
      while (be > sentence.first && j - be <= 4 && !tokens[be].post && hasAny(tokens[be], ['Adjective', 'Adverb', 'Noun']) && !hasAny(tokens[be], ['Determiner', 'Pronoun', 'Possessive']) && !isHelperVerb(tokens[be])) be--;
      // "Critics of the plan …" opening the text has no word before it at all.
      if (be < sentence.first) return null;
      if (/^(a|an|no)$/.test(tokens[be].lower) && !tokens[be].post) be--;
      else if (!adjective.tags.has('Plural')) return null;
    }
    while (be > sentence.first && j - be <= 3 && hasAny(tokens[be], ['Adverb', 'Negative']) && !tokens[be].post) be--;
    // "might be suspicious about", "can be convinced that": a bare "be" after a modal or "to" is a stance only supposed.
    if (be <= sentence.first || tokens[be].post || tokens[be].lower === 'be') return null;
    // "they remain hopeful that …": "remain" links a stance held on.
    if (!tokens[be].tags.has('Copula') && !/^(been|remain|remains|remained)$/.test(tokens[be].lower)) return null;
    let subjectEnd = be;
    while (subjectEnd > sentence.first && hasAny(tokens[subjectEnd - 1], ['Auxiliary', 'Copula', 'Modal', 'Adverb', 'Negative']) && !tokens[subjectEnd - 1].post) subjectEnd--;
    const source = this.subjectBefore(subjectEnd, sentence);
    if (!source || /^(it|there|this)$/.test(tokens[source.first].lower)) return null;
    const from = link.lower === 'that' ? j + 1 : j + 2;
    // "They’re supportive of …": a contracted "’re" is an empty token, left out of the cue.
    const cue = { first: tokens[be].text ? be : be + 1, last: from };
    // "a supporter of the bridge, which opens in May": what a holder backs is a noun phrase, not a clause.
    if (holder) {
      const held = this.giverFrom(from, sentence);
      return held && { direct: false, start: tokens[held.first].start, end: tokens[held.last - 1].end, cue, source, head: null };
    }
    const content = this.contentFrom(from, cue, source, sentence);
    // "was troubled by the vote - “a disgrace,” Tom Hill said": what caused a feeling ends, as what seems so does, before an aside,
    // and before a quote that follows it (someone else's words).
    if (content && feltBy) {
      content.end = Math.min(content.end, this.seemingEnd(from - 1, content.end));
      for (let k = from + 1; k < sentence.last && tokens[k].start < content.end; k++) {
        if (this.quoted[k] && !this.quoted[from]) {
          content.end = Math.min(content.end, this.endThroughClosingMarks(k - 1));
          break;
        }
      }
    }
    return content;
  }

  /** "To Tom Hill, the plan is a gift.", "But to others, he is a hero.": whom a sentence opens with "to" sees the clause after the comma so. */
  private toWhomAt(j: number, sentence: Sentence): Attribution | null {
    const { tokens } = this;
    const opens = j === sentence.first || (j === sentence.first + 1 && /^(but|and|yet)$/.test(tokens[sentence.first].lower) && !tokens[sentence.first].post);
    if (tokens[j].lower !== 'to' || tokens[j].post || !opens || this.quoted[j]) return null;
    let k = j + 1;
    if (TO_WHOM_PRONOUNS.has(tokens[k]?.lower ?? '')) k++;
    else {
      // "To Florida consultant Wilson,": a lower-case title between the words of the name belongs to it.
      const titled = (m: number) => m > j + 1 && !tokens[m].post && tokens[m].tags.has('Noun') && !tokens[m].tags.has('Plural') && isCapitalised(tokens[m + 1] ?? tokens[m]) && tokens[m + 1]?.tags.has('Person');
      while (k < sentence.last && k - j <= 4 && ((isCapitalised(tokens[k]) && hasAny(tokens[k], ['ProperNoun', 'Person', 'Honorific'])) || titled(k)) && !tokens[k].tags.has('Date')) {
        k++;
        if (tokens[k - 1].post && !isAbbreviation(tokens[k - 1])) break;
      }
    }
    const last = k - 1;
    if (last === j || tokens[last].post !== ',' || k >= sentence.last) return null;
    const source = { first: j + 1, last: k };
    // "To Tom Hill, who has studied the race, the vote …": a relative clause after the name goes with it.
    let first = k;
    if (/^(who|whom)$/.test(tokens[k].lower)) {
      while (first < sentence.last && !tokens[first].post) first++;
      if (tokens[first]?.post !== ',' || ++first >= sentence.last) return null;
      source.last = first;
    }
    // "To Ann Lee, of Dayton: …": a letter's addressee and place, not whom the clause speaks for.
    if (this.quoted[first] || tokens[first].lower === 'of') return null;
    const start = tokens[first].start;
    const end = this.contentEnd(first, sentence);
    return end > start ? { direct: false, start, end, cue: { first: j, last: j + 1 }, source, head: null } : null;
  }

  /**
   * "In Tom Hill's view, the plan fails.", "The plan fails, in her view.": the possessor of a view, opinion or words
   * holds the clause the phrase opens or closes.
   */
  private inViewAt(j: number, sentence: Sentence): Attribution | null {
    const { tokens } = this;
    if (tokens[j].lower !== 'in' || tokens[j].post || this.quoted[j]) return null;
    // "Tom Hill's", "Forbes’", "her": a name marked by its apostrophe, or a possessive pronoun.
    const marked = (token: Token) => /['’]s?$/.test(token.text + token.post) && /['’]/.test(token.text + token.post);
    let k = j + 1;
    while (k < sentence.last && k - j <= 4 && isCapitalised(tokens[k]) && !marked(tokens[k]) && (!tokens[k].post || isAbbreviation(tokens[k]))) k++;
    const possessor = tokens[k];
    if (!possessor || (possessor.post && !/^['’]$/.test(possessor.post))) return null;
    if (!(marked(possessor) && possessor.tags.has('Possessive')) && !(k === j + 1 && /^(his|her|their|its|my|our)$/.test(possessor.lower))) return null;
    let noun = k + 1;
    if (noun < sentence.last && tokens[noun].tags.has('Adjective') && !tokens[noun].post) noun++;
    if (noun >= sentence.last || !VIEW_NOUNS.has(tokens[noun].lower) || this.quoted[noun]) return null;
    const cue = { first: j, last: noun + 1 };
    const source = { first: j + 1, last: k + 1 };
    const opens = j === sentence.first || /[:;]$/.test(tokens[j - 1].post);
    if (opens && tokens[noun].post === ',' && noun + 1 < sentence.last) {
      const start = tokens[noun + 1].start;
      const end = this.throughOpenQuote(start, this.contentEnd(noun + 1, sentence));
      return end > start ? { direct: false, start, end, cue, source, head: null } : null;
    }
    if (opens || !/,$/.test(tokens[j - 1].post) || j - sentence.first < 3) return null;
    // "“The bridge is a waste” from start to finish, in Tom Hill's view.": a quoted stretch inside the clause is still what he holds.
    for (let m = sentence.first; m < j; m++) if (this.used[m]) return null;
    const start = tokens[sentence.first].start;
    // "…, in her view.": what she holds is the clause before, from the sentence start.
    if (noun === sentence.last - 1) return { direct: false, start, end: tokens[j - 1].end, cue, source, head: null };
    // "The real worry, in her view, is the cost": a subject with no verb of its own before the phrase goes on after it.
    if (tokens[noun].post === ',' && !tokens.slice(sentence.first, j).some((token) => this.isVerbOfClause(token))) {
      return { direct: false, start, end: this.contentEnd(noun + 1, sentence), cue, source, head: null };
    }
    return null;
  }

  /**
   * "Lee led Hill by 9 points in a Daily Planet poll released Monday.": a named or recent poll closing its clause is the
   * source of that clause (a bare "in the polls" mostly is not, on PolNeAR train).
   */
  private pollAfterClauseAt(j: number, sentence: Sentence): Attribution | null {
    const { tokens } = this;
    // "… election love-in" ends the text on its "in": nothing follows it.
    if (tokens[j].lower !== 'in' || tokens[j].post || this.quoted[j] || j - 1 <= sentence.first || j + 1 >= sentence.last) return null;
    let poll = j + 1;
    let named = false;
    while (poll < sentence.last && poll - j <= 8 && !POLL_NOUNS.has(tokens[poll].lower)) {
      if (this.quoted[poll] || (tokens[poll].post && !/^['’/-]$/.test(tokens[poll].post) && !isAbbreviation(tokens[poll]))) return null;
      // "in the hours before the polls": a phrase headed by another noun, the poll only inside it.
      if ((tokens[poll].tags.has('Preposition') || /^(before|after|since|until)$/.test(tokens[poll].lower)) && tokens[poll].lower !== 'of') return null;
      // "the 50-state poll", "Monday's poll": a number or a day's name marks one poll as much as an outlet's name does;
      // a state's name alone does not ("ahead in New Hampshire polls" was mostly no attribution on PolNeAR train).
      named ||= (poll > j + 1 && isCapitalised(tokens[poll]) && !tokens[poll].tags.has('Place')) || NEWS_POLL_WORDS.has(tokens[poll].text) || /\d/.test(tokens[poll].text) ||
        (isCapitalised(tokens[poll]) && hasAny(tokens[poll], ['Possessive', 'Month']));
      poll++;
    }
    // "… ahead of Hill in latest poll.": a headline drops the article before a recent poll.
    // "… in January polls.": a month dates them as well.
    const opens = hasAny(tokens[j + 1], ['Determiner', 'Possessive', 'ProperNoun', 'Month']) || /^(latest|new)$/.test(tokens[j + 1].lower);
    if (poll >= sentence.last || poll - j > 8 || !named || !opens) return null;
    // Only a release or a time may follow the poll before its clause ends: "… poll released Monday.", "… poll this month,".
    let end = poll;
    while (!tokens[end].post && end + 1 < sentence.last && (tokens[end + 1].tags.has('Date') || /^(released|conducted|taken|published|out)$/.test(tokens[end + 1].lower))) end++;
    // "… in a survey from Dayton College.": who took the poll goes with it.
    if (!tokens[end].post && tokens[end + 1]?.lower === 'from' && end + 2 < sentence.last && isCapitalised(tokens[end + 2])) {
      let pollster = end + 2;
      while (!tokens[pollster].post && pollster + 1 < sentence.last && (isCapitalised(tokens[pollster + 1]) || tokens[pollster + 1].lower === 'and')) pollster++;
      end = pollster;
    }
    if (!/^[.,;!?]$/.test(tokens[end].post) && end !== sentence.last - 1) return null;
    const first = this.clauseStartBefore(j, sentence);
    if (first < 0 || j - first < 3) return null;
    for (let k = first; k < j; k++) if (this.used[k] || this.quoted[k]) return null;
    if (!tokens.slice(first, j).some((token) => this.isFinite(token))) return null;
    return { direct: false, start: tokens[first].start, end: tokens[j - 1].end, cue: { first: j, last: j + 1 }, source: { first: j + 1, last: end + 1 }, head: null };
  }

  /** Where the clause holding token `j` starts: after a clause-opening word, or after a lead-in phrase and its comma; -1 for a cue of its own. */
  private clauseStartBefore(j: number, sentence: Sentence): number {
    const { tokens } = this;
    for (let k = j - 1; k > sentence.first; k--) {
      if (SUBJECT_BOUNDARIES.has(tokens[k].lower) || CLAUSE_OPENERS.has(tokens[k].lower)) return k + 1;
      // "271 pledged delegates": a cue word modifying a noun opens no clause of its own.
      if (this.isCue(k) && !this.modifiesNounAt(k, sentence)) return -1;
    }
    const lead = tokens[sentence.first];
    // "In the fall of 2007, Lee held a lead …": a lead-in phrase before the first comma is no part of the clause.
    if (lead.tags.has('Preposition') || lead.tags.has('Date')) {
      for (let k = sentence.first; k < j - 1; k++) if (/,$/.test(tokens[k].post)) return k + 1;
    }
    return SUBJECT_BOUNDARIES.has(lead.lower) ? sentence.first + 1 : sentence.first;
  }

  /** "In a CNN poll released Monday, Clinton led by 9 points": the poll is the source of the clause after its comma. */
  private inPollAt(j: number, sentence: Sentence): Attribution | null {
    const { tokens } = this;
    // "In May's poll, …", "In exit polls, …": the phrase may also open with a possessive or a bare noun.
    if (tokens[j].lower !== 'in' || j + 1 >= sentence.last || !hasAny(tokens[j + 1], ['Determiner', 'Possessive', 'Noun', 'Adjective']) || tokens[j + 1].tags.has('Pronoun')) return null;
    let comma = j + 1;
    let poll = false;
    // "In a memo released as polls closed, …": the poll must head the phrase, before any verb.
    let verb = false;
    // "In an early-October Post-ABC poll, …": a hyphen inside a word of the phrase does not end it.
    const inWord = (token: Token) => !token.post || token.post === '-' || token.post === '/';
    while (comma < sentence.last - 1 && comma - j <= MAX_NP_TOKENS && inWord(tokens[comma]) && !this.quoted[comma]) {
      poll ||= !verb && POLL_NOUNS.has(tokens[comma].lower);
      verb ||= tokens[comma].tags.has('Verb');
      comma++;
    }
    poll ||= !verb && POLL_NOUNS.has(tokens[comma].lower);
    if (!poll || tokens[comma].post !== ',' || comma + 1 >= sentence.last) return null;
    // "In the Daily Planet poll, conducted May 1-3, the mayor led": when and how the poll was taken, between commas, is part of the poll.
    if (/^(conducted|taken|released|published|fielded)$/.test(tokens[comma + 1].lower)) {
      let aside = comma + 1;
      while (aside < sentence.last - 1 && aside - comma <= 8 && (inWord(tokens[aside]) || isAbbreviation(tokens[aside])) && !this.quoted[aside]) aside++;
      if (tokens[aside].post === ',' && aside + 1 < sentence.last) comma = aside;
    }
    // "In a poll of 800 voters, Dayton Research found that …": who speaks of the poll is the clause's own source.
    if (this.subjectAndVerbAt(comma + 1, sentence) && [comma + 2, comma + 3].some((k) => k < sentence.last && this.isCue(k))) return null;
    this.pollFindings.add(comma + 1);
    const start = tokens[comma + 1].start;
    const end = this.throughOpenQuote(start, this.contentEnd(comma + 1, sentence));
    return end > start ? { direct: false, start, end, cue: { first: j, last: j + 1 }, source: { first: j + 1, last: comma + 1 }, head: null } : null;
  }

  private transcript: boolean | null = null;

  /** Some all-capitals speaker label ("TAPPER:") opens two paragraphs or more. */
  private isTranscript(): boolean {
    if (this.transcript === null) {
      const seen = new Set<string>();
      this.transcript = false;
      for (const match of this.text.matchAll(/^\s*(?:[A-Z][A-Z.'’-]+ ){0,3}([A-Z][A-Z.'’-]+):/gm)) {
        if (seen.has(match[1])) this.transcript = true;
        seen.add(match[1]);
      }
    }
    return this.transcript;
  }

  /**
   * "Jane Doe: Taxes Must Rise": a short name before a colon that opens its paragraph is the source of the rest
   * of the sentence, with the colon as its only cue.
   */
  private labelledAt(sentence: Sentence): Attribution | null {
    const { tokens, text } = this;
    const paragraphStart = this.analysis.paragraphStarts[sentence.paragraph];
    if (text.slice(paragraphStart, sentence.start).trim() !== '') return null;
    const headline = sentence.paragraph === 0;
    // "EXCLUSIVE – Ann Lee: …": a page label and a dash before the speaker's label.
    const tagged = NOT_SPEAKER_LABELS.has(tokens[sentence.first].lower) && /^[-–—]$/.test(tokens[sentence.first].post.trim());
    const first = sentence.first + (tagged ? 1 : 0);
    let colon = -1;
    // "Ann Lee on the Dayton Bridge Vote:", "Tom Hill to Farmers:": a headline's label may name the topic or the hearers after the speaker.
    let topic = -1;
    for (let k = first; k < Math.min(sentence.last - 3, first + (headline ? MAX_HEADLINE_LABEL_TOKENS : MAX_LABEL_TOKENS)); k++) {
      const token = tokens[k];
      if (headline && topic < 0 && k > first && /^(on|to)$/.test(token.lower) && !token.post) {
        topic = k;
        continue;
      }
      // "Dr. Ann Lee:", "Daily Planet Fact-Check:": an abbreviation's period or a hyphen stays inside the label.
      // "Tom Hill camp:", "Dayton Post editorial:", "Democrats' new warning:": a headline's label may go on in lower case after a name.
      const possessive = headline && /^['’]$/.test(token.post);
      const inLabel = !token.post || token.post === ':' || token.post === '-' || isAbbreviation(token) || possessive;
      const described = headline && k > first && hasAny(token, ['Noun', 'Adjective']) && !hasAny(token, ['Verb', 'Determiner', 'Pronoun']);
      if (!(isCapitalised(token) || described) || this.quoted[k] || token.pre || !inLabel) return null;
      // "Big Win For Ann Lee:", "Tom Hill Steps In:": a headline's phrase or clause before the colon, its preposition
      // capitalised with the rest, names no speaker.
      if (headline && topic < 0 && k > first && LABEL_BREAKING_PREPOSITIONS.has(token.lower)) return null;
      if (token.post === ':') {
        colon = k;
        break;
      }
    }
    if (colon < 0 || (topic < 0 && colon - first >= MAX_LABEL_TOKENS) || topic - first >= MAX_LABEL_TOKENS) return null;
    // "Spoiler no more:", "The senator's next move:": words in lower case make a label only after a name or its possessive.
    const opener = tokens[first];
    const lowered = tokens.slice(first, colon + 1).some((token, i) => !isCapitalised(token) && first + i !== topic);
    if (lowered && !hasAny(opener, ['ProperNoun', 'Person', 'Organization', 'Acronym', 'Possessive'])) return null;
    // "A Curious Plan to Fight Floods:": a topic comes after a speaker, not after a phrase a determiner opens.
    if ((lowered || topic >= 0) && opener.tags.has('Determiner')) return null;
    const label = tokens.slice(first, colon + 1).map((token) => token.text).join(' ');
    // "Q:", "UPDATE:", "The Latest:": interview turns and page labels, not sources.
    // In a transcript, where a speaker label comes back ("TAPPER: … CLINTON: … TAPPER: …"), capitals name the speaker.
    const capitals = label === label.toUpperCase() && !(this.isTranscript() && /[A-Z]{2}/.test(label));
    if (/^[A-Z]$/.test(label) || capitals || NOT_SPEAKER_LABELS.has(label.toLowerCase())) return null;
    // "Delegate Update:", "Paid Notice:", "Weekend Roundup:": a label headed by a word naming a page's section is no speaker.
    if (topic < 0 && SECTION_HEADS.has(tokens[colon].lower)) return null;
    // "Replacements: Elloway, Sigley, Page": a list without a verb after a label is a line-up, no one's words.
    const rest = tokens.slice(colon + 1, sentence.last);
    // "Ohio: Ann Lee, Will Diss, Tom Hill": a capitalised word inside the list is a name, whatever the tagger read in it.
    const verb = (token: Token, i: number) => token.tags.has('Verb') && (i === 0 || !isCapitalised(token));
    if (!rest.some(verb) && rest.filter((token) => token.post.includes(',')).length >= 2) return null;
    // "Tom Hill: Reformer or Career Politician?": a headline's question in its own words is the writer's, about the name.
    if (headline && tokens[sentence.last - 1].post.startsWith('?') && !/["“‘']/.test(tokens[colon + 1].pre)) return null;
    const start = tokens[colon + 1].start - (/["“‘']/.test(tokens[colon + 1].pre) ? tokens[colon + 1].pre.length : 0);
    const end = this.endThroughClosingMarks(sentence.last - 1);
    return { direct: false, start, end, cue: null, source: { first, last: topic < 0 ? colon + 1 : topic }, head: null };
  }

  /**
   * "Trump's assertion that …", "her claim that …": a statement noun with its possessor as source and the
   * clause it introduces as content. (Nouns of intent with "to", "his plan to …", were mostly not attributions on PolNeAR train.)
   */
  private nounCueAt(j: number, sentence: Sentence): Attribution | null {
    const { tokens } = this;
    const noun = tokens[j];
    const claimNoun = CLAIM_NOUNS.has(noun.lower) || (COPULA_CLAIM_NOUNS.has(noun.lower) && /^(is|was|has|had|long|always)$/.test(tokens[j + 1]?.lower ?? ''));
    if (j + 1 >= sentence.last || noun.post || this.quoted[j] || !noun.tags.has('Noun') || !claimNoun) return null;
    // "claims by state officials that …": the agent after "by" is the source.
    let that = this.thatAfterNounTime(j + 1, sentence);
    // "the contention of Mayor Ann Lee that …": after "of" or "from", only a person or a named body is the source.
    const byWord = /^(of|from)$/.test(tokens[j + 1].lower) ? 'of' : tokens[j + 1].lower;
    if (byWord === 'by' || byWord === 'of') {
      that = j + 2;
      while (that < sentence.last - 1 && that - j < MAX_NP_TOKENS && !tokens[that].post && isNpToken(tokens[that]) && tokens[that].lower !== 'that' && !this.quoted[that]) that++;
      if (that === j + 2 || tokens[that].lower !== 'that' || this.quoted[that]) return null;
      if (byWord === 'of' && !tokens.slice(j + 2, that).some((token) => hasAny(token, ['Person', 'ProperNoun', 'Actor']))) return null;
    }
    const next = tokens[that];
    if (that < 0 || next.lower !== 'that') return null;
    const agent = byWord === 'by' || byWord === 'of' ? { first: j + 2, last: that } : null;
    const k = this.possessorIndex(j, sentence);
    if (k < 0) return null;
    const source = agent ?? this.possessorAt(k, sentence);
    // "One view is that …", "The idea is that …": a view put as the sentence's subject, with no one's name, is still reported.
    const unowned = k === sentence.first && /^(the|one)$/.test(tokens[k].lower) && tokens[that - 1].tags.has('Copula');
    if (!source && !unowned) return null;
    // "the claim that he made": a verb right after "that" plus a subject-less clause would be relative; a content clause has its own subject.
    const lead = tokens[that + 1];
    if (!lead || that + 1 >= sentence.last || (lead.tags.has('Verb') && !lead.tags.has('Gerund'))) return null;
    const start = next.start;
    // The clause a noun introduces ends at the first comma: what follows goes on with the sentence around it. A possessive's
    // apostrophe ("Lee and Hiss' supporters") is no punctuation.
    const possessiveMark = (m: number) => /^['’]$/.test(tokens[m].post) && /s$/.test(tokens[m].lower) && !isCapitalised(tokens[m + 1]) && !this.quoted[m + 1];
    let last = that;
    while (last + 1 < sentence.last && (!tokens[last].post || possessiveMark(last) || isAbbreviation(tokens[last]))) last++;
    const outer = this.outerVerbAfterClause(that + 1, last + 1);
    if (outer >= 0) last = outer - 1;
    const end = Math.min(this.contentEnd(that, sentence), tokens[last].end);
    if (end - start < 6) return null;
    return { direct: false, start, end, cue: { first: j, last: j + 1 }, source, head: null };
  }

  /**
   * "Ann Lee's response was: “…”", "My advice is, …", "Her message was simple: …": a possessive's noun of reply or view, then
   * "is/was" and a colon or comma, with the rest of the sentence as content (the "that" form is read by nounCueAt).
   */
  private copulaPunctAt(j: number, sentence: Sentence): Attribution | null {
    const { tokens } = this;
    const noun = tokens[j];
    // The possessor required below makes the word a noun, whatever the tagger read ("Her message" as a verb).
    if (!COPULA_PUNCT_NOUNS.has(noun.lower) || noun.post || this.quoted[j]) return null;
    let copula = j + 1;
    if (copula >= sentence.last - 1 || !/^(is|was)$/.test(tokens[copula].lower)) return null;
    // "Her message was simple: …": one word of manner between the copula and the colon.
    if (!tokens[copula].post && /^(simple|clear|blunt)$/.test(tokens[copula + 1].lower)) copula++;
    if (!/^[:,]$/.test(tokens[copula].post.trim()) || copula + 1 >= sentence.last - 1) return null;
    // Only a named owner is the source: "the answer is, …" is mostly the writer's.
    const k = this.possessorIndex(j, sentence);
    const source = k < 0 ? null : this.possessorAt(k, sentence);
    if (!source) return null;
    const lead = tokens[copula + 1];
    const start = lead.start - (/["“‘']/.test(lead.pre) ? lead.pre.length : 0);
    const end = this.endThroughClosingMarks(sentence.last - 1);
    return { direct: false, start, end, cue: { first: j, last: copula + 1 }, source, head: null };
  }

  /** The word before the noun at `j` and the adjectives or adverbs that modify it ("Lee's <long, bitter> attacks"); -1 past a stop or a quote. */
  private possessorIndex(j: number, sentence: Sentence): number {
    const { tokens } = this;
    let k = j - 1;
    while (k > sentence.first && !tokens[k].post && hasAny(tokens[k], ['Adjective', 'Adverb']) && !tokens[k].tags.has('Possessive')) k--;
    return k < sentence.first || tokens[k].post.length > 1 || this.quoted[k] ? -1 : k;
  }

  /** Who the possessive at `k` names: "his", "Tom Hill's", "budget hawks’"; null if it is no possessive. */
  private possessorAt(k: number, sentence: Sentence): TokenRange | null {
    const { tokens } = this;
    const possessor = tokens[k];
    // "My advice is, …": the tagger may leave a sentence's first "My" or "Your" without its pronoun tag.
    if (possessor.tags.has('Possessive') && (possessor.tags.has('Pronoun') || /^(my|your)$/.test(possessor.lower))) return { first: k, last: k + 1 };
    if (/['’]s?$/.test(possessor.text) && /['’]/.test(possessor.text)) return this.ownerPhrase(this.sourceBefore(k + 1, sentence.first));
    // "budget hawks’ warnings": the tagger leaves a plural's apostrophe after the word.
    if (possessor.tags.has('Possessive') && /^['’]$/.test(possessor.post)) {
      let first = k;
      while (first > sentence.first && k - first < MAX_NP_TOKENS && !tokens[first - 1].post && isNpToken(tokens[first - 1]) && !this.quoted[first - 1]) first--;
      return { first, last: k + 1 };
    }
    return null;
  }

  /**
   * "Lee stepped up her attacks on …", "Hill launched an attack on …", "they heaped praise on …": a noun of stance as a verb's
   * object, bare or after an article or a possessive pronoun, is the stance of the verb's subject, who is the source; null when no
   * verb comes right before ("vocal in her criticism of" was mostly "her" on PolNeAR train).
   */
  private actorSubject(k: number, sentence: Sentence): TokenRange | null {
    const { tokens } = this;
    let m = POSSESSIVE_DETERMINERS.has(tokens[k].lower) || /^(a|an)$/.test(tokens[k].lower) ? k - 1 : k;
    if (m > sentence.first && m < k && /^(up|upon|down)$/.test(tokens[m].lower) && !tokens[m].post) m--;
    // "had criticism of", "won the support of": a stance received is read by receivedStanceAt.
    const verb = tokens[m];
    if (m <= sentence.first || verb.post || this.quoted[m] || !verb.tags.has('Verb') || isHelperVerb(verb) || RECEIVING_VERBS.has(verb.lower)) return null;
    // "…, leveling attacks on …": a participle after a comma has its subject somewhere before the clause.
    if (verb.tags.has('Gerund') && tokens[m - 1].post) return null;
    // "Lee is keeping up her attacks": the subject comes before the verb's helpers.
    while (m > sentence.first && isHelperVerb(tokens[m - 1]) && !tokens[m - 1].post) m--;
    const subject = this.sourceBefore(m, sentence.first);
    return subject && !this.used[subject.first] ? subject : null;
  }

  /**
   * "Tom Hill's attacks on the mayor", "Ann Lee stepped up her criticism of the plan": a noun of stance with its possessor, or
   * the subject of the verb it is the object of, as source and the object of its preposition as content.
   */
  private stanceNounAt(j: number, sentence: Sentence): Attribution | null {
    const { tokens } = this;
    const noun = tokens[j];
    const link = tokens[j + 1];
    const links = STANCE_NOUN_LINKS.get(noun.lower);
    if (!links || j + 2 >= sentence.last || noun.post || link.post || this.quoted[j] || this.quoted[j + 1] || !links.includes(link.lower)) return null;
    const k = this.possessorIndex(j, sentence);
    const subject = k < 0 ? null : this.actorSubject(k, sentence);
    // "his attacks on …" with no verb before: the pronoun on its own as source cost dev precision.
    const owned = k >= 0 && OWNED_STANCES.has(noun.lower) && !POSSESSIVE_DETERMINERS.has(tokens[k].lower);
    const source = subject ?? (owned ? this.possessorAt(k, sentence) : null);
    const content = source && this.giverFrom(j + 2, sentence);
    if (!source || !content) return null;
    // "Lee <stepped up her attacks on> Hill": with the subject as source, the verb is part of the cue.
    const cue = { first: subject ? subject.last : k + 1, last: j + 2 };
    return { direct: false, start: tokens[content.first].start, end: tokens[content.last - 1].end, cue, source, head: null };
  }

  /**
   * "Lee won the endorsement of the Dayton Herald", "The plan drew sharp criticism from Tom Hill": a verb of getting before a
   * noun of stance; who gives it is the source, the verb's subject what it is about.
   */
  private receivedStanceAt(j: number, sentence: Sentence): Attribution | null {
    const { tokens } = this;
    const verb = tokens[j];
    if (!RECEIVING_VERBS.has(verb.lower) || verb.post || this.quoted[j] || j === sentence.first) return null;
    // "to win support from", "may not have the backing of": a getting hoped for or denied is no stance given.
    const before = tokens[j - 1];
    if (before.lower === 'to' || hasAny(before, ['Modal', 'Negative'])) return null;
    let noun = j + 1;
    if (verb.lower === 'picked' && tokens[noun]?.lower === 'up') noun++;
    while (noun < sentence.last && noun - j <= 4 && !tokens[noun].post && hasAny(tokens[noun], ['Determiner', 'Adjective', 'Adverb']) && !STANCE_GIVEN.has(tokens[noun].lower)) noun++;
    const link = tokens[noun + 1];
    if (noun + 2 >= sentence.last || tokens[noun].post || link.post || !STANCE_GIVEN.has(tokens[noun].lower) || !/^(of|from|among)$/.test(link.lower)) return null;
    return this.givenStance(j, { first: j, last: noun + 1 }, noun + 2, sentence);
  }

  /**
   * "Tom Hill was criticized by Ann Lee", "the plan was rejected by the council": a passive verb of stance; who acted after "by"
   * is the source, the subject what the stance is about. (Verbs that take a clause, "asked by", "told by", have other contents.)
   */
  private passiveStanceAt(j: number, sentence: Sentence): Attribution | null {
    const { tokens } = this;
    const verb = tokens[j];
    if (!PASSIVE_STANCES.has(verb.lower) || verb.post || this.quoted[j] || j + 2 >= sentence.last || tokens[j + 1].lower !== 'by' || tokens[j + 1].post) return null;
    let be = j - 1;
    if (be > sentence.first && tokens[be].tags.has('Adverb') && !tokens[be].post) be--;
    if (be <= sentence.first || !/^(is|was|are|were|been|being|be)$/.test(tokens[be].lower) || tokens[be].post) return null;
    return this.givenStance(be, { first: be, last: j + 2 }, j + 2, sentence);
  }

  /** A stance given: its subject, before the verb at `verb`, is the content; who gave it, from `giver` on, the source. */
  private givenStance(verb: number, cue: TokenRange, giver: number, sentence: Sentence): Attribution | null {
    const { tokens } = this;
    const content = this.sourceBefore(verb, sentence.first);
    const source = this.giverFrom(giver, sentence);
    if (!content || !source) return null;
    return { direct: false, start: tokens[content.first].start, end: tokens[content.last - 1].end, cue, source, head: null };
  }

  /**
   * Who gives a stance, from token `first` ("the backing of <the union>", "criticized by <Ann Lee>"), or whom a stance noun is
   * about ("Lee's attacks on <the mayor>"); null when a "that"-clause follows, what was said.
   */
  private giverFrom(first: number, sentence: Sentence): TokenRange | null {
    const { tokens } = this;
    let last = first;
    // "the backing of unions and has raised …": a verb after "and" goes on with the subject, not the givers.
    const joinsVerb = (k: number) => /^(and|but)$/.test(tokens[k].lower) && tokens[k + 1]?.tags.has('Verb') && !hasAny(tokens[k + 1], ['Gerund', 'Noun']);
    // "the endorsement of the union on Monday": the time it was given is no part of who gave it.
    // "in the hours before the vote": an article may come between.
    const time = (k: number) => tokens[k].tags.has('Date') || (/^(last|this)$/.test(tokens[k].lower) && /^(night|week|month|year)$/.test(tokens[k + 1]?.lower ?? '')) || (/^(on|in|at|during)$/.test(tokens[k].lower) &&
      (tokens[k + 1]?.tags.has('Date') || (tokens[k + 1]?.lower === 'the' && tokens[k + 2]?.tags.has('Date'))));
    // "criticized by Lee for his votes", "dismissed by voters as a bumbler": the reason or the label is no part of who gave it.
    const goesOn = (k: number) => !/^(that|for|as)$/.test(tokens[k].lower) && !this.quoted[k] && !joinsVerb(k) && !time(k);
    while (last + 1 < sentence.last && (!tokens[last].post || isAbbreviation(tokens[last]) || /^[-–]$/.test(tokens[last].post)) && goesOn(last + 1)) last++;
    // "criticism from rivals that the tenor …": what was said is the clause, not the subject.
    if (tokens[last + 1]?.lower === 'that' && !tokens[last].post) return null;
    const outer = this.outerVerbAfterClause(first, last + 1, 0);
    if (outer >= 0) last = outer - 1;
    // "an endorsement from a onetime rival, former governor Tom Hill.": an appositive closing the sentence names the giver too.
    else if (tokens[last].post === ',' && last + 1 < sentence.last - 1 && /^(a|an|the|former|[A-Z].*)$/.test(tokens[last + 1].text)) {
      let close = last + 1;
      while (close < sentence.last - 1 && !tokens[close].post) close++;
      if (close === sentence.last - 1 && !this.quoted[close] && this.isAppositive(last + 1, close)) last = close;
    }
    return { first, last: last + 1 };
  }

  /** "the heart of Tom Hill's", "an expansion of Lee's": the owner named before "'s" starts after the last preposition or verb. */
  private ownerPhrase(phrase: TokenRange | null): TokenRange | null {
    if (!phrase) return null;
    const { tokens } = this;
    for (let m = phrase.last - 2; m >= phrase.first; m--) {
      if (hasAny(tokens[m], ['Preposition', 'Verb']) && !isCapitalised(tokens[m])) return { first: m + 1, last: phrase.last };
    }
    return phrase;
  }

  /**
   * The "that" at `from`, or after a time right after a statement noun ("her claim Monday that", "his claim in November that",
   * "his remark last week that"), or after "is" or "was" ("her view was that"); -1 if there is none.
   */
  private thatAfterNounTime(from: number, sentence: Sentence): number {
    const { tokens } = this;
    let k = from;
    if (/^(in|on|during|last|this|earlier)$/.test(tokens[k].lower) && !tokens[k].post) k++;
    // "his claim in a recent interview that …": the medium it was made in.
    if (tokens[from].lower === 'in') {
      let m = k;
      while (m < sentence.last - 1 && m - k < 5 && !tokens[m].post && !REPORT_NOUNS.has(tokens[m].lower) && hasAny(tokens[m], ['Determiner', 'Adjective', 'ProperNoun'])) m++;
      if (REPORT_NOUNS.has(tokens[m]?.lower ?? '') && !tokens[m].post && tokens[m + 1]?.lower === 'that' && !this.quoted[m + 1]) return m + 1;
    }
    if (k > from && !tokens[k]?.tags.has('Date')) return -1;
    while (k < sentence.last - 1 && k - from < 3 && tokens[k].tags.has('Date') && !tokens[k].post && !this.quoted[k]) k++;
    // "Lee's argument was that …": the noun's content follows the copula.
    if (/^(is|was)$/.test(tokens[k].lower) && !tokens[k].post) k++;
    else {
      // "His message has been that …", "Her message long has been that …": a perfect copula, perhaps after an adverb of time.
      const has = /^(long|always)$/.test(tokens[k].lower) && !tokens[k].post ? k + 1 : k;
      if (/^(has|had)$/.test(tokens[has].lower) && !tokens[has].post && tokens[has + 1]?.lower === 'been' && !tokens[has + 1].post) k = has + 2;
    }
    return k < sentence.last - 1 && tokens[k].lower === 'that' && !this.quoted[k] ? k : -1;
  }

  /**
   * "Lee's claim that Hill lied is false": the verb, from `from` up to `end`, of the sentence around a noun's "that"-clause,
   * once the clause and each clause opened inside it have had their own verb; -1 if there is none. With `clauses` 0 the words
   * from `from` have no verb of their own ("the backing of unions has …").
   */
  private outerVerbAfterClause(from: number, end: number, clauses = 1): number {
    const { tokens } = this;
    let open = clauses;
    let inGroup = false;
    let mainVerb = -1;
    for (let k = from; k < end; k++) {
      const token = tokens[k];
      if (this.quoted[k]) return -1;
      if (NESTED_CLAUSE_OPENERS.has(token.lower)) {
        open++;
        inGroup = false;
        continue;
      }
      const auxiliary = hasAny(token, ['Modal', 'Copula', 'Auxiliary']) || AUXILIARIES.has(token.lower) || /^(is|are|was|were|be|been)$/.test(token.lower);
      // "will have been approved", "has not left": a group of verbs goes on after an auxiliary.
      if (inGroup) {
        if (token.tags.has('Verb') || auxiliary) {
          inGroup = auxiliary;
          if (!auxiliary) mainVerb = k;
          continue;
        }
        if (!hasAny(token, ['Adverb', 'Negative'])) inGroup = false;
      }
      if (!this.isVerbOfClause(token)) continue;
      const previous = tokens[k - 1].lower;
      // "in states", "more raids", "immigrants convicted of crimes": a noun after a preposition, determiner or quantity word, or a participle that modifies a noun.
      if (((hasAny(tokens[k - 1], ['Preposition', 'Determiner']) || /^(more|fewer|less|most|many|few)$/.test(previous)) && !NESTED_CLAUSE_OPENERS.has(previous)) || (/ed$/.test(token.lower) && /^(by|of)$/.test(tokens[k + 1]?.lower ?? ''))) continue;
      // "lied and cheated": a verb joined to the one before; "paid taxes": a verb's object read as a verb.
      if (/^(and|or|but|to)$/.test(previous) || (mainVerb === k - 1 && !tokens[k - 1].tags.has('Gerund'))) continue;
      if (open === 0) return SUBJECT_PRONOUNS.has(previous) || previous === 'it' ? -1 : k;
      open--;
      inGroup = auxiliary;
      if (!auxiliary) mainVerb = k;
      // "that he said taxes rose": a verb of speech or thought may take a clause of its own without "that".
      if (CUE_WORDS.has(token.lower)) open++;
    }
    return -1;
  }

  /**
   * "The senator is expected to run", "Voters seemed unmoved", "The group is reportedly spending …": an
   * attribution without a source, whose content is the subject with what is expected, seems or is reported of it.
   */
  private impersonalAt(j: number, sentence: Sentence): Attribution | null {
    const { tokens } = this;
    const token = tokens[j];
    if (this.quoted[j] || j === sentence.first) return null;
    let cue: TokenRange;
    // "Messages seem to show …": the plain form only with an act after it.
    const seemsToAct = (SEEM_VERBS.has(token.lower) || token.lower === 'seem') && tokens[j + 1]?.lower === 'to' && !tokens[j + 1].post &&
      SEEMING_ACTS.has(tokens[j + 2]?.lower ?? '') && !tokens[j + 2].post && j + 3 < sentence.last;
    // "Voters may seem tired", "Tom Hill does not seem ready": the plain form after a modal or "do", the hedge in the cue; "can't seem
    // to win" is failing, nothing seems.
    let hedge = j - 1;
    while (hedge > sentence.first && tokens[hedge].tags.has('Negative')) hedge--;
    const hedgedSeem = token.lower === 'seem' && tokens[hedge].tags.has('Auxiliary') && !(hedge < j - 1 && /^(can|could)/.test(tokens[hedge].lower));
    const seeming = SEEM_VERBS.has(token.lower) || hedgedSeem;
    // "Ann Lee was widely criticized for the delay", "the plan has been dismissed as a gimmick": a stance with its reason or label and
    // no one named to hold it (with "by" it is passiveStanceAt's).
    const stance = PASSIVE_STANCES.has(token.lower) && /^(for|as)$/.test(tokens[j + 1]?.lower ?? '') && !token.post && !tokens[j + 1].post && j + 2 < sentence.last;
    if ((seeming || seemsToAct) && token.tags.has('Verb')) {
      // "She appeared on CNN", "He appeared before the committee Sunday", "When he appeared, …": someone showed up, nothing seemed.
      const next = tokens[j + 1];
      if (token.post || (next && ((next.tags.has('Preposition') && !/^(to|like|as)$/.test(next.lower)) || next.tags.has('Date') || /^(together|before)$/.test(next.lower)))) return null;
      cue = { first: hedgedSeem ? hedge : j, last: j + 1 };
    } else if (((token.lower === 'expected' || PASSIVE_REPORTS.has(token.lower)) && tokens[j + 1]?.lower === 'to' && !token.post) || (PASSIVE_VIEWS.has(token.lower) && !token.post && (!PERCEIVED_VIEWS.has(token.lower) || /^(as|by)$/.test(tokens[j + 1]?.lower ?? ''))) ||
      (PASSIVE_DECLARATIONS.has(token.lower) && /^(the|a)$/.test(tokens[j + 1]?.lower ?? '') && !token.post) ||
      // "Tom Hill is accused of fraud": a charge held against the subject, with no source (not a stranded "… he is accused of.";
      // "was charged with assault" was as often not annotated on PolNeAR train).
      (token.lower === 'accused' && tokens[j + 1]?.lower === 'of' && !token.post && !tokens[j + 1].post && j + 2 < sentence.last) || stance) {
      let auxiliary = j - 1;
      // "is best known for", "was originally expected to", "is increasingly seen as": an adverb between the auxiliary and the participle.
      // (Adverbs of manner, "officially declared", "somehow expected", were as often no hearsay on PolNeAR train.)
      while (auxiliary > sentence.first && /^(widely|not|also|still|now|generally|broadly|best|well|increasingly|originally|initially|once|perhaps|long|often|largely|necessarily)$/.test(tokens[auxiliary].lower)) auxiliary--;
      // "has been expected to", "had been seen as" were mostly not annotated on PolNeAR train; "has been criticized for" was.
      if (!(stance ? /^(is|are|was|were|be|been|being)$/ : /^(is|are|was|were|be)$/).test(tokens[auxiliary].lower)) return null;
      // "has been criticized", "had been praised": the perfect's auxiliary is part of the cue.
      if (tokens[auxiliary].lower === 'been' && auxiliary - 1 > sentence.first && /^(has|have|had)$/.test(tokens[auxiliary - 1].lower)) auxiliary--;
      cue = { first: auxiliary, last: j + 1 };
    } else if (token.lower === 'reportedly') {
      cue = { first: j, last: j + 1 };
    } else {
      return null;
    }
    let subjectEnd = cue.first;
    while (subjectEnd > sentence.first && hasAny(tokens[subjectEnd - 1], ['Auxiliary', 'Copula']) && !tokens[subjectEnd - 1].post) subjectEnd--;
    // "delegates who are expected to back Lee", "a man who seemed confused": "who" right before is the subject, what is said of it
    // ends with its clause ("that" and "which" there were as often not annotated on PolNeAR train, but for "a vote that is expected to fail").
    const relative = subjectEnd > sentence.first && (tokens[subjectEnd - 1].lower === 'who' || (tokens[subjectEnd - 1].lower === 'that' && token.lower === 'expected')) &&
      !this.used[subjectEnd - 1] && !this.quoted[subjectEnd - 1];
    const subject = relative ? { first: subjectEnd - 1, last: subjectEnd } : this.subjectBefore(subjectEnd, sentence);
    if (!subject || cue.last >= sentence.last) return null;
    // "Lee seemed to suggest that …", "his words appeared to contradict …": the subject said or showed it, the cue runs through the act.
    if (seemsToAct && !/^(it|there)$/.test(tokens[subject.first].lower)) {
      const act = j + 2;
      const actCue = { first: cue.first, last: /^(to|about|on)$/.test(tokens[act + 1].lower) && !tokens[act + 1].post ? act + 2 : act + 1 };
      const end = this.contentEnd(actCue.last, sentence);
      return end > tokens[actCue.last].start ? { direct: false, start: tokens[actCue.last].start, end, cue: actCue, source: subject, head: null } : null;
    }
    // "There appear to be …", "it seems to work": no subject of its own to attribute.
    // "It is expected to rise", "That was expected to pass" are about something named before: "expected to" keeps "it" and "that".
    const expectedIt = /^(it|that)$/.test(tokens[subject.first].lower) && tokens[cue.last - 1].lower === 'expected';
    // "It seems the plan failed", "it appears likely that …": what seems so is the clause after the cue.
    if (tokens[subject.first].lower === 'it' && subject.last === cue.first && seeming && !/^(to|like|as)$/.test(tokens[cue.last].lower)) {
      const end = this.contentEnd(cue.last, sentence);
      return end > tokens[cue.last].start ? { direct: false, start: tokens[cue.last].start, end, cue, source: null, head: null } : null;
    }
    if (/^(it|there|this|that)$/.test(tokens[subject.first].lower) && subject.last - subject.first === 1 && !expectedIt) return null;
    const start = tokens[subject.first].start;
    let end = this.throughOpenQuote(start, this.contentEnd(cue.last, sentence));
    // "… was criticized for the delay, even by allies": the writer's aside after a stance's reason is no part of it, as after what seems.
    if (seeming || stance) end = Math.min(end, this.seemingEnd(cue.last, end));
    // "Lee, who is seen as a moderate, hopes …": what is said of a relative pronoun ends with its clause, which has no other verb.
    const relativeEnd = this.relativeClauseEnd(cue.last, subject, sentence, false);
    if (relativeEnd >= 0) end = Math.min(end, relativeEnd);
    return end > tokens[cue.last - 1].end ? { direct: false, start, end, cue, source: this.viewHolder(j, sentence), head: null } : null;
  }

  /** "was seen by some as a setback": who holds a passive view, named after "by" and before "as"; none without both. */
  private viewHolder(j: number, sentence: Sentence): TokenRange | null {
    const { tokens } = this;
    if (!PASSIVE_VIEWS.has(tokens[j].lower) || tokens[j + 1]?.lower !== 'by') return null;
    for (let k = j + 2; k < Math.min(sentence.last, j + 2 + MAX_NP_TOKENS); k++) {
      if (tokens[k].lower === 'as') return k > j + 2 ? { first: j + 2, last: k } : null;
      if (tokens[k].post || this.quoted[k]) return null;
    }
    return null;
  }

  /** The subject of a linking verb ending at `subjectEnd`, not yet read as part of another attribution. */
  private subjectBefore(subjectEnd: number, sentence: Sentence): TokenRange | null {
    const { tokens } = this;
    const subject = this.sourceBefore(subjectEnd, sentence.first) ?? this.clauseSubject(subjectEnd, sentence);
    if (!subject || this.used[subject.first]) return null;
    // "The strategy of tying herself to Obama did not appear …", "People briefed on the talks were adamant …": a noun phrase after a
    // preposition is that preposition's object, the subject runs on before it.
    const beforeSubject = tokens[subject.first - 1];
    if (subject.first > sentence.first && !beforeSubject.post && (beforeSubject.tags.has('Preposition') || beforeSubject.lower === 'to') && !this.quoted[subject.first - 1]) {
      const whole = this.clauseSubject(subjectEnd, sentence, true);
      if (whole && whole.first < subject.first && !this.used[whole.first]) return whole;
    }
    return subject;
  }

  /**
   * "The crowd seemed relieved as the band played", "…, despite the rain": what seems so is the writer's judgement, and a clause
   * of time, cause or concession after it is the writer's setting, not part of what seems.
   */
  private seemingEnd(from: number, end: number): number {
    const { tokens } = this;
    for (let k = from + 1; k < tokens.length && tokens[k].start < end; k++) {
      if (this.quoted[k]) continue;
      const afterComma = /,$/.test(tokens[k - 1].post);
      // "… seemed to backfire: by refusing …", "seems heavily used - so much so that …": a colon or a dash between words opens the writer's own aside.
      if (/[:;]|\s[-—–]|[-—–]\s/.test(this.text.slice(tokens[k - 1].end, tokens[k].start))) return this.endThroughClosingMarks(k - 1);
      if (SEEMING_SETTINGS.has(tokens[k].lower) || (afterComma && (/^(but|despite|though|although|with|even|unlike|only)$/.test(tokens[k].lower) || tokens[k].tags.has('Gerund')))) {
        return this.endThroughClosingMarks(k - 1);
      }
    }
    return end;
  }

  /** "Asked about the vote, she said …", "When asked if he would run, …": what was asked, with no source of its own. */
  private askedAt(cue: TokenRange, sentence: Sentence): Attribution | null {
    const { tokens } = this;
    const j = cue.first;
    const opensClause = j === sentence.first || /,$/.test(tokens[j - 1].post) ||
      (/^(when|if|once|after|before|while)$/.test(tokens[j - 1].lower) && (j - 1 === sentence.first || /,$/.test(tokens[j - 2].post)));
    // "… said when asked about the vote.", "She was asked whether …": what was asked runs to the clause's end.
    const passive = !opensClause && j > sentence.first && !tokens[j - 1].post && /^(when|was|were|is|are|been|being)$/.test(tokens[j - 1].lower);
    if ((!opensClause && !passive) || cue.last >= sentence.last) return null;
    // "was asked by the host whether …": the asker is the source.
    let first = cue.last;
    let source: TokenRange | null = null;
    if (tokens[first].lower === 'by') {
      let end = first + 1;
      while (end < sentence.last && end - first <= MAX_NP_TOKENS && isNpToken(tokens[end]) && !QUESTION_LEADS.has(tokens[end].lower)) {
        end++;
        if (tokens[end - 1].post && !isAbbreviation(tokens[end - 1])) break;
      }
      if (end === first + 1 || end >= sentence.last) return null;
      source = { first: first + 1, last: end };
      first = end;
    }
    // "Asked at a briefing Monday about the plan, …": the occasion of the question is no part of it.
    if (this.opensOccasion(first, sentence)) {
      let lead = first + 1;
      while (lead < sentence.last && lead - first <= MAX_NP_TOKENS && !tokens[lead - 1].post && !QUESTION_LEADS.has(tokens[lead].lower)) lead++;
      if (lead < sentence.last && !tokens[lead - 1].post && QUESTION_LEADS.has(tokens[lead].lower)) first = lead;
    }
    let last = first;
    // "Asked whether Mr. Lee would run, …": an abbreviation's period does not end what was asked.
    while (last + 1 < sentence.last && (!tokens[last].post || (isAbbreviation(tokens[last]) && !this.quoted[last]))) last++;
    // "…,” she said, when asked whether …": after "when", what was asked may close the sentence too.
    const afterOpener = /^(when|if|once|after|before|while)$/.test(tokens[j - 1]?.lower ?? '');
    if ((!/,["”’']*$/.test(tokens[last].post) && !((passive || afterOpener) && last === sentence.last - 1)) || last === first - 1) return null;
    // "Asked about the plan after the debate, …": a thing asked about ends before the occasion.
    // The "about" may be the cue's own last word ("asked about", see phraseCueEnd) or open what was asked.
    const topic = tokens[first].lower === 'about' ? first + 1 : tokens[first - 1].lower === 'about' ? first : -1;
    if (topic >= 0) {
      for (let p = topic + 1; p <= last && !this.isVerbOfClause(tokens[p - 1]); p++) {
        if (this.opensOccasion(p, sentence)) {
          last = p - 1;
          break;
        }
      }
      // "… said when asked about Tom Hill.", "was asked about it": a bare name or pronoun asked about holds no question.
      const bare = tokens.slice(topic, last + 1);
      if (/^(it|him|her|them|this|that)$/.test(bare[0].lower) ? bare.length === 1 : bare.every((token) => hasAny(token, ['Person', 'ProperNoun']) && isCapitalised(token) && !token.tags.has('Possessive'))) return null;
    }
    return { direct: false, start: tokens[first].start, end: this.endThroughClosingMarks(last), cue, source, head: null };
  }

  /**
   * "seeking the nomination", "seeks a fifth term", "seeking comment", "claimed victory", "defending 24 of the Senate
   * seats", "signed the bill": an object from `things` after the cue is a run for an office, a reporter's request, a prize,
   * a holding or what was enacted.
   */
  private objectAmong(things: Set<string>, from: number, sentence: Sentence): boolean {
    const { tokens } = this;
    for (let k = from; k < Math.min(sentence.last, from + 6); k++) {
      const word = tokens[k].lower;
      if (things.has(word) || (things === SOUGHT_OFFICES && word === 'white' && tokens[k + 1]?.lower === 'house')) return true;
      if (tokens[k].post || this.quoted[k] || word === 'that' || !(word === 'of' || hasAny(tokens[k], ['Determiner', 'Adjective', 'Value', 'Possessive', 'ProperNoun']))) return false;
    }
    return false;
  }

  private reportedAt(j: number, sentence: Sentence): Attribution | null {
    const { tokens } = this;
    let cue = this.cueRange(j);
    if (tokens[j].lower === 'according') return this.accordingTo(j, sentence, cue);
    // Before the modifier test: "The plan, first reported by the Daily Planet, …" is read by reportedBy.
    if (tokens[j].lower === 'reported' && tokens[j + 1]?.lower === 'by') return this.asReportedBy(j, sentence) ?? this.reportedBy(j, sentence);
    if (this.modifiesNounAt(j, sentence)) return null;
    const verb = tokens[j].lower;
    if (SEEK_VERBS.has(verb) && this.objectAmong(SOUGHT_OFFICES, cue.last, sentence)) return null;
    if (CLAIM_VERBS.has(verb) && this.objectAmong(CLAIMED_PRIZES, cue.last, sentence)) return null;
    if (DEFEND_VERBS.has(verb) && this.objectAmong(DEFENDED_HOLDINGS, cue.last, sentence)) return null;
    // "I know him", "voters know it too": knowing a person or a thing already named is acquaintance, not a view.
    if (verb === 'know' && !tokens[j].post && this.knownObjectAt(j + 1, sentence)) return null;
    // "the reality TV show “The Apprentice”", "her show The Kelly File": after a kind of broadcast or a possessive, a show is a programme.
    if (SHOW_VERBS.has(tokens[j].lower) && j > sentence.first && (SHOW_KINDS.has(tokens[j - 1].lower) || /^(his|her|their|its|my|our|your)$/.test(tokens[j - 1].lower))) return null;
    // "The Ann Lee Show on WDTN", "the Dayton Daily show on Sirius": after a name, a show on a channel is a programme.
    if (SHOW_VERBS.has(tokens[j].lower) && j - 1 > sentence.first && isCapitalised(tokens[j - 1]) && !tokens[j - 1].post && tokens[j + 1]?.lower === 'on' && !tokens[j].post) return null;
    // "found himself in a bind": finding oneself somewhere is where one is, not a finding.
    // "found ways to press his agenda", "found a way to win": finding a way is doing, not a finding; "helped found" is founding.
    const finds = /^(find|finds|found|finding)$/.test(tokens[j].lower);
    if (finds && (REFLEXIVES.has(tokens[j + 1]?.lower ?? '') || (!tokens[j].post && this.findsWay(j + 1, sentence)))) return null;
    if (tokens[j].lower === 'found' && /^(help|helps|helped|helping)$/.test(tokens[j - 1]?.lower ?? '') && !tokens[j - 1].post) return null;
    const unmistakable = UNMISTAKABLE_CUES.has(tokens[j].lower) && !/ing$/.test(tokens[j].lower);
    const sourceBefore = this.sourceBefore(j, sentence.first) ?? (unmistakable ? this.interruptedSubject(j, sentence) : null);
    // "a deal Lee once backed.", "which Hill denies": a cue with no object of its own sits in a relative clause; what it is about is the noun or pronoun before its subject.
    const gapHead = sourceBefore ? this.gapHeadAt(sourceBefore, j, sentence) : null;
    if (gapHead) return gapHead;
    // "…, campaign finance records show.": a short run between the last comma and a cue closing the sentence is its source, whatever the tagger read in it.
    const closingRun = this.closingSourceRun(j, sentence);
    if (closingRun && (!sourceBefore || sourceBefore.first > closingRun.first)) return this.parenthetical(sentence, closingRun, cue);
    // "…, telling MSNBC his …": a participle after the comma is no inverted cue, even when the tagger misses it.
    // "Tom Hill Visits Dayton, Slams Bridge Plan": a headline's second verb after a comma shares the first one's subject;
    // only a verb of saying turns the headline round ("Bridge Must Close, Says Ann Lee").
    const sharedSubject = this.isArticleTitle(sentence.index) && !SAY_VERBS.has(tokens[j].lower);
    if (!sourceBefore && !sharedSubject && j > sentence.first && /,["”’']*$/.test(tokens[j - 1].post) && !tokens[j].tags.has('Gerund') && !/ing$/.test(tokens[j].lower)) {
      const after = this.sourceAfter(j, sentence);
      const start = Math.max(sentence.start, tokens[sentence.first].start - tokens[sentence.first].pre.length);
      const goesOn = after ? this.verbAfterSource(after, j, sentence) : -1;
      if (after && goesOn > 0) {
        return { direct: false, start, end: this.contentEnd(goesOn, sentence), cue, source: { first: after.first, last: goesOn }, head: null };
      }
      if (after && (isCapitalised(tokens[after.first]) || this.closingCommonSource(j, after, sentence)) && tokens[j - 1].end - start > 12) {
        // "The real worry, said Tom Hill, was the cost": a subject with no verb of its own before the cue goes on after the source.
        const continues = after.last < sentence.last && /,$/.test(tokens[after.last - 1].post) && !tokens.slice(sentence.first, j).some((token) => this.isVerbOfClause(token));
        if (continues) return { direct: false, start, end: this.contentEnd(after.last, sentence), cue, source: after, head: null };
        return { direct: false, start, end: tokens[j - 1].end, cue, source: after, head: null };
      }
    }
    // "…, but he talked of policy, saying …", "Ann Lee, the chief, spoke at a meeting on Monday with parents, saying …": a participle after a
    // comma goes on with the clause before it, not with a noun phrase whose appositive reading ran over that clause or stopped short of the comma.
    const participleAfterClause = sourceBefore !== null && /ing$/.test(tokens[j].lower) && /,$/.test(tokens[j - 1].post) &&
      (sourceBefore.last < j || tokens.slice(sourceBefore.first, j - 1).some((token) => /,$/.test(token.post)));
    let source = participleAfterClause ? null : sourceBefore;
    if (source) cue = { first: Math.min(cue.first, this.carrierStart(j, source.last)), last: cue.last };
    const beforeSource = source && source.first > sentence.first ? tokens[source.first - 1] : null;
    // "penned an article for the Reporter accusing …": the noun before a participle is an object, not its subject.
    // "with 50 percent saying …" is the exception: there the noun is the participle's subject.
    // "wrote a letter to Ann Lee asking …": the tagger reads that "to" as a conjunction, but before a noun phrase it is the preposition.
    // "the largesse of donors supporting her", "met by a chorus of voters urging him": after another preposition, the noun is the participle's
    // subject (not a pronoun, a possessive or an outlet: "an article for the Daily Planet accusing …" is the writer's).
    const participleSubject = source !== null && beforeSource !== null && /ing$/.test(tokens[j].lower) && source.last === j && this.ofParticipleSubject(beforeSource) &&
      !hasAny(tokens[source.last - 1], ['Pronoun', 'Possessive']) && !/['’]s?$/.test(tokens[source.last - 1].text) && !this.outletAt(source.first);
    // "gave to a group backing Lee": a participle of stance right after its noun has that noun as its subject.
    const stanceModifier = STANCE_PARTICIPLES.has(tokens[j].lower) && source !== null && source.last === j;
    // "the emails included staff members suggesting …", "the report cheered Democrats hoping …": after a verb, the noun right before the
    // participle is its subject, unless the verb put out that noun or it is a message, an occasion or a time ("released a statement saying …",
    // "ran an ad calling …", "spent the day attacking …"): then the verb's subject speaks. "It is worth noting": what is worth doing has no speaker.
    const objectSubject = source !== null && beforeSource !== null && /ing$/.test(tokens[j].lower) && source.last === j && beforeSource.tags.has('Verb') &&
      !ISSUING_VERBS.has(beforeSource.lower) && !this.messageOrOccasion(tokens[j - 1]) && tokens[j - 1].lower !== 'worth';
    if (source && beforeSource && !participleSubject && !stanceModifier && !objectSubject && /ing$/.test(tokens[j].lower) && beforeSource.lower !== 'with' && (beforeSource.tags.has('Preposition') || beforeSource.tags.has('Verb') || beforeSource.lower === 'to')) {
      source = null;
    }
    // "A person familiar with the plans says", "a source speaking to Fox News said": the noun phrase before the cue is only the object of a post-modifier
    // (the tagger reads that "to" as a conjunction; "Exit polls taken in Ohio found": and that "in" as a particle of the participle).
    // "People who have battled the threats say", "those who back her rivals say": or the object of a relative clause's verb
    // (curated cues only). "Let me say", "does anyone think": a pronoun after a verb is that verb's subject or object.
    const curatedCue = CUE_ACT.has(tokens[j].lower);
    const pronoun = source !== null && source.last - source.first === 1 && tokens[source.first].tags.has('Pronoun');
    const inModifier = (index: number, token = tokens[index]) =>
      !token.post && (token.tags.has('Preposition') || token.lower === 'to' || this.particleAfterParticiple(index) || (curatedCue && token.tags.has('Verb') && !pronoun && !hasAny(token, ['Auxiliary', 'Copula', 'Modal'])));
    // "Police receive calls saying …": nor when the noun right after a verb is the participle's own subject (objectSubject).
    if (source && source.first > sentence.first && !participleSubject && !stanceModifier && !objectSubject && inModifier(source.first - 1)) {
      const whole = this.clauseSubject(j, sentence, true);
      if (whole && whole.first < source.first) source = whole;
    }
    // "Voters who have backed Ann Lee warned", "those who chose the plan were supporters of": the noun phrase before
    // the cue is the object of a restrictive relative clause; the subject is the noun that clause describes, with the clause.
    if (source && !participleSubject && !stanceModifier && !/ing$/.test(tokens[j].lower)) source = this.relativeHost(source, sentence) ?? source;
    // The whole run before the cue as its subject, for mined cues too ("A poll … released Wednesday found").
    source = source ?? this.sentenceSubject(j, sentence) ?? this.clauseSubject(j, sentence);
    // "Ann Lee, the party leader, voiced support for it, saying …": a source running over another cue is that cue's clause, whose source says this too.
    const spanned = source && this.attributions.find((other) => other.cue && other.source && other.cue.first > source!.first && other.cue.first < source!.last &&
      /,$/.test(tokens[other.cue.first - 1].post));
    if (spanned) source = spanned.source;
    if (!source) return ASKED_CUES.has(tokens[j].lower) ? this.askedAt(cue, sentence) : this.openingParticiple(cue, sentence) ?? this.asideParticiple(cue, sentence);
    // "There have been telling signs", "it's worth noting": an empty subject says nothing.
    if (/^(there|there['’]s|it['’]s)$/i.test(this.text.slice(tokens[source.first].start, tokens[source.last - 1].end).trim())) return null;
    // "If you want to understand the debate, …", "When you think of your regrets": a generic "you" in a condition says nothing.
    if (source.last - source.first === 1 && tokens[source.first].lower === 'you' && /^(if|when|whenever|unless)$/.test(tokens[source.first - 1]?.lower ?? '') && !tokens[source.first - 1].post) return null;
    // "Hill writes:" closing its paragraph, the next one unquoted: that paragraph is what was written.
    const block = this.paragraphAfterColon(cue, sentence);
    if (block) return { direct: false, ...block, cue, source, head: null };
    const sourceStartsAfterComma = source.first > sentence.first && /,$/.test(tokens[source.first - 1].post);
    // "…, he told the court in a filing.": a hearer after the cue still leaves the clause before as the content.
    const clauseEnd = TELL_VERBS.has(tokens[j].lower) && !/[,.;!?]$/.test(tokens[cue.last - 1].post) ? this.objectEnd(cue.last, sentence) : cue.last;
    // "…, Hill said as he left the hall": a clause of time or cause after the cue says when, the content is before.
    const settingAfter = clauseEnd < sentence.last && SOURCE_ENDING_OPENERS.has(tokens[clauseEnd].lower) && !this.quoted[clauseEnd] &&
      (SAY_VERBS.has(tokens[j].lower) || TELL_VERBS.has(tokens[j].lower)) && !RELATIVE_PRONOUNS.has(tokens[source.first].lower);
    const cueEndsClause = clauseEnd >= sentence.last || /[,.;!?]$/.test(tokens[clauseEnd - 1].post) || this.onlyAdjunctToEnd(clauseEnd, sentence) || settingAfter;
    // "…, ministry spokesman Tom Hill Jones said.": a longer source still ends the clause when it ends with a name.
    // "…, Tom Hill, the undersecretary for management, wrote in a memo.": or when a name opens it before an appositive.
    const nameAt = (k: number) => hasAny(tokens[k], ['Person', 'ProperNoun']) && isCapitalised(tokens[k]);
    const comma = tokens.slice(source.first, source.last - 1).findIndex((token) => token.post === ',');
    const named = (source.last - source.first <= MAX_NP_TOKENS && nameAt(source.last - 1)) ||
      (comma > 0 && comma < MAX_NP_TOKENS && nameAt(source.first + comma) && source.last - source.first <= MAX_APPOSITION_TOKENS);
    // "…, Hill told CNN, his policy …": what follows the hearer goes on with the content.
    if (sourceStartsAfterComma && cueEndsClause && (source.last - source.first <= 6 || named)) return this.parenthetical(sentence, source, cue, clauseEnd);
    let k = cue.last;
    if (this.namesAfterIndefinite(source, cue, sentence)) return null;
    // "a slide show that predicted a win", "his writing that included a profile": a one-word cue read as a noun, with a relative "that"
    // and a past verb after it, names a thing; it reports nothing ("brags that's good", "a warning that could help": an auxiliary may
    // open the content).
    const nounReading = tokens[cue.first].tags.has('Noun') || hasAny(tokens[cue.first - 1] ?? tokens[cue.first], ['Possessive', 'Determiner']);
    if (cue.last - cue.first === 1 && tokens[k]?.lower === 'that' && nounReading && this.relativeVerbAt(k + 1) &&
      !hasAny(tokens[k + 1], ['Auxiliary', 'Modal', 'Copula'])) return null;
    // "a video posted by CBN", "an allegation rejected by …": a participle with its agent after "by" is passive, no one's words.
    const agent = tokens[k]?.lower === 'by' && k + 1 < sentence.last && !/ing$/.test(tokens[k + 1].lower);
    if (agent && /ed$/.test(tokens[j].lower) && !tokens[k - 1].post) return null;
    if (TELL_VERBS.has(tokens[j].lower)) {
      const objectEnd = this.objectEnd(k, sentence);
      // "warned they could sell", "assured the plan would pass": a verb after the would-be hearer makes it the content's subject.
      const lead = tokens[objectEnd];
      const subject = objectEnd < sentence.last && lead.tags.has('Verb') && !hasAny(lead, ['Gerund', 'Infinitive']) && !PARTICLES.has(lead.lower);
      if (!subject) k = objectEnd;
      // "told reporters and supporters on Saturday that …", "told the Post and Courier that …": hearers joined by "and", with "that" after them.
      const joinedHearer = !subject && objectEnd > cue.last && tokens[objectEnd]?.lower === 'and' && !this.quoted[objectEnd] ? this.objectEnd(objectEnd + 1, sentence) : -1;
      if (joinedHearer > objectEnd + 1 && this.findThat(joinedHearer, sentence) >= 0) k = joinedHearer;
    }
    const that = this.findThat(k, sentence);
    // "vowed on Tuesday to run", "promised last week to veto it": a time between the cue and its infinitive says when, not what.
    const infinitive = that < 0 ? this.infinitiveAfterTime(k, sentence) : -1;
    if (that >= 0) k = that;
    else if (infinitive > k) k = infinitive;
    // "vowed to fight …", "responded to the remarks, …", "called for a ban, …", "argued in favor of …": after the cue, "to",
    // "for" and "in" open an infinitive or what was said more often than an adjunct on PolNeAR train.
    // "agreed with much of the plan, but …": after a verb not of speech, a preposition the cue takes opens its object, no adjunct
    // ("claimed at one point, …" is one).
    else if (k < sentence.last && CONTENT_LEADS.has(tokens[k].lower) && !/^(to|for|in)$/.test(tokens[k].lower) &&
      !(k === cue.last && !SAY_VERBS.has(tokens[j].lower) && !TELL_VERBS.has(tokens[j].lower) && this.cuePrepositionAt(k, sentence) && !tokens[k + 1].tags.has('Value'))) {
      let comma = k;
      // "vowed to fight it “now, later, always”": a comma inside a quote ends no adjunct.
      const opensQuote = (index: number) => /["“‘]/.test(tokens[index].pre);
      while (comma < sentence.last && comma - k < 8 && !tokens[comma].post && !opensQuote(comma)) comma++;
      if (comma < sentence.last && comma - k < 8 && tokens[comma].post === ',' && !opensQuote(comma)) k = comma + 1;
      // "…, when the two men talked at the ball, Tom Hill said.": past the adjunct, a source and its cue closing the sentence report the
      // clause before; this cue reports nothing.
      const rest = tokens.slice(k, sentence.last);
      if (k > cue.last && rest.length <= 6 && rest.some((token) => UNMISTAKABLE_CUES.has(token.lower))) return null;
    }
    // "offered an emotional defense of the city", "voiced support for Lee": a noun of stance or speech after the cue, with its preposition,
    // is part of the cue; what it is about is the content.
    const stanceNoun = k === cue.last && EXPRESSING_VERBS.has(tokens[cue.last - 1].lower) ? this.stanceNounEnd(k, sentence) : -1;
    if (stanceNoun > k && this.cuePrepositionAt(stanceNoun, sentence)) k = stanceNoun;
    // "expressed confidence that …": the noun ends the cue too, the clause it takes is the content (9 of 10 on PolNeAR train).
    else if (stanceNoun > k && tokens[stanceNoun]?.lower === 'that' && !this.quoted[stanceNoun]) {
      k = stanceNoun;
      cue = { first: cue.first, last: k };
    }
    // "talked about the economy", "called for a ban": PolNeAR puts the preposition in the cue, the content after it.
    // An apology keeps "for …" in its content: what it is for is what was said (the unit tests hold this).
    // "bragged prematurely about his win", "sided overwhelmingly with Lee": an adverb in "-ly" between the verb and its preposition goes with them.
    const adverbFirst = k === cue.last && k + 1 < sentence.last && !SAY_VERBS.has(tokens[j].lower) && !TELL_VERBS.has(tokens[j].lower) &&
      tokens[k].tags.has('Adverb') && /ly$/.test(tokens[k].lower) && !tokens[k].post && !this.quoted[k] && this.cuePrepositionAt(k + 1, sentence);
    // "has said little about the plan", "worries so much about it": how much is said about a thing goes in the cue too (not "doesn't tell much about").
    const amount = k === cue.last && /^(almost|very|so|too)$/.test(tokens[k]?.lower ?? '') && !tokens[k].post ? k + 1 : k;
    const amountFirst = k === cue.last && amount + 1 < sentence.last && !TELL_VERBS.has(tokens[j].lower) && /^(little|nothing|much|more)$/.test(tokens[amount].lower) &&
      !tokens[amount].post && !this.quoted[amount] && tokens[amount + 1].lower === 'about' && this.cuePrepositionAt(amount + 1, sentence);
    if (adverbFirst) k++;
    if (amountFirst) k = amount + 1;
    if ((k === cue.last || k === stanceNoun || adverbFirst || amountFirst) && CUE_ACT.get(tokens[j].lower) !== 'APOLOGIZED' && this.cuePrepositionAt(k, sentence)) {
      // "the man accused of …", "a group charged with …": a participle with no object before its preposition is passive;
      // "adding to her lead" adds no words.
      const preposition = tokens[k].lower;
      const passive = CUE_ACT.get(tokens[j].lower) === 'ACCUSED' && (preposition === 'of' || preposition === 'with');
      // "a gym named for Ali": naming after someone reports nothing.
      const namesAfter = tokens[j].lower === 'named' && /^(for|after)$/.test(preposition);
      // "what voters think of Lee", "What do you think of the plan?": the view itself is asked after or left unsaid, none is given.
      const asked = (index: number) => index >= sentence.first && tokens[index].lower === 'what';
      const viewAsked = /^(think|thinks|thought)$/.test(tokens[j].lower) && preposition === 'of' &&
        (asked(source.first - 1) || (/^(do|does|did)$/.test(tokens[source.first - 1]?.lower ?? '') && asked(source.first - 2)));
      // "thought for a moment and said …": a pause, no view.
      const pause = /^(think|thinks|thought)$/.test(tokens[j].lower) && preposition === 'for' && /^(a|an)$/.test(tokens[k + 1]?.lower ?? '') &&
        /^(moment|second|minute|while)$/.test(tokens[k + 2]?.lower ?? '');
      if (passive || namesAfter || viewAsked || pause || (/^add/.test(tokens[j].lower) && preposition === 'to')) return null;
      cue = { first: cue.first, last: ++k };
    }
    // "has backing from 33 percent, according to a poll": "according to" opens an attribution of its own, never a content.
    if (k >= sentence.last || tokens[k].lower === 'according') return null;
    // "a group backing Lee raised …": what a participle of stance after its noun takes is its object alone.
    if (k === cue.last && STANCE_PARTICIPLES.has(tokens[j].lower) && source.last === cue.first && !tokens[source.last - 1].tags.has('Pronoun')) {
      const end = this.stanceObjectEnd(k, sentence);
      return end > k ? { direct: false, start: tokens[k].start, end: this.endThroughClosingMarks(end - 1), cue, source, head: null } : null;
    }
    // "Critics call it a tax, and …": the label given ends the content.
    if (k === cue.last && this.callsNamingAt(j)) {
      const named = this.contentFrom(k, cue, source, sentence);
      const end = this.labelEnd(k, sentence);
      return named && end < sentence.last ? { ...named, end: Math.min(named.end, this.endThroughClosingMarks(end - 1)) } : named;
    }
    // "Hill called Lee “a liar,” the mayor said": a quoted label after the object, then a new clause, ends the content.
    if (k === cue.last && CALLING_VERBS.has(tokens[cue.last - 1].lower)) {
      const label = this.quotedLabelAfter(k, sentence);
      const named = label && this.contentFrom(k, cue, source, sentence);
      if (label && named) return { ...named, end: Math.min(named.end, this.throughClosingQuote(label.last - 1)) };
    }
    if (k === cue.last && cue.last === j + 1 && this.onlyTheAct(j, k, sentence, source)) return null;
    // "everything Trump says is true": a verb right after the cue means the cue sat in a relative clause.
    const lead = tokens[k];
    if (lead.tags.has('Verb') && !lead.tags.has('Gerund') && !lead.tags.has('Infinitive') && !PARTICLES.has(lead.lower) && !this.isPluralNounAt(k, sentence) &&
      !((SAY_VERBS.has(tokens[j].lower) || UNMISTAKABLE_CUES.has(tokens[j].lower)) && this.pluralSubjectAt(k, sentence))) {
      // "a surge, which Democrats say could aid Sanders": the source and cue sit inside the reported clause after its relative pronoun.
      return k === cue.last && this.reportedRelative(source, cue, sentence) ? this.contentFrom(k, cue, source, sentence) : null;
    }
    // "The protester yelled and held up a banner": a conjunction right after the cue leaves it without content.
    // "Hewitt agreed, but suggested …": nor does one after the cue's comma, which opens the next clause.
    if (k === cue.last && /^(and|or|but)$/.test(lead.lower) && (!tokens[k - 1].post || tokens[k - 1].post === ',')) return null;
    // "A woman identified as Eva Roe", "she was described as …": a participle then "as" names or labels, it reports nothing;
    // "the gun, which he described as “a relic”": after its subject in a relative clause, the verb labels its object, what follows "as".
    if (k === cue.last && lead.lower === 'as' && /ed$/.test(tokens[j].lower) && !tokens[k - 1].post && !this.reportedRelative(source, cue, sentence)) return null;
    return this.contentFrom(k, cue, source, sentence);
  }

  /**
   * "the plan his aides drafted.", "a fact he mentions in speeches", "the rules she rails against", "which Hill denies": a cue with no object of its
   * own (the clause ends, or a time or place follows), its subject right after a common noun or a relative pronoun with no comma between, reports
   * on that noun phrase or pronoun, the object its relative clause leaves out; else null.
   */
  private gapHeadAt(source: TokenRange, j: number, sentence: Sentence): Attribution | null {
    const { tokens } = this;
    const head = source.first - 1;
    // A headline's capitals leave its tags unreliable.
    if (sentence.titleCase || head < sentence.first || tokens[head].post || this.quoted[head] || this.quoted[j]) return null;
    // "a deal she once supported", "a mayor who voters have long opposed": only adverbs and helpers between the subject and the cue.
    if (tokens.slice(source.last, j).some((token) => token.post !== '' || !(hasAny(token, ['Adverb', 'Auxiliary', 'Modal', 'Negative']) || AUXILIARIES.has(token.lower)))) return null;
    let cue = this.cueRange(j);
    let k = cue.last;
    // "the establishment he rails against.": a stranded preposition belongs to the cue.
    if (k < sentence.last && CUE_PREPOSITIONS.has(tokens[k].lower) && !this.quoted[k] && (k + 1 >= sentence.last || /[,.;:!?]/.test(tokens[k].post))) cue = { first: cue.first, last: ++k };
    const noObject = k >= sentence.last || /[,.;:!?)]/.test(tokens[k - 1].post) || (/^(in|on|at|during|while|when|last|since|before|after)$/.test(tokens[k].lower) && !this.quoted[k]);
    if (!noObject) return null;
    let first = head;
    // "a talk during which he apologized": after a preposition of time or place the pronoun says when or where, not what.
    const preposition = tokens[head - 1];
    if (head > sentence.first && !preposition.post && preposition.tags.has('Preposition') && !CUE_PREPOSITIONS.has(preposition.lower)) return null;
    if (!/^(which|what|whom|who)$/.test(tokens[head].lower)) {
      const noun = tokens[head];
      if (isCapitalised(noun) || !noun.tags.has('Noun') || hasAny(noun, ['ProperNoun', 'Pronoun', 'Possessive', 'Value', 'Date', 'Verb', 'Adjective', 'Actor'])) return null;
      if (!hasAny(tokens[source.first], ['Determiner', 'Pronoun', 'ProperNoun', 'Person']) && !isCapitalised(tokens[source.first])) return null;
      while (first > sentence.first && head - first < 6 && (!tokens[first - 1].post || joinsByHyphen(tokens, first - 1)) && !this.quoted[first - 1] && isNpToken(tokens[first - 1]) && tokens[first - 1].lower !== 'of' &&
        !hasAny(tokens[first - 1], ['Preposition', 'Verb']) && !SUBJECT_BOUNDARIES.has(tokens[first - 1].lower)) first--;
      // "At the rally Lee said": a phrase fronted before the subject with no comma is the setting, not an object.
      const before = first - 1;
      if (before >= sentence.first && tokens[before].tags.has('Preposition') && (before === sentence.first || tokens[before - 1].post !== '' || /^(and|but|so)$/.test(tokens[before - 1].lower))) return null;
      // "bought companies he criticized": a bare noun is too often a thing merely done, not one spoken of; "a deal", "everything" are.
      if (!hasAny(tokens[first], ['Determiner']) && !/thing$/.test(noun.lower)) return null;
      if (first === sentence.first || (before >= sentence.first && tokens[before].post === '' && /^(and|but|so|or)$/.test(tokens[before].lower))) return null;
    }
    return { direct: false, start: tokens[first].start, end: tokens[head].end, cue, source, head: null };
  }

  /**
   * "Hill writes:\n\nThe plan is dead. …": a cue ending its sentence and paragraph with a colon introduces the whole next paragraph
   * (its lines joined by single line breaks), when no quote mark opens it (quotes are attributed on their own); else null.
   */
  private paragraphAfterColon(cue: TokenRange, sentence: Sentence): { start: number; end: number } | null {
    const { tokens, text } = this;
    const next = tokens[cue.last];
    if (cue.last !== sentence.last || !next || !/^:$/.test(tokens[cue.last - 1].post) || this.quoted[cue.last] || /["“‘']/.test(next.pre)) return null;
    // An embedded post ("<tweet …>") is markup, not a paragraph of prose.
    const gap = text.slice(tokens[cue.last - 1].end, next.start);
    if (!gap.includes('\n') || gap.includes('<')) return null;
    const close = text.indexOf('\n\n', next.start);
    const after = close < 0 ? -1 : firstTokenEndingAfter(tokens, close);
    const end = this.endThroughClosingMarks((after < 0 ? tokens.length : after) - 1);
    return end > next.start ? { start: next.start, end } : null;
  }

  /** A message, an occasion or a stretch of time, which carries someone's words or holds the doing: never a participle's own speaker. */
  private messageOrOccasion(head: Token): boolean {
    return MESSAGE_NOUNS.has(head.lower) || REPORT_NOUNS.has(head.lower) || CLAIM_NOUNS.has(head.lower) || OCCASION_NOUNS.has(head.lower) || TIME_WORDS.has(head.lower);
  }

  /** "taken in", "conducted at": a particle right after a past participle is a preposition opening the participle's phrase. */
  private particleAfterParticiple(index: number): boolean {
    const previous = this.tokens[index - 1];
    return this.tokens[index].tags.has('Particle') && previous !== undefined && !previous.post && previous.tags.has('Participle');
  }

  /**
   * "issued a statement Thursday", "called into the show", "called Lee to congratulate her", "voted in the primary": the act itself is reported, no words
   * (a statement goes on to what it says: "issued a statement saying …").
   */
  private onlyTheAct(j: number, k: number, sentence: Sentence, source: TokenRange): boolean {
    const { tokens } = this;
    const verb = tokens[j].lower;
    if (k >= sentence.last || tokens[j].post) return false;
    // "found sanctuary in Russia", "found a receptive audience for …", "found the posts", "found them during a search": someone
    // (not a poll or a study) coming upon a thing, where or when they did.
    if (/^(find|finds|found)$/.test(verb)) {
      const finding = tokens.slice(source.first, source.last).some((token) => POLL_NOUNS.has(token.lower) || FINDING_NOUNS.has(token.lower) || /^(paper|inquiry|investigation)$/.test(token.lower));
      if (finding || this.quoted[k] || /["“‘]/.test(tokens[k].pre) || !hasAny(tokens[k], ['Determiner', 'Possessive', 'Noun', 'Pronoun'])) return false;
      const end = this.objectEnd(k, sentence);
      // "found it difficult": a quality after the object is a judgement.
      if (end === k || end > sentence.last || !tokens[end - 1].tags.has('Noun') || tokens[end - 1].tags.has('Adjective') || isAbbreviation(tokens[end - 1])) return false;
      return end === sentence.last || /[,.;]$/.test(tokens[end - 1].post) || /^(in|on|for|during|at|after|before|while|when|somewhere)$/.test(tokens[end].lower);
    }
    if (CALLING_VERBS.has(verb)) {
      if (tokens[k].lower === 'into') return true;
      const end = this.objectEnd(k, sentence);
      const to = tokens[end];
      const named = tokens.slice(k, end).every((token) => hasAny(token, ['Person', 'ProperNoun', 'Pronoun']) && !token.tags.has('Possessive') && !/['’]s?$/.test(token.text));
      if (end > k && end + 1 < sentence.last && to.lower === 'to' && !tokens[end - 1].post && !to.post && named && tokens[end + 1].tags.has('Verb') && !this.quoted[k]) return true;
      // "Lee called three donors.", "Hill called Ann Lee, his rival, on Sunday": someone called, with no label given and nothing
      // quoted in the rest of the sentence, was called on the phone.
      const unquoted = tokens.slice(k, sentence.last).every((token, index) => !this.quoted[k + index] && !/["“‘']/.test(token.pre + token.post));
      // "called Lee a fascist", "what officials called a hate crime": an indefinite noun phrase is the label given.
      // "what Hill called the old model", "whom he called heroes": after an object relative, what follows is the name given.
      const label = tokens.slice(k, end).some((token) => /^(a|an)$/.test(token.lower)) || (source.first > sentence.first && OBJECT_RELATIVES.has(tokens[source.first - 1].lower));
      const dated = (index: number) => tokens[index].tags.has('Date') || (/^(on|last|this)$/.test(tokens[index].lower) && index + 1 < sentence.last && tokens[index + 1].tags.has('Date'));
      const person = hasAny(tokens[end - 1], ['Person', 'Noun']) && !hasAny(tokens[end - 1], ['Adjective', 'Pronoun']) && !/['’]s?$/.test(tokens[k].text);
      return end > k && person && unquoted && !label && (end >= sentence.last || /^[,.;!?]/.test(tokens[end - 1].post) || dated(end));
    }
    // "maintained his lead", "maintained an energetic pace": keeping a thing, not maintaining a claim (that opens a clause).
    if (/^(maintain|maintains|maintained|maintaining)$/.test(verb)) {
      if (this.quoted[k] || /["“‘]/.test(tokens[k].pre) || !hasAny(tokens[k], ['Determiner', 'Possessive', 'Adjective', 'Noun']) || (tokens[k].tags.has('Pronoun') && !tokens[k].tags.has('Possessive'))) return false;
      if (/^(that|this|these|those)$/.test(tokens[k].lower)) return false;
      const end = this.objectEnd(k, sentence);
      return end > k && (end >= sentence.last || !this.isVerbOfClause(tokens[end]));
    }
    // "saw Tom Hill talking on the news", "saw fit to …": seeing someone at a thing is witnessing it, no view held (a view takes "as":
    // "sees Lee as a threat"). Not a bare verb ("saw Lee speak at a rally"): PolNeAR marks some of those.
    if (/^(see|sees|saw|seeing|seen)$/.test(verb)) {
      if (tokens[k].lower === 'fit') return true;
      const end = this.objectEnd(k, sentence);
      const doing = tokens[end];
      if (end === k || end >= sentence.last || tokens[end - 1].post || this.quoted[k] || /["“‘]/.test(tokens[k].pre)) return false;
      return doing.tags.has('Gerund') && !this.isPluralNounAt(end, sentence);
    }
    // "offered $30 billion over 10 years", "charged a $100,000 initiation fee": a sum offered or charged is a deal, no words.
    if (/^(charge|charges|charged|charging)$/.test(verb)) return this.objectHolds(k, sentence, /^(\$\d.*|dollars|fee|fees)$/);
    // "offered an olive branch", "offers a unique opportunity", "offered a window into …": a thing or a chance given; what is offered in
    // words is a view, a response or a defense.
    if (/^(offer|offers|offered|offering)$/.test(verb)) {
      return this.objectHolds(k, sentence, /^(\$\d.*|dollars|opportunity|opportunities|branch|window|platform|benefits|amenities|protections|contrast|ammunition|preview)$/);
    }
    // "a gunman claiming allegiance to ISIS", "claiming 41 percent of the vote": a tie or a share taken, no claim made.
    if (/^(claim|claims|claimed|claiming)$/.test(verb)) return this.objectHolds(k, sentence, /^(allegiance|percent)$/);
    // "puts the plan to the test", "puts the accords into question", "puts him within $4 million of Lee", "put aside the letters": placing a thing, no words.
    if (/^(put|puts|putting)$/.test(verb)) {
      if (tokens[k].lower === 'aside') return true;
      const end = this.objectEnd(k, sentence);
      const place = tokens.slice(end, end + 3).map((token) => token.lower).join(' ');
      return end > k && end < sentence.last && !tokens[end - 1].post && /^(to the test|into question|within)/.test(place);
    }
    // "celebrated his 70th birthday", "celebrated the boxer's legacy": marking an occasion, no words (unlike "celebrated the ruling").
    if (/^(celebrate|celebrates|celebrated|celebrating)$/.test(verb)) return this.objectHolds(k, sentence, /^(birthday|anniversary|legacy|milestone)$/);
    // "laid eyes on Lee", "laying groundwork in Ohio", "lay low", "hits home": idioms of a plain act ("laid out a plan" is a cue with its particle).
    if (/^(lay|lays|laid|laying)$/.test(verb)) return /^(eyes|low|groundwork)$/.test(tokens[k].lower) || (tokens[k].lower === 'the' && /^(groundwork|ground)$/.test(tokens[k + 1]?.lower ?? ''));
    if (/^(hit|hits)$/.test(verb)) return tokens[k].lower === 'home';
    // "continued to grow", "continued campaigning in Ohio", "continued unabated.": going on with a deed or a state, no words
    // ("continued to insist …", "continued saying …", "continued to attack Lee" go on with words).
    if (/^(continue|continues|continued)$/.test(verb)) {
      const next = tokens[k];
      const wordy = (lower: string) => CUE_WORDS.has(lower) || participleOf(lower, CUE_WORDS) !== undefined || ['s', 'es', 'ed', 'd'].some((ending) => CUE_WORDS.has(lower + ending));
      if (this.quoted[k] || /["“‘]/.test(next.pre)) return false;
      if (next.lower === 'to' && !next.post) return k + 1 < sentence.last && tokens[k + 1].tags.has('Verb') && !wordy(tokens[k + 1].lower);
      if (/ing$/.test(next.lower)) return !wordy(next.lower);
      return k + 1 === sentence.last && hasAny(next, ['Adverb', 'Adjective']);
    }
    // "The remark worried some analysts.", "What worries the party is …": the worried are the object; no one voices a worry
    // ("Lee worries the party would lose" goes on to a clause).
    if (/^(worry|worries|worried)$/.test(verb)) {
      if (!hasAny(tokens[k], ['Determiner', 'Possessive']) || this.quoted[k]) return false;
      const end = this.objectEnd(k, sentence);
      return end > k && (end >= sentence.last || /^[,;]/.test(tokens[end - 1].post) || tokens[end].lower === 'and' || tokens[source.first].lower === 'what');
    }
    // "thought twice about it": an idiom of care, no view.
    if (/^(think|thinks|thought)$/.test(verb) && tokens[k].lower === 'twice') return true;
    // "Lee reminds me of my uncle": a likeness, no words.
    if (/^(remind|reminds|reminded)$/.test(verb)) return /^(me|us)$/.test(tokens[k].lower) && !tokens[k].post && tokens[k + 1]?.lower === 'of';
    // "they know better.", "you know well,": knowing better holds no fact.
    if (/^(know|knows|knew)$/.test(verb)) return /^(better|well)$/.test(tokens[k].lower) && (k + 1 >= sentence.last || /^[,.;]/.test(tokens[k].post));
    // "voted in the primary", "has voted Democratic for decades": where, when or how one voted, not for what.
    if (/^(vote|votes|voted)$/.test(verb)) {
      const next = tokens[k];
      return (/^(in|on)$/.test(next.lower) && tokens[k + 1]?.lower !== 'favor') || /^(Democratic|Republican)$/.test(next.text);
    }
    // "revenue declined 40 percent", "declined to $281 million from …", "declined significantly": a figure falling, not a refusal.
    if (/^(decline|declines|declined)$/.test(verb)) {
      return isFigure(tokens[k]) || /^(by|from|even|further|significantly|sharply|slightly|steadily|steeply)$/.test(tokens[k].lower) || (tokens[k].lower === 'to' && isFigure(tokens[k + 1]));
    }
    // "reported a profit of $1.78 a share", "reported $2 billion in gaming revenue", "posted a big victory": a result booked, no words.
    if (/^(report|reports|reported|post|posts|posted)$/.test(verb)) return this.objectHolds(k, sentence, /^(profit|profits|loss|losses|revenue|revenues|earnings|gains|declines|victory|win)$/);
    // "added 292,000 jobs", "adds another hurdle to the race": a figure, or a thing put onto something, is added in deed; words added
    // are a clause or a quote.
    if (/^(add|adds|added|adding)$/.test(verb)) {
      if (this.quoted[k] || /["“‘]/.test(tokens[k].pre)) return false;
      if (isFigure(tokens[k]) || (APPROXIMATORS.has(tokens[k].lower) && !tokens[k].post && isFigure(tokens[k + 1]))) return true;
      const end = this.objectEnd(k, sentence);
      return end > k && end < sentence.last && hasAny(tokens[k], ['Determiner', 'Possessive']) && tokens[end].lower === 'to' && !tokens[end - 1].post && !this.quoted[end];
    }
    // "wrote a children's book", "published a column in the Gazette": a new work written is the deed ("wrote a letter urging …",
    // "a book called “…”" go on to what it says). A known one ("wrote his column") is left as it was.
    if (/^(write|writes|wrote|writing|penned|publish|publishes|published)$/.test(verb)) {
      return /^(a|an|another)$/.test(tokens[k].lower) && this.objectHolds(k, sentence, WRITTEN_WORKS) && !this.goesOnToWords(k, sentence);
    }
    if (!/^(issued|issues|released)$/.test(verb)) return false;
    // "a statement issued in his name", "permits issued in the past two years": where or when a thing was issued, no words.
    if (/^(in|on|at)$/.test(tokens[k].lower) && !this.quoted[k]) return true;
    let head = k;
    while (head < sentence.last && head - k < 3 && hasAny(tokens[head], ['Determiner', 'Adjective', 'Possessive']) && !tokens[head].post) head++;
    if (head >= sentence.last || !/^statements?$/.test(tokens[head].lower) || head === k || /[:"“]/.test(tokens[head].post)) return false;
    if (/^(of|which|in|to|from|with)$/.test(tokens[head + 1]?.lower ?? '')) return false;
    // "a statement Tuesday saying …": what it says may come after a time, up to the clause's first comma.
    return Boolean(tokens[head].post) || !this.goesOnToWords(head + 1, sentence);
  }

  /**
   * Whether the phrase from `k` up to its first punctuation goes on to what a document says: a quote, "that", a participle or
   * a colon ("a statement Tuesday saying …", "a letter urging …", "wrote a letter: …").
   */
  private goesOnToWords(k: number, sentence: Sentence): boolean {
    const { tokens } = this;
    for (let m = k; m < sentence.last; m++) {
      if (this.quoted[m] || /["“‘]/.test(tokens[m].pre) || /ing$/.test(tokens[m].lower) || tokens[m].lower === 'that' || tokens[m].post.includes(':')) return true;
      if (tokens[m].post) return false;
    }
    return false;
  }

  /**
   * Whether a word matching `thing` comes in the unpunctuated, unquoted phrase from `k`, before any "that" or verb: "reported a
   * profit of $2 a share", "charged a $100,000 fee".
   */
  private objectHolds(k: number, sentence: Sentence, thing: RegExp): boolean {
    const { tokens } = this;
    for (let m = k; m < Math.min(sentence.last, k + 6); m++) {
      if (this.quoted[m] || /["“‘]/.test(tokens[m].pre) || tokens[m].lower === 'that' || (m > k && tokens[m].tags.has('Verb') && !tokens[m].tags.has('Noun'))) return false;
      if (thing.test(tokens[m].lower)) return true;
      if (tokens[m].post) return false;
    }
    return false;
  }

  /** A preposition whose object may be the subject of a participle after it ("ended with Lee urging …"): not "to" (a hearer), "in", "on", "at", "into". */
  private ofParticipleSubject(preposition: Token): boolean {
    return preposition.tags.has('Preposition') && !preposition.tags.has('Verb') && !preposition.post && !/^(to|in|on|at|into|that)$/.test(preposition.lower);
  }

  /**
   * "ways", "a way", "the way", "its way" at token `k`; or a thing found to do something with ("found space in the box
   * to head the ball", "found time to visit"): an object and an infinitive of purpose, not "to be" ("found it to be safe")
   * nor a quality ("found the course easier to run").
   */
  private findsWay(k: number, sentence: Sentence): boolean {
    const { tokens } = this;
    if (k < sentence.last && tokens[k].lower === 'ways') return true;
    if (k + 1 < sentence.last && /^(a|the|its|his|her|their)$/.test(tokens[k].lower) && !tokens[k].post && tokens[k + 1].lower === 'way') return true;
    // "found it hard to win": finding it so is a judgement.
    if (tokens[k]?.lower === 'it') return false;
    for (let m = k + 1; m < Math.min(sentence.last, k + MAX_NP_TOKENS); m++) {
      const token = tokens[m];
      if (this.quoted[m] || tokens[m - 1].post || token.lower === 'that' || token.tags.has('Verb')) return false;
      // "found Dayton harder to beat": a quality before the infinitive makes it a judgement again.
      if (token.lower !== 'to' || token.post || tokens[m - 1].tags.has('Adjective')) continue;
      const verb = tokens[m + 1]?.tags.has('Adverb') && !tokens[m + 1].post ? tokens[m + 2] : tokens[m + 1];
      if (verb?.tags.has('Verb') && !/^(be|have)$/.test(verb.lower)) return true;
    }
    return false;
  }

  /** An object pronoun at `k`, or "it"/"this" that opens no clause of its own (no verb after it). */
  private knownObjectAt(k: number, sentence: Sentence): boolean {
    const { tokens } = this;
    if (k >= sentence.last) return false;
    if (/^(him|her|them|me|us)$/.test(tokens[k].lower)) return true;
    return /^(it|this)$/.test(tokens[k].lower) && (Boolean(tokens[k].post) || k + 1 >= sentence.last || !tokens[k + 1].tags.has('Verb'));
  }

  /** "300 pledged delegates", "her continued struggles": a participle between a number or a possessive and a noun modifies the noun. */
  private modifiesNounAt(j: number, sentence: Sentence): boolean {
    const { tokens } = this;
    const before = tokens[j - 1];
    const after = tokens[j + 1];
    if (j === sentence.first || j + 1 >= sentence.last || before.post || tokens[j].post || !/(ed|ing)$/.test(tokens[j].lower)) return false;
    // "Six in 10 opposed tax increases": a share of people is a subject.
    const number = before.tags.has('Value') && tokens[j - 2]?.lower !== 'in';
    const possessive = before.tags.has('Possessive') && before.tags.has('Pronoun');
    if ((number || possessive) && after.tags.has('Noun') && !hasAny(after, ['Pronoun', 'Determiner', 'ProperNoun', 'Possessive'])) return true;
    return this.datedParticipleAt(j, sentence);
  }

  /**
   * "The report published Tuesday showed …", "Figures reported on Sunday now suggest …": a participle with its date between a noun and its verb.
   * "A statement posted on the website said …", "Voters admitted to the hall were …": or with a short phrase opened by a preposition.
   */
  private datedParticipleAt(j: number, sentence: Sentence): boolean {
    const { tokens } = this;
    // "A textbook just published for pupils explains …", "Rules recently issued by the state say …": an adverb may come between.
    const adverb = j - 1 > sentence.first && /^(just|recently|newly|first|originally|previously|widely)$/.test(tokens[j - 1].lower) && !tokens[j - 1].post;
    const before = tokens[adverb ? j - 2 : j - 1];
    if (j <= sentence.first || j + 2 >= sentence.last || !/ed$/.test(tokens[j].lower) || before.post || tokens[j].post) return false;
    if (!before.tags.has('Noun') || hasAny(before, ['Pronoun', 'Possessive', 'ProperNoun', 'Person'])) return false;
    let k = j + 1;
    if (/^(on|last|this|earlier)$/.test(tokens[k].lower) && !tokens[k].post) k++;
    const dated = k;
    while (k < sentence.last - 1 && tokens[k].tags.has('Date') && !tokens[k].post) k++;
    if (k === dated && tokens[j + 1].tags.has('Preposition') && !tokens[j + 1].tags.has('Verb')) {
      // The phrase runs without a comma to the verb; a pronoun (not a possessive: "posted to her page") or a "that" inside it would open a clause of its own.
      // "Refugees admitted to the state are mostly young": a form of "be" or "have" after the phrase is the main clause's verb too.
      const mainVerb = (index: number) => index > j + 2 && /^(is|are|was|were|has|have|had)$/.test(tokens[index].lower);
      while (k < sentence.last - 1 && k - j <= 12 && !tokens[k].post && !CUE_WORDS.has(tokens[k].lower) && !mainVerb(k)) {
        if ((hasAny(tokens[k], ['Pronoun', 'QuestionWord', 'Conjunction']) && !tokens[k].tags.has('Possessive')) || CLAUSE_OPENERS.has(tokens[k].lower) || tokens[k].lower === 'that') return false;
        k++;
      }
      // The tagger reads a "said" after a noun as an adjective.
      return k - j <= 12 && !tokens[k - 1].post && tokens[k - 1].tags.has('Noun') && hasAny(tokens[k], ['Verb', 'Adjective', 'Copula']) && !hasAny(tokens[k], ['Gerund', 'Participle']) &&
        (CUE_WORDS.has(tokens[k].lower) || mainVerb(k));
    } else if (k === dated) return false;
    while (k < sentence.last - 1 && (tokens[k].tags.has('Adverb') || tokens[k].lower === 'now') && !tokens[k].post) k++;
    return tokens[k].tags.has('Verb') && !hasAny(tokens[k], ['Gerund', 'Participle']) && CUE_WORDS.has(tokens[k].lower);
  }

  /** "a firm called Cambridge Analytica", "a worker named “Eva Roe”": an indefinite noun right before a naming participle gets a name, says nothing. */
  private namesAfterIndefinite(source: TokenRange, cue: TokenRange, sentence: Sentence): boolean {
    const { tokens } = this;
    const head = tokens[cue.first - 1];
    let next = tokens[cue.last];
    if (!NAMING_PARTICIPLES.has(tokens[cue.first].lower) || source.last !== cue.first || !next || hasAny(head, ['Pronoun', 'Person'])) return false;
    // "a 52-year-old Dayton resident named Ann Lee.": a lower-case person noun right before "named" and a name closing the clause
    // is a name given, however the noun phrase before it was cut.
    const closingName = () => {
      for (let k = cue.last; k < sentence.last && isCapitalised(tokens[k]); k++) {
        if (k + 1 === sentence.last || /^[,.;!?]/.test(tokens[k].post)) return true;
        if (tokens[k].post) return false;
      }
      return false;
    };
    // ("55 percent named Britain" is a share of a poll answering.)
    const share = isFigure(head) || isFigure(tokens[cue.first - 2]);
    if (tokens[cue.first].lower === 'named' && head.tags.has('Noun') && !head.tags.has('Plural') && !isCapitalised(head) && !share && closingName()) return true;
    // "paid a company called …", "a lawsuit filed by a former aide named …": the indefinite noun phrase right before the participle, wherever the source starts.
    const first = Math.max(source.first, this.nounPhraseStart(cue.first - 1, sentence.first));
    if (!/^(a|an|another)$/.test(tokens[first].lower)) return false;
    if (tokens.slice(first, source.last).some((token) => RELATIVE_PRONOUNS.has(token.lower) || token.lower === 'that' || token.post === ',')) return false;
    // "a group called the “Hill Fund”": a name may open with "the".
    if (next.lower === 'the' && !next.post && cue.last + 1 < sentence.last) next = tokens[cue.last + 1];
    return isCapitalised(next) || /["“‘']/.test(next.pre);
  }

  /**
   * "After saying he was nervous, the man asked …", "Noting the delay, Lee said …", "While arguing that …, Lee conceded …": a participle cue opening the
   * sentence after a preposition has the main clause's subject, after the comma, as its source.
   */
  private openingParticiple(cue: TokenRange, sentence: Sentence): Attribution | null {
    const { tokens } = this;
    const j = cue.first;
    // "Citing the attack, Lee urged …" opens with the participle itself.
    if (!/ing$/.test(tokens[j].lower) || (j !== sentence.first && (j - 1 !== sentence.first || !PARTICIPLE_OPENERS.has(tokens[j - 1].lower)))) return null;
    if (cue.last >= sentence.last) return null;
    let comma = cue.last;
    while (comma < sentence.last - 1 && comma - j <= MAX_APPOSITION_TOKENS && (!tokens[comma].post || isAbbreviation(tokens[comma])) && !this.quoted[comma]) comma++;
    if (!/^,$/.test(tokens[comma].post) || comma === cue.last - 1) return null;
    for (let verb = comma + 2; verb < Math.min(sentence.last, comma + MAX_NP_TOKENS); verb++) {
      if ((tokens[verb - 1].post && !isAbbreviation(tokens[verb - 1])) || this.quoted[verb]) return null;
      if (!tokens[verb].tags.has('Verb') || !this.isMainVerb(verb)) continue;
      const source = this.sourceBefore(verb, comma + 1);
      if (!source || source.first !== comma + 1) return null;
      return { direct: false, start: tokens[cue.last].start, end: this.endThroughClosingMarks(comma), cue, source, head: null };
    }
    return null;
  }

  /**
   * "Ann Lee, citing the report, said …", "Tom Hill, recalling his visits, described …": a participle aside between a subject and its
   * verb has that subject as its source too; what it takes runs to the aside's closing comma.
   */
  private asideParticiple(cue: TokenRange, sentence: Sentence): Attribution | null {
    const { tokens } = this;
    const j = cue.first;
    // "Ann Lee, hoping to win, said", "Tom Hill, writing for the majority, said", "…, writing in the Dayton Herald, said": an aim, a role
    // or a place, no one's words; the participle must take its object right away.
    const object = tokens[cue.last];
    if (!/ing$/.test(tokens[j].lower) || j <= sentence.first || !/,$/.test(tokens[j - 1].post) || tokens[cue.last - 1].post || !object ||
      object.lower === 'to' || object.tags.has('Preposition')) return null;
    let comma = cue.last;
    while (comma < sentence.last - 1 && comma - j <= MAX_NP_TOKENS && (!tokens[comma].post || isAbbreviation(tokens[comma]))) comma++;
    if (!/^[”"’']*,[”"’']*$/.test(tokens[comma].post) || comma - j > MAX_NP_TOKENS) return null;
    let verb = comma + 1;
    while (verb < sentence.last - 1 && isBeforeCue(tokens[verb]) && tokens[verb].tags.has('Adverb')) verb++;
    if (verb >= sentence.last || this.quoted[verb] || !tokens[verb].tags.has('Verb') || tokens[verb].tags.has('Gerund') || !this.isMainVerb(verb)) return null;
    // The verb's own subject, which a quote may already have as its source, must end right at the aside's opening comma.
    const source = this.sourceBefore(verb, sentence.first) ?? (UNMISTAKABLE_CUES.has(tokens[verb].lower) ? this.interruptedSubject(verb, sentence) : null);
    if (!source || source.last !== j) return null;
    return { direct: false, start: tokens[cue.last].start, end: this.endThroughClosingMarks(comma), cue, source, head: null };
  }

  /** "As reported by the Daily Planet, the party …" / "…, as reported by the Daily Planet.": like "according to". */
  private asReportedBy(j: number, sentence: Sentence): Attribution | null {
    const { tokens } = this;
    // "…, as first reported by the Daily Planet.": a word of when may come between.
    const as = /^(first|previously|originally|initially)$/.test(tokens[j - 1]?.lower ?? '') && !tokens[j - 1].post ? j - 2 : j - 1;
    const opens = as === sentence.first;
    if (as < sentence.first || tokens[as].lower !== 'as' || tokens[as].post || tokens[j].post || (!opens && !/,$/.test(tokens[as - 1].post))) return null;
    let last = j + 2;
    while (last < sentence.last && last - j < MAX_NP_TOKENS && !this.quoted[last] && (!tokens[last - 1].post || isAbbreviation(tokens[last - 1])) && isNpToken(tokens[last])) last++;
    if (last === j + 2 || !isNpToken(tokens[j + 2])) return null;
    const source = { first: j + 2, last };
    const cue = { first: as, last: j + 2 };
    if (opens) {
      if (last >= sentence.last || !/,$/.test(tokens[last - 1].post)) return null;
      return { direct: false, start: tokens[last].start, end: this.contentEnd(last, sentence), cue, source, head: null };
    }
    const start = Math.max(sentence.start, tokens[sentence.first].start - tokens[sentence.first].pre.length);
    return wordCount(this.text, start, tokens[as - 1].end) >= 4 ? { direct: false, start, end: tokens[as - 1].end, cue, source, head: null } : null;
  }

  /** "The meeting was first reported by Politico": the reporter after "by" is the source, the subject before "was" the content. */
  private reportedBy(j: number, sentence: Sentence): Attribution | null {
    const { tokens } = this;
    let auxiliary = j - 1;
    while (auxiliary > sentence.first && /^(first|originally|initially|also|earlier|previously)$/.test(tokens[auxiliary].lower) && !tokens[auxiliary].post) auxiliary--;
    // "The plan, first reported by the Daily Planet, is …": an aside after the subject's comma; the clause around it is what was reported.
    if (auxiliary > sentence.first && auxiliary < j && tokens[auxiliary].post === ',' && !this.quoted[auxiliary]) {
      let first = auxiliary;
      while (first > sentence.first && auxiliary - first < MAX_NP_TOKENS && !tokens[first - 1].post && isNpToken(tokens[first - 1]) && !this.quoted[first - 1]) first--;
      // The reporter runs to the aside's closing comma.
      let last = j + 2;
      while (last + 1 < sentence.last && last - j < MAX_NP_TOKENS && (!tokens[last].post || isAbbreviation(tokens[last])) && !this.quoted[last + 1]) last++;
      if (!isNpToken(tokens[auxiliary]) || !isNpToken(tokens[j + 2]) || this.used[first] || tokens[last].post !== ',') return null;
      const end = this.contentEnd(last + 1, sentence);
      return end > tokens[last].end ? { direct: false, start: tokens[first].start, end, cue: { first: auxiliary + 1, last: j + 2 }, source: { first: j + 2, last: last + 1 }, head: null } : null;
    }
    if (auxiliary <= sentence.first || !/^(was|were|is|are|been|being)$/.test(tokens[auxiliary].lower) || tokens[auxiliary].post) return null;
    if (/^(been|being)$/.test(tokens[auxiliary].lower) && /^(has|have|had)$/.test(tokens[auxiliary - 1].lower)) auxiliary--;
    const subject = this.sourceBefore(auxiliary, sentence.first);
    const source = this.sourceAfter(j + 1, sentence);
    if (!subject || !source || this.used[subject.first]) return null;
    const start = tokens[subject.first].start;
    return { direct: false, start, end: tokens[subject.last - 1].end, cue: { first: auxiliary, last: j + 2 }, source, head: null };
  }

  /** The content from token `k` to its clause's end. */
  private contentFrom(k: number, cue: TokenRange, source: TokenRange, sentence: Sentence): Attribution | null {
    const { tokens } = this;
    const start = tokens[k].start - (tokens[k].pre && /["“‘']/.test(tokens[k].pre) ? tokens[k].pre.length : 0);
    let end = this.throughOpenQuote(start, this.contentEnd(k, sentence));
    // "in what Hill called “the old model,” the club …", "whom he called heroes, for …": the name given ends at its first punctuation.
    if (source.first > sentence.first && OBJECT_RELATIVES.has(tokens[source.first - 1].lower)) {
      // A quoted name runs to its closing mark, commas inside it included.
      const quotedName = /["“‘']/.test(tokens[k].pre);
      let last = k;
      while (last + 1 < sentence.last && (quotedName ? !/[”"’']/.test(tokens[last].post) : !tokens[last].post)) last++;
      end = Math.min(end, this.endThroughClosingMarks(last));
    }
    // "75 percent said yes, but …", "the candidate said no.": an answer on its own is the whole content.
    // "Lee said so in December", "Hill thinks so, too": so does "so" standing for what was said ("so many", "so far" are no such word).
    const after = tokens[k + 1];
    const alone = tokens[k].post !== '' || k + 1 === sentence.last;
    const so = tokens[k].lower === 'so' && (alone || (hasAny(after, ['Preposition', 'Date']) && !/^(far|much|many|that)$/.test(after.lower)));
    if (((/^(yes|no)$/.test(tokens[k].lower) && alone) || so) && !this.quoted[k]) {
      return { direct: false, start, end: tokens[k].end, cue, source, head: null };
    }
    const relativeEnd = this.relativeClauseEnd(k, source, sentence);
    // "Lee, who endorsed Hill in May, voted …": a relative clause's content ends with the clause; inside it, an object still ends before its time.
    if (relativeEnd >= 0) end = Math.min(end, relativeEnd);
    // "a poll shows Lee at the top with 36 percent": what a finding shows is a whole small clause, its phrases included.
    if (!this.findingAt(k)) end = Math.min(end, this.objectBeforeSettingEnd(k, sentence, cue), this.nounObjectBeforeSettingEnd(k, sentence), this.nounObjectBeforeAsideEnd(k, sentence),
      this.nounObjectBeforeMeansEnd(k, sentence, cue), this.nounObjectBeforeClauseEnd(k, sentence));
    if (end - start < 3 || wordCount(this.text, start, end) < 1) return null;
    if (this.onlyPlacePhrase(k, end, sentence)) return this.clauseAfterPlacePhrase(end, cue, source, sentence);
    return { direct: false, start, end, cue, source, head: null };
  }

  /** "Lee argued in his email, the plan is dead": after a place phrase and its comma, a clause with a verb of its own is the content. */
  private clauseAfterPlacePhrase(end: number, cue: TokenRange, source: TokenRange, sentence: Sentence): Attribution | null {
    const { tokens } = this;
    const [, last] = this.tokenRange(end - 1, end);
    // A curated speech verb only ("voted in May, when …", "hits in a concert format, …" are no speech).
    if (!CUE_ACT.has(tokens[cue.first].lower) || RELATIVE_PRONOUNS.has(tokens[source.first].lower)) return null;
    if (last >= sentence.last || !/,$/.test(tokens[last - 1].post) || this.quoted[last] || SUBJECT_BOUNDARIES.has(tokens[last].lower) || CLAUSE_OPENERS.has(tokens[last].lower)) return null;
    const clauseEnd = this.contentEnd(last, sentence);
    for (let k = last; k < sentence.last && tokens[k].start < clauseEnd; k++) {
      if (this.isCue(k)) return null;
      if (this.isFinite(tokens[k]) || hasAny(tokens[k], ['Modal', 'Auxiliary', 'Copula'])) return { direct: false, start: tokens[last].start, end: clauseEnd, cue, source, head: null };
    }
    return null;
  }

  /** "endorsed Ann Lee last week", "denied the charges through his lawyer": a short object ends before the time or setting after it; else Infinity. */
  private objectBeforeSettingEnd(k: number, sentence: Sentence, cue: TokenRange): number {
    const { tokens } = this;
    let m = k;
    // "denied the charges through his lawyer", "attacked the bill during the debate": a verb of stance takes a thing as its whole object.
    const stance = /^(CRITICIZED|PRAISED|DENIED|DEFENDED)$/.test(CUE_ACT.get(tokens[cue.first].lower) ?? '');
    if (stance && hasAny(tokens[k], ['Determiner', 'Possessive']) && !/^(that|this|what)$/.test(tokens[k].lower)) {
      m++;
      while (m < sentence.last && m - k < 5 && !this.quoted[m] && !tokens[m - 1].post && isNpToken(tokens[m]) && tokens[m].lower !== 'of' && !tokens[m].tags.has('Date')) m++;
      if (!tokens[m - 1].post && this.opensSetting(m, sentence, true)) return tokens[m - 1].end;
      m = k;
    }
    // "her years as senator", "Lee's 2011 visit": a possessive opens a longer object.
    const possessive = (index: number) => tokens[index].tags.has('Possessive') || /['’]s?$/.test(tokens[index].text);
    const pronoun = tokens[k].tags.has('Pronoun') && !/^(it|that|this)$/.test(tokens[k].lower);
    if (pronoun) m++;
    else while (m < sentence.last && m - k < 5 && !this.quoted[m] && isCapitalised(tokens[m]) && (!tokens[m].post || isAbbreviation(tokens[m]))) m++;
    if (m === k || m >= sentence.last || tokens[m - 1].post || this.quoted[m] || possessive(m - 1)) return Infinity;
    const time = (index: number) => tokens[index]?.tags.has('Date') || /^(week|month|year|summer|fall|spring|winter)$/.test(tokens[index]?.lower ?? '');
    const lead = tokens[m].lower;
    // "defended himself on Saturday for bailing …", "attacked Lee during the primaries for her ties …": a reason or label after the setting goes on with the object.
    let close = m + 1;
    while (close < sentence.last && !tokens[close - 1].post && !/^(for|as|and|but|or)$/.test(tokens[close].lower)) close++;
    if (close < sentence.last && /^(for|as)$/.test(tokens[close].lower)) return Infinity;
    // "endorsed Lee during a call", "thanked Hill at a rally": a setting after a name or pronoun object.
    if (!tokens[m].post && this.opensSetting(m, sentence, false)) return tokens[m - 1].end;
    // "defended Lee in a recent interview", "mentioned him directly in his speech": an occasion or medium, after an adverb of manner too.
    const adverb = tokens[m].tags.has('Adverb') && !tokens[m].tags.has('Negative') && !tokens[m].post && !/^(so|too|as|more|less|not)$/.test(lead);
    // Not a day ("said Thursday during a town hall that …") nor a reflexive, whose label may come after ("describes himself on his blog as …").
    const named = !tokens[k].tags.has('Date') && !REFLEXIVES.has(tokens[k].lower);
    // "said Lee on Monday would run": a verb after the occasion makes the name the subject of a clause.
    const closes = !tokens.slice(m, close).some((token) => this.isVerbOfClause(token));
    if (named && closes && this.opensOccasion(adverb ? m + 1 : m, sentence) && !(adverb && this.quoted[m + 1])) return tokens[m - 1].end;
    let at = m;
    if (/^(last|this|next|earlier)$/.test(lead) || /^(in|on|during|since)$/.test(lead)) at++;
    if (at > m && /^(early|late|mid)$/.test(tokens[at]?.lower ?? '')) at++;
    // A bare time right after the name is a day or a month ("endorsed Lee Monday"), not a number ("Exodus 18:21").
    const bare = at === m && !hasAny(tokens[m], ['WeekDay', 'Month']);
    if (!time(at) || bare || tokens[at - 1]?.post) return Infinity;
    // "said Lee on Monday would run": a verb after the time makes the name the subject of a clause.
    let after = at;
    while (after < sentence.last && time(after) && !tokens[after].post) after++;
    const verb = tokens[after];
    return after < sentence.last && !tokens[after - 1].post && (this.isFinite(verb) || hasAny(verb, ['Modal', 'Auxiliary'])) ? Infinity : tokens[m - 1].end;
  }

  /**
   * "shared the news on social media last week", "invoked his rights before a panel", "praised the plan at a press conference":
   * a noun phrase taken as the object ends before a phrase of time, occasion or medium, which says when or where it was said; else Infinity.
   */
  private nounObjectBeforeSettingEnd(k: number, sentence: Sentence): number {
    const { tokens } = this;
    const m = this.nounObjectEnd(k, sentence);
    if (m < 0 || m >= sentence.last || tokens[m - 1].post || !this.opensOccasion(m, sentence)) return Infinity;
    // "said the gathering in May would be the last", "a comment on Twitter that compared …", "a response on Tuesday to questions …":
    // the setting must close the content, with no verb, clause or further object of the noun after it.
    for (let p = m + 1; p < sentence.last; p++) {
      const token = tokens[p];
      if (this.quoted[p] || this.isVerbOfClause(token) || token.tags.has('Gerund') || /^(that|which|who|to|about|for|of|with|over|and|or|including)$/.test(token.lower)) return Infinity;
      if (/[,;:.!?]/.test(token.post)) break;
    }
    return tokens[m - 1].end;
  }

  /**
   * "dismissed the charges by pointing out …", "praised the plan before leaving", "cut ties with the firm after losing …": a noun phrase
   * object ends before a gerund of means or time, which says how or when the act was done, not what was said; else Infinity.
   */
  private nounObjectBeforeMeansEnd(k: number, sentence: Sentence, cue: TokenRange): number {
    const { tokens } = this;
    let m = this.nounObjectEnd(k, sentence);
    if (m < 0) return Infinity;
    // "his friendship with Lee before …": the object's own prepositional phrases go with it.
    const opener = (index: number) => /^(by|after|before|when|without)$/.test(tokens[index].lower);
    while (m < sentence.last && m - k < MAX_NP_TOKENS && !tokens[m - 1].post && !this.quoted[m] && !opener(m) && (isNpToken(tokens[m]) || tokens[m].tags.has('Preposition')) && !this.isVerbOfClause(tokens[m])) m++;
    if (m + 1 >= sentence.last || tokens[m - 1].post || this.quoted[m] || !opener(m)) return Infinity;
    const gerund = tokens[m + 1];
    // "answered the question by saying …", "explained the headline by noting …": a reply made by speaking goes on with what was said.
    const reply = CUE_ACT.get(tokens[cue.first].lower) === 'SAID' && this.isCue(m + 1);
    return gerund.tags.has('Gerund') && !gerund.tags.has('Noun') && !this.quoted[m + 1] && !reply ? tokens[m - 1].end : Infinity;
  }

  /** The token after a noun phrase object opening at `k`, through its first punctuation; -1 when `k` opens no noun phrase. */
  private nounObjectEnd(k: number, sentence: Sentence): number {
    const { tokens } = this;
    if (this.quoted[k] || /["“‘]/.test(tokens[k].pre) || /^(that|what|how|whether|if|why|who|where|when)$/.test(tokens[k].lower)) return -1;
    if (!hasAny(tokens[k], ['Determiner', 'Possessive', 'Noun', 'ProperNoun', 'Pronoun', 'Adjective', 'Value']) || tokens[k].tags.has('Verb')) return -1;
    let m = k;
    while (m < sentence.last && m - k < MAX_NP_TOKENS && !this.quoted[m] && isNpToken(tokens[m]) && !this.isVerbOfClause(tokens[m]) && !tokens[m].tags.has('Date')) {
      m++;
      if (tokens[m - 1].post && !isAbbreviation(tokens[m - 1])) break;
    }
    return m > k ? m : -1;
  }

  /**
   * "cited the Head Start program, the federally funded pre-school", "opposed the tax, down from 47 percent": a noun phrase object
   * ends at its comma when what follows, to the sentence's end, is an aside with no verb of its own, not the next item of a list; else Infinity.
   */
  private nounObjectBeforeAsideEnd(k: number, sentence: Sentence): number {
    const { tokens } = this;
    const m = this.nounObjectEnd(k, sentence);
    if (m < 0 || m >= sentence.last || tokens[m - 1].post !== ',' || this.quoted[m]) return Infinity;
    // "referring to Ann Lee, Tom Hill and …", "assailed a judge, Tom Hill, for …": a list, or an aside the content goes on after, holds a second comma.
    for (let p = m; p < sentence.last - 1; p++) if (tokens[p].post && !isAbbreviation(tokens[p])) return Infinity;
    // "…, including …", "…, though not …", "…, as well as …", "…, along with …" list or qualify part of the content itself.
    const lead = tokens[m].lower;
    if (CONTENT_PARTICIPLES.has(lead) || /^(though|although|along)$/.test(lead) || (lead === 'as' && tokens[m + 1]?.lower === 'well')) return Infinity;
    // "cited growth, jobs and wages", "wants to cut taxes, grow the economy and …": a last item after "and" makes a list, unless a determiner opens an appositive ("Tom Hill, a lawyer for Dayton and Troy").
    if (!hasAny(tokens[m], ['Determiner', 'Possessive']) && tokens.slice(m, sentence.last).some((token) => /^(and|or)$/.test(token.lower))) return Infinity;
    // "the longest, hardest …": a comma after an adjective joins another adjective to the same noun.
    const head = tokens[m - 1];
    if (!hasAny(head, ['Noun', 'ProperNoun', 'Pronoun', 'Acronym']) || head.tags.has('Adjective')) return Infinity;
    // "Lee, who …", "the plan, which …": a relative clause is left to contentEnd.
    if (CLAUSE_OPENERS.has(tokens[m].lower)) return Infinity;
    // "said the economy, including jobs, should be …", "they, too, have had …": a verb anywhere after the comma makes the noun a subject.
    for (let p = m; p < sentence.last; p++) if (this.isVerbOfClause(tokens[p]) || this.quoted[p]) return Infinity;
    return tokens[m - 1].end;
  }

  /**
   * "support Ann Lee, as rival Tom Hill gains ground": a noun phrase object ends at its comma before a clause of time or cause, with a verb
   * of its own before its first punctuation, which says when or why, not what; else Infinity.
   */
  private nounObjectBeforeClauseEnd(k: number, sentence: Sentence): number {
    const { tokens } = this;
    const m = this.nounObjectEnd(k, sentence);
    if (m < 0 || m + 1 >= sentence.last || tokens[m - 1].post !== ',' || this.quoted[m] || !SOURCE_ENDING_OPENERS.has(tokens[m].lower) || tokens[m].post) return Infinity;
    // "conceding that, when …": a clause opened by "that" or a gerund is no noun phrase object.
    if (tokens.slice(k, m).some((token) => token.lower === 'that' || token.tags.has('Gerund'))) return Infinity;
    for (let p = m + 1; p < sentence.last; p++) {
      if (this.quoted[p]) return Infinity;
      if (this.isVerbOfClause(tokens[p])) return tokens[m - 1].end;
      if (tokens[p].post) return Infinity;
    }
    return Infinity;
  }

  /** "during the debate", "after the vote", "on Twitter", "at a rally in Ohio", "in a recent interview", "last week", "Monday": a time, occasion or medium from token `m`. */
  private opensOccasion(m: number, sentence: Sentence): boolean {
    const { tokens } = this;
    // A text may end right after its object: nothing opens there.
    if (m >= sentence.last || this.quoted[m]) return false;
    const lead = tokens[m].lower;
    const time = (token: Token) => hasAny(token, ['Date', 'WeekDay', 'Month']) || TIME_WORDS.has(token.lower);
    if (/^(during|after|before|following|despite|amid)$/.test(lead)) return m + 1 < sentence.last;
    if (/^(last|this|earlier)$/.test(lead) || hasAny(tokens[m], ['WeekDay'])) return m + 1 < sentence.last ? time(tokens[m + 1]) || hasAny(tokens[m], ['WeekDay']) : hasAny(tokens[m], ['WeekDay']);
    if (!/^(in|on|at|through|via)$/.test(lead)) return false;
    for (let p = m + 1; p < sentence.last && p - m <= 5 && !this.quoted[p]; p++) {
      // "in the event that …" opens a condition, not an occasion.
      if (time(tokens[p]) || (OCCASION_NOUNS.has(tokens[p].lower) && tokens[p + 1]?.lower !== 'that')) return true;
      if (tokens[p].post || !isNpToken(tokens[p])) return false;
    }
    return false;
  }

  /** "during the debate", "at a rally", "through his lawyer" (and "from …" when `withFrom`): a setting opening at token `m`. */
  private opensSetting(m: number, sentence: Sentence, withFrom: boolean): boolean {
    const { tokens } = this;
    const lead = tokens[m]?.lower ?? '';
    // "praised Lee after a meeting", "endorsed him before the vote": a time before or after something the writer gives.
    if (m + 1 < sentence.last && /^(after|before|following)$/.test(lead) && !this.quoted[m]) return true;
    return m + 1 < sentence.last && (SETTING_PREPOSITIONS.has(lead) || (withFrom && lead === 'from')) && hasAny(tokens[m + 1], ['Determiner', 'Possessive']);
  }

  /**
   * "said in a statement", "reported from Washington", "celebrated in Ohio with supporters": a content that is only a
   * prepositional phrase, with no verb of its own, says where or how, not what ("voted in favor of …" excepted).
   */
  private onlyPlacePhrase(from: number, end: number, sentence: Sentence): boolean {
    const { tokens } = this;
    // "Lee argued in his email that …": only a phrase ending its sentence or its clause at a comma is no content.
    const [, next] = this.tokenRange(end - 1, end);
    if (next < sentence.last && !/,$/.test(tokens[next - 1].post)) return false;
    // "believe in freedom": what one believes in is the content.
    if (tokens[from].lower === 'in' && CUE_ACT.get(tokens[from - 1]?.lower ?? '') === 'BELIEVED') return false;
    if (!ADJUNCT_LEADS.has(tokens[from].lower) || this.quoted[from] || (tokens[from].lower === 'in' && tokens[from + 1]?.lower === 'favor')) return false;
    // "…, Lee said in a statement. “The plan is dead.”": the quote right after is the content, carried on from this cue.
    if (/^[.:,]?[ \t\u00a0]*["“]/.test(this.text.slice(end, end + 4))) return false;
    for (let k = from + 1; k < tokens.length && tokens[k].start < end; k++) {
      if (this.quoted[k] || this.isFinite(tokens[k]) || hasAny(tokens[k], ['Modal', 'Auxiliary', 'Copula']) || tokens[k].tags.has('QuestionWord') || /^(that|if|whether)$/.test(tokens[k].lower)) return false;
    }
    return true;
  }

  /**
   * "Lee, who endorsed Hill in May, voted …": a content in a relative clause between commas ends where the main
   * clause's verb takes up again after a comma; -1 when the source is no such relative pronoun or no verb follows.
   */
  private relativeClauseEnd(from: number, source: TokenRange, sentence: Sentence, clausal = true): number {
    const { tokens } = this;
    const pronoun = tokens[source.first];
    if (source.last - source.first === 1 && pronoun.lower === 'who' && source.first > sentence.first && !tokens[source.first - 1].post) return this.restrictiveClauseEnd(from, source, sentence, clausal);
    if (source.last - source.first !== 1 || !RELATIVE_PRONOUNS.has(pronoun.lower) || source.first === sentence.first || !/,$/.test(tokens[source.first - 1].post)) return -1;
    for (let k = from + 1; k < sentence.last; k++) {
      // "who called them ''spinach,'' want …": a quote may close right after the clause's comma.
      if (!/,(''|[”"’])?$/.test(tokens[k - 1].post) || this.quoted[k]) continue;
      // "…, could be …", "…, ultimately did not show up": the first helper or finite verb after adverbs is the main clause's.
      // A plain present the tagger also reads as an infinitive ("…, want to publish them") is finite right after the comma too.
      const verbal = (token: Token) => this.isFinite(token) || hasAny(token, ['Modal', 'Auxiliary']) ||
        (token.tags.has('Verb') && token.tags.has('PresentTense') && !hasAny(token, ['Gerund', 'Participle']));
      let verb = k;
      while (verb < sentence.last - 1 && isBeforeCue(tokens[verb]) && !verbal(tokens[verb])) verb++;
      // A quote closing after the comma keeps its comma and mark ("called them ''spinach,''").
      if (verbal(tokens[verb])) return /,$/.test(tokens[k - 1].post) ? this.endThroughClosingMarks(k - 1) : this.throughClosingQuote(k - 1);
    }
    return -1;
  }

  /**
   * "Voters who say the economy matters most were split", "Among those who said they would vote, most …": what a restrictive
   * relative clause reports ends before the main clause's verb, or at the comma closing a fronted phrase; -1 when neither shows.
   * `clausal`: what is reported is a clause with a verb of its own, which comes before the main clause's.
   */
  private restrictiveClauseEnd(from: number, source: TokenRange, sentence: Sentence, clausal: boolean): number {
    const { tokens } = this;
    const verbal = (token: Token) => this.isFinite(token) || hasAny(token, ['Modal', 'Auxiliary']);
    const fronted = tokens[sentence.first].tags.has('Preposition') && !tokens.slice(sentence.first, source.first).some((token) => token.post);
    let finite = 0;
    for (let k = from; k < sentence.last; k++) {
      if (this.quoted[k]) return -1;
      if (k > from && /,$/.test(tokens[k - 1].post)) return fronted ? this.endThroughClosingMarks(k - 1) : -1;
      if (SUBJECT_BOUNDARIES.has(tokens[k].lower) || CLAUSE_OPENERS.has(tokens[k].lower)) {
        if (fronted) continue;
        return -1;
      }
      // "who seemed to be confused": a verb after "to" or "be" is an infinitive or a participle, never the main clause's.
      if (!verbal(tokens[k]) || (!clausal && k > from && /^(to|be|been|being)$/.test(tokens[k - 1].lower))) continue;
      // An auxiliary and its verb ("would be", "were sexually harassed") are one.
      let before = k - 1;
      while (before > from && isBeforeCue(tokens[before]) && !verbal(tokens[before])) before--;
      if (before >= from && verbal(tokens[before]) && !tokens[before].post) continue;
      // What is said has a verb of its own before the main clause's; an infinitive or an adjective has none ("who are expected to win met …").
      if (++finite === (clausal ? 2 : 1)) {
        let end = k - 1;
        while (end > from && isBeforeCue(tokens[end])) end--;
        return this.endThroughClosingMarks(end);
      }
    }
    return -1;
  }

  /** "which Democrats say …", "a letter that he said …": a relative pronoun right before the source, the cue a curated speech verb. */
  private reportedRelative(source: TokenRange, cue: TokenRange, sentence: Sentence): boolean {
    // "a speech which even critics say was …": "even" before the source stands inside the relative clause.
    const stressed = source.first - 1 > sentence.first && /^(even|also)$/.test(this.tokens[source.first - 1].lower) && !this.tokens[source.first - 1].post;
    const b = stressed ? source.first - 2 : source.first - 1;
    const before = this.tokens[b];
    // "a decision they say allowed …": a noun right before the source opens a relative clause without a pronoun.
    const zeroRelative = !stressed && before?.tags.has('Noun') && !hasAny(before, ['Pronoun', 'Possessive', 'Verb', 'Preposition']);
    return b >= sentence.first && source.first > sentence.first && (/^(which|that|who|whom|what)$/.test(before.lower) || zeroRelative) && !before.post && !this.quoted[b] &&
      CUE_ACT.has(this.tokens[cue.first].lower) && !/[,.;:!?]$/.test(this.tokens[cue.last - 1].post);
  }

  /** "an emotional defense", "limited enthusiasm", "some kind words": a short noun phrase (no possessive: "their support for" stays the content) from `k` ending in a noun of stance or speech, its end; or -1. */
  private stanceNounEnd(k: number, sentence: Sentence): number {
    const { tokens } = this;
    let m = k;
    // "showed no sign of", "offered some kind words about": the tagger reads "no" as an interjection and "kind" as a noun.
    const modifier = (token: Token) => (hasAny(token, ['Determiner', 'Adjective', 'Adverb']) && !hasAny(token, ['Possessive', 'Pronoun'])) || /^(no|kind)$/.test(token.lower);
    while (m < sentence.last && m - k < 3 && !tokens[m].post && !this.quoted[m] && modifier(tokens[m]) && !STANCE_NOUNS.has(tokens[m].lower)) m++;
    return m < sentence.last && !tokens[m].post && !this.quoted[m] && STANCE_NOUNS.has(tokens[m].lower) ? m + 1 : -1;
  }

  /** A preposition right after a cue that opens its object, not a time ("said on Tuesday") or an infinitive ("vowed to run"). */
  private cuePrepositionAt(k: number, sentence: Sentence): boolean {
    const { tokens } = this;
    const preposition = tokens[k];
    const next = tokens[k + 1];
    if (k + 1 >= sentence.last || preposition.post || this.quoted[k] || next.tags.has('Date') || next.lower === 'that') return false;
    if (preposition.lower === 'to') return !next.tags.has('Verb') && hasAny(next, ['Determiner', 'Possessive', 'ProperNoun', 'Noun']);
    return CUE_PREPOSITIONS.has(preposition.lower);
  }

  /** "…, the agency reported Friday." / "…, an aide said on the call.": nothing but a time or place runs on to the sentence's end. */
  private onlyAdjunctToEnd(from: number, sentence: Sentence): boolean {
    const { tokens } = this;
    const lead = tokens[from];
    if (!lead || !(lead.tags.has('Date') || CONTENT_LEADS.has(lead.lower)) || lead.lower === 'that') return false;
    for (let k = from; k < sentence.last; k++) {
      const token = tokens[k];
      // "in a video message to …": a noun the tagger read as a verb after a determiner, adjective or noun is no verb;
      // "said in posing the question to …": nor is a gerund right after the adjunct's preposition.
      // ("insist on being …", "talked about cutting …": other prepositions open what the cue is about).
      const gerundAfterPreposition = k === from + 1 && token.tags.has('Gerund') && /^(in|after|before|while)$/.test(tokens[from].lower);
      const verb = token.tags.has('Verb') && !token.tags.has('Date') && !gerundAfterPreposition &&
        !(k > from && !hasAny(token, ['Auxiliary', 'Copula', 'Modal', 'PastTense', 'Gerund']) && hasAny(tokens[k - 1], ['Determiner', 'Adjective', 'Noun']) && !tokens[k - 1].tags.has('Pronoun'));
      if (this.quoted[k] || token.lower === 'that' || verb || k - from > MAX_NP_TOKENS) return false;
      // "reported on Tuesday -- a development that …": a dash set off by spaces after the adjunct opens the writer's aside.
      if (token.post && k < sentence.last - 1) return this.isDashAfter(k) && /^\s*\S+\s/.test(this.text.slice(token.end, tokens[k + 1].start + 1));
    }
    return true;
  }

  /** `adding that he said: “I will marry her. She will win.”`: a quote opened in the content runs on to its close. */
  private throughOpenQuote(start: number, end: number): number {
    for (const quote of this.quotes) {
      if (quote.open >= end) break;
      if (quote.open >= start && quote.closed && quote.close > end && !this.text.slice(end, quote.close).includes('\n')) return quote.close;
    }
    return end;
  }

  /**
   * "…, they argue, …" / "In the end, Mr. Rosenthal said, union voters …": the content is the clause around the
   * source and cue; a short lead-in before them ("In the end") is not part of it.
   */
  private parenthetical(sentence: Sentence, source: TokenRange, cue: TokenRange, after = cue.last): Attribution | null {
    const { tokens } = this;
    const sentenceStart = Math.max(sentence.start, tokens[sentence.first].start - tokens[sentence.first].pre.length);
    const beforeEnd = tokens[source.first - 1].end;
    // "…, Lee said, adding …": a second cue after the comma opens its own attribution, not the rest of this clause.
    // "…, records show, and experts say …": a new clause after "and" or "but" is no part of this one.
    const hasAfter = after < sentence.last && /,$/.test(tokens[after - 1].post) && !(/ing$/.test(tokens[after].lower) && this.isCue(after)) &&
      !/^(and|but)$/.test(tokens[after].lower);
    let start = hasAfter ? this.frontStart(sentence, source.first) : sentenceStart;
    if (hasAfter && start === sentenceStart) start = this.subjectAfterLeadIn(sentence, source.first, after) ?? start;
    const beforeWords = wordCount(this.text, start, beforeEnd);
    // "Lee had no debts, the bank said, and had paid every loan", "Turn back now, they warned, and you lose": a clause of the source's
    // front that goes on after ", and"/", but" with a verb or a subject and verb is still what was said, when no cue of its own follows.
    const goesOn = !hasAfter && after + 1 < sentence.last && /,$/.test(tokens[after - 1].post) && /^(and|but)$/.test(tokens[after].lower) && !this.quoted[after] &&
      !this.quoted[source.first - 1] && (this.isFinite(tokens[this.pastAdverbs(after + 1, sentence)]) || this.subjectAndVerbAt(after + 1, sentence)) &&
      !tokens.slice(after + 1, sentence.last).some((_, i) => this.isCue(after + 1 + i));
    if (goesOn && beforeWords >= 4) return { direct: false, start, end: this.contentEnd(after + 1, sentence), cue, source, head: null };
    const afterEnd = hasAfter ? this.contentEnd(after, sentence) : beforeEnd;
    // "This plan, he said, is dead": a short front is still the subject when the words after the source open with its verb.
    let verb = hasAfter ? this.pastAdverbs(after, sentence) : after;
    if (/^(never|not)$/.test(tokens[verb]?.lower ?? '') && verb + 1 < sentence.last) verb++;
    const verbAfter = hasAfter && beforeWords >= 1 && this.isVerbOfClause(tokens[verb]) && !this.isCue(verb);
    if (beforeWords >= 4 || start > sentenceStart || verbAfter) return { direct: false, start, end: hasAfter ? afterEnd : beforeEnd, cue, source, head: null };
    // "Sales were great, he said, wiping his face": a participle after the cue tells how it was said; the short clause before is the content.
    if (beforeWords >= 2 && tokens[after]?.tags.has('Gerund') && /ing$/.test(tokens[after].lower)) return { direct: false, start, end: beforeEnd, cue, source, head: null };
    if (!hasAfter) return null;
    const afterStart = tokens[after].start - (/["“‘']/.test(tokens[after].pre) ? tokens[after].pre.length : 0);
    return afterEnd - afterStart > 3 ? { direct: false, start: afterStart, end: afterEnd, cue, source, head: null } : null;
  }

  /**
   * "After the war, the 1920 election, we might recall, was a rout": when the clause goes on after the source with its verb, the
   * noun phrase after the front's last comma is its subject, and what stands before that comma sets the scene; where the subject starts.
   */
  private subjectAfterLeadIn(sentence: Sentence, before: number, after: number): number | null {
    const { tokens } = this;
    let verb = after;
    while (verb < sentence.last - 1 && verb - after < 2 && tokens[verb].tags.has('Adverb') && !tokens[verb].post) verb++;
    if (!this.isVerbOfClause(tokens[verb])) return null;
    let comma = -1;
    for (let k = sentence.first; k < before - 1; k++) {
      if (this.quoted[k]) return null;
      if (/,$/.test(tokens[k].post)) comma = k;
    }
    if (comma < 0) return null;
    for (let k = comma + 1; k < before; k++) if (this.isVerbOfClause(tokens[k]) || this.isCue(k)) return null;
    return tokens[comma + 1].start;
  }

  /**
   * "The real worry, said Tom Hill, a farmer, is the cost": after a cue set off by commas, a verb past a comma in what follows
   * goes on with the subject before the cue, which has none of its own; the verb's index, or -1.
   */
  private verbAfterSource(after: TokenRange, cue: number, sentence: Sentence): number {
    const { tokens } = this;
    // "The deal, announced Friday, would last …", "His group, called the Fund, will …": only a verb of saying is inverted so, not a participle after its noun.
    if (!SAY_VERBS.has(tokens[cue].lower) || tokens[after.first].tags.has('Date')) return -1;
    if (tokens.slice(sentence.first, cue).some((token, i) => this.isVerbOfClause(token) || this.quoted[sentence.first + i])) return -1;
    for (let m = after.first + 1; m <= Math.min(sentence.last - 1, after.last + 1); m++) {
      if (!/,$/.test(tokens[m - 1].post) || this.quoted[m]) continue;
      let verb = m;
      while (verb < sentence.last - 1 && verb - m < 2 && tokens[verb].tags.has('Adverb') && !tokens[verb].post) verb++;
      if (this.isVerbOfClause(tokens[verb]) && !this.isCue(verb)) return m;
    }
    return -1;
  }

  /**
   * Where the clause a mid-sentence source interrupts begins: the sentence's start, or after a dash that opens the last aside
   * before the source ("He had a rally - and the permit, his aides said, was hard to get"), past its "and" or "but".
   */
  private frontStart(sentence: Sentence, before: number): number {
    const { tokens } = this;
    let dashes = 0;
    let last = -1;
    for (let k = sentence.first + 1; k < before; k++) {
      if (this.dashBefore(k) && !this.quoted[k]) {
        dashes++;
        last = k;
      }
    }
    if (dashes % 2 === 1) {
      const first = /^(and|but)$/.test(tokens[last].lower) && last + 1 < before ? last + 1 : last;
      return tokens[first].start - (/["“‘']/.test(tokens[first].pre) ? tokens[first].pre.length : 0);
    }
    return Math.max(sentence.start, tokens[sentence.first].start - tokens[sentence.first].pre.length);
  }

  /**
   * "The club's new course, Ann Lee said, “is a perfect example” of …": words before a source and cue set off by commas, with no
   * cue or quote of their own, start the clause the quote after the cue goes on with; where it starts, or null.
   */
  private frontOfInterruptedClause(cue: TokenRange, source: TokenRange | null): number | null {
    const { tokens } = this;
    const first = source ? Math.min(cue.first, source.first) : cue.first;
    const sentence = this.sentenceOf(cue.first);
    if (first <= sentence.first || !/,$/.test(tokens[first - 1].post) || tokens[first - 1].sentence !== sentence.index) return null;
    if (/ing$/.test(tokens[cue.first].lower)) return null;
    for (let k = sentence.first; k < first; k++) if (this.isCue(k) || this.quoted[k] || this.isVerbOfClause(tokens[k]) || /[:;]/.test(tokens[k].post)) return null;
    return this.frontStart(sentence, first);
  }

  /** After "told": one noun phrase (the hearer), ending before a pronoun or determiner that opens the content. */
  private objectEnd(from: number, sentence: Sentence): number {
    const { tokens } = this;
    let k = from;
    while (k < sentence.last && k - from < 6 && isNpToken(tokens[k]) && tokens[k].lower !== 'that') {
      if (k > from && (tokens[k].tags.has('Pronoun') || (tokens[k].tags.has('Determiner') && !tokens[k - 1].tags.has('Preposition')))) break;
      k++;
      if (tokens[k - 1].post) break;
    }
    return k;
  }

  /** Where the noun phrase from `from` ends: at its punctuation, or before a verb, a clause opener or a relative pronoun. */
  private stanceObjectEnd(from: number, sentence: Sentence): number {
    const { tokens } = this;
    let k = from;
    // "backing Hill and Lee": "and" between names joins them.
    const joinsNames = (m: number) => /^(and|or)$/.test(tokens[m].lower) && m > from && isCapitalised(tokens[m - 1]) && m + 1 < sentence.last && isCapitalised(tokens[m + 1]);
    while (k < sentence.last && k - from < MAX_NP_TOKENS && !this.quoted[k] && (isNpToken(tokens[k]) || tokens[k].lower === 'for' || joinsNames(k) || (k === from && this.objectModifierAt(k))) &&
      (!SUBJECT_BOUNDARIES.has(tokens[k].lower) || joinsNames(k)) && !CLAUSE_OPENERS.has(tokens[k].lower) && !(k > from && this.isFinite(tokens[k]))) {
      k++;
      // "backing Hill, Lee and Roe": a list of names goes on after its commas.
      const listGoesOn = tokens[k - 1].post === ',' && k < sentence.last && isCapitalised(tokens[k - 1]) && hasAny(tokens[k], ['ProperNoun', 'Person', 'Honorific']) && !this.isFinite(tokens[k + 1] ?? tokens[k]);
      // "then-Gov. Lee": a hyphen joins the words it stands between.
      if (tokens[k - 1].post && tokens[k - 1].post !== '-' && !isAbbreviation(tokens[k - 1]) && !listGoesOn) break;
    }
    return k;
  }

  /** The "to" of an infinitive right after a short time ("on Tuesday to", "last week to") from `from`, or -1. */
  private infinitiveAfterTime(from: number, sentence: Sentence): number {
    const { tokens } = this;
    let k = from < sentence.last && /^(on|last|this|earlier)$/.test(tokens[from].lower) && !tokens[from].post ? from + 1 : from;
    const start = k;
    while (k < sentence.last && k - start < 2 && !tokens[k].post && !this.quoted[k] && (hasAny(tokens[k], ['Date', 'WeekDay', 'Month']) || TIME_WORDS.has(tokens[k].lower))) k++;
    if (k === start || k + 1 >= sentence.last || this.quoted[k] || tokens[k].lower !== 'to' || tokens[k - 1].post) return -1;
    return hasAny(tokens[k + 1], ['Determiner', 'Possessive', 'ProperNoun', 'Pronoun', 'Value']) ? -1 : k;
  }

  /** `that` opening the content clause, after at most an object or adverbials ("said in an interview that"). */
  private findThat(from: number, sentence: Sentence): number {
    let inPhrase = false;
    for (let k = from; k < Math.min(sentence.last, from + MAX_THAT_DISTANCE); k++) {
      const token = this.tokens[k];
      const next = this.tokens[k + 1];
      // "referring to the period before the ruling that legalized it": a "that" with a verb right after it and a phrase before it is a relative pronoun of that phrase.
      if (token.lower === 'that') return k > from && inPhrase && this.relativeVerbAt(k + 1) ? -1 : k;
      // "said Monday at a rally in Dayton, Ohio, that …": a comma inside a place name or right before "that" goes on.
      const goesOn = token.post === ',' && next !== undefined && inPhrase && !this.quoted[k + 1] &&
        (next.lower === 'that' || (isCapitalised(token) && hasAny(token, ['Place', 'City', 'Region']) && hasAny(next, ['Place', 'Region', 'Country'])));
      if (/[;:,]$/.test(token.post) && !goesOn) return -1;
      if (token.tags.has('Preposition') || CONTENT_LEADS.has(token.lower)) inPhrase = true;
      else if (token.tags.has('Date') || token.tags.has('Value')) continue;
      else if (!(inPhrase && isNpToken(token))) return -1;
    }
    return -1;
  }

  /** A finite verb at `k`, not a word the tagger may read either way: what follows a relative "that". */
  private relativeVerbAt(k: number): boolean {
    const token = this.tokens[k];
    if (token === undefined || this.quoted[k] || !token.tags.has('Verb') || hasAny(token, ['Noun', 'Pronoun', 'Determiner', 'ProperNoun', 'Adjective', 'Gerund', 'Infinitive'])) return false;
    // A plural noun the tagger reads as a verb ("that conventions were dull") would start a clause; a past form or an auxiliary will not.
    return hasAny(token, ['Auxiliary', 'Modal', 'Copula']) || (token.tags.has('PastTense') && /ed$/.test(token.lower));
  }

  /**
   * "accused Lee of lying to them when she …", "blamed Hill for cutting it as he …": a charge (a gerund after "of" or "for", with an object
   * or phrase of its own, not "his support of waterboarding and …") between `from` and `k`, whose own time or cause follows it.
   */
  private chargeBefore(from: number, k: number): boolean {
    const { tokens } = this;
    return tokens.slice(from + 1, k - 1).some((token, i) => token.tags.has('Gerund') && /^(of|for)$/.test(tokens[from + i].lower) && !this.quoted[from + 1 + i] &&
      !token.post && !/^(and|or)$/.test(tokens[from + 2 + i].lower));
  }

  /**
   * "Ann Lee, who said …", "Lee, though she praised Hill, …": `from` lies in an aside that a comma and a relative pronoun or a conjunction
   * open after the sentence's subject, its verb still to come.
   */
  private subjectAsideBefore(from: number, sentence: Sentence): boolean {
    const { tokens } = this;
    for (let j = from - 1; j > sentence.first; j--) {
      if (this.quoted[j]) return false;
      if (/,["”’']*$/.test(tokens[j - 1].post)) {
        return SUBJECT_ASIDE_OPENERS.has(tokens[j].lower) && !tokens.slice(sentence.first, j).some((token) => this.isVerbOfClause(token) || (/[,;:]/.test(token.post) && token !== tokens[j - 1]));
      }
    }
    return false;
  }

  /** "…, calling for a ban", "…, saying that …": a cue in "-ing" right after a comma, within the few tokens before `from`. */
  private participleCueBefore(from: number, sentence: Sentence): boolean {
    const { tokens } = this;
    for (let j = from - 1; j >= Math.max(sentence.first + 1, from - 3); j--) {
      if (this.quoted[j]) return false;
      if (/ing$/.test(tokens[j].lower) && /,$/.test(tokens[j - 1].post) && this.isCue(j)) return true;
    }
    return false;
  }

  /**
   * "and pointedly saying …": at `k` an "and" (adverbs may follow) before another participle, none standing in the content
   * since `from` ("cutting taxes and raising fees" lists acts within it).
   */
  private joinedParticipleAt(k: number, from: number, sentence: Sentence): boolean {
    const { tokens } = this;
    if (tokens[k].lower !== 'and' || this.quoted[k]) return false;
    let j = k + 1;
    while (j < sentence.last && tokens[j].tags.has('Adverb') && /ly$/.test(tokens[j].lower) && !tokens[j].post) j++;
    const participle = tokens[j];
    if (!participle || this.quoted[j] || !/ing$/.test(participle.lower) || !hasAny(participle, ['Gerund', 'Verb'])) return false;
    // "and growing economic inequality", "and training local forces": an "-ing" word before an adjective or a bare noun describes it.
    const next = tokens[j + 1];
    if (next && !participle.post && hasAny(next, ['Adjective', 'Noun']) && !hasAny(next, ['Determiner', 'Possessive', 'Pronoun', 'ProperNoun'])) return false;
    return !tokens.slice(from, k).some((token, i) => /ing$/.test(token.lower) && hasAny(token, ['Gerund', 'Verb']) && !this.quoted[from + i]);
  }

  /** "Ann Lee", "Mr. Hill", "him": tokens `from` to `k` are an object pronoun or a name of up to four capitalised words, nothing else. */
  private nameOrPronounObject(from: number, k: number): boolean {
    const { tokens } = this;
    if (k - from === 1 && /^(him|her|them|it|me|us)$/.test(tokens[from].lower)) return true;
    return k - from <= 4 && tokens.slice(from, k).every((token, i) => !this.quoted[from + i] && isCapitalised(token) && hasAny(token, ['ProperNoun', 'Person', 'Honorific']) && (!token.post || isAbbreviation(token)));
  }

  /** "that Lee leads, while Hill trails": a contrast set against a reported clause, with no cue of its own, goes on with it. */
  private contrastGoesOn(k: number, from: number, sentence: Sentence): boolean {
    const { tokens } = this;
    const clause = tokens[from].lower === 'that' || tokens.slice(from, k).some((token) => this.isVerbOfClause(token));
    return clause && !tokens.slice(k + 1, sentence.last).some((_, i) => this.isCue(k + 1 + i));
  }

  /** The content runs to the end of its sentence, terminal punctuation excluded, closing quote marks kept. */
  private contentEnd(from: number, sentence: Sentence): number {
    const { tokens } = this;
    let last = sentence.last - 1;
    // "While Ann Lee said the plan was dead, she …", "While Lee praised Hill, the council …": a content inside a fronted clause
    // ends where the main clause starts, after one word too.
    let opener = /^(and|but|yet|so)$/.test(tokens[sentence.first].lower) ? sentence.first + 1 : sentence.first;
    // "A week after Lee announced …, Hill …", "Last month, when I asked …, he …": a few words of time, no verb among them, may stand before the clause's conjunction.
    for (let j = opener + 1; j < Math.min(opener + 5, from - 1) && !FRONTED_CLAUSE_OPENERS.has(tokens[opener].lower); j++) {
      if (this.quoted[j] || this.isVerbOfClause(tokens[j - 1]) || tokens[j - 1].lower === 'that') break;
      // The cue must lie in that clause: no punctuation between the conjunction and the content.
      if (TIME_CLAUSE_OPENERS.has(tokens[j].lower) && !tokens.slice(j, from - 1).some((token, i) => /[,;:—–-]/.test(token.post) && !joinsByHyphen(tokens, j + i))) opener = j;
    }
    // "As the Herald reported, even if …, she …": a content (not a quote) opening right after the fronted clause's first comma is the main clause.
    const afterFirstComma = /,["”’']*$/.test(tokens[from - 1]?.post ?? '') && !tokens.slice(opener, from - 1).some((token) => token.post !== '');
    const closesFront = afterFirstComma && !this.quoted[from] && !/["“‘]/.test(tokens[from]?.pre ?? '');
    const cueIndex = tokens[from - 1]?.lower === 'that' ? from - 2 : from - 1;
    // "As Lee spoke, Hill noted that even at home, the party …": a comma after the fronted clause's own verb closed it before the cue,
    // so a "that" clause the cue takes is no part of the front.
    const frontClosed = tokens[from].lower === 'that' && !this.quoted[from] && !tokens.slice(opener + 1, cueIndex).some((token) => CLAUSE_OPENERS.has(token.lower)) && tokens.slice(opener + 1, cueIndex).some((token, i) => /,$/.test(token.post) && !this.quoted[opener + 1 + i] &&
      tokens.slice(opener + 1, opener + 2 + i).some((word) => this.isVerbOfClause(word)));
    const inFrontedClause = from > opener && FRONTED_CLAUSE_OPENERS.has(tokens[opener].lower) && !closesFront && !frontClosed;
    // A content opening with "that" or a subject pronoun is a clause, not an object: the object-only ends below pass it by.
    const contentOpensClause = /^(that|he|she|they|we|i|it)$/.test(tokens[from].lower);
    const pastCue = cueIndex >= 0 && tokens[cueIndex].tags.has('PastTense') && this.isCue(cueIndex);
    const presentCue = cueIndex >= 0 && tokens[cueIndex].tags.has('PresentTense') && /[^s]s$/.test(tokens[cueIndex].lower) && this.isCue(cueIndex);
    const inSubjectAside = this.subjectAsideBefore(from, sentence);
    const participleCue = this.participleCueBefore(from, sentence);
    // "with most members blasting the plan and the council dispatching an aide": what one noun phrase of an absolute says ends where the next one starts.
    const absoluteCue = cueIndex > 0 && /ing$/.test(tokens[cueIndex].lower) && this.withSubjectBefore(cueIndex);
    for (let k = from; k < sentence.last; k++) {
      // "Lee asserted that the plan had failed: “…,” she said": a quote after a colon handed on to a cue of its own is not more of the content.
      if (k > from && /:$/.test(tokens[k - 1].post) && this.quoteHandedOnAt(k)) {
        last = k - 1;
        break;
      }
      if (absoluteCue && k > from && this.nextAbsoluteAt(k, sentence)) {
        last = k - 1;
        break;
      }
      // "…, mocking the plan and pointedly saying …", "…, writing a book and leading …": after a participle cue, "and" before
      // another participle joins the next act of the same subject, not more of what the first one says.
      if (participleCue && k > from && this.joinedParticipleAt(k, from, sentence)) {
        last = k - 1;
        break;
      }
      const afterComma = /,["”’']*$/.test(tokens[k - 1]?.post ?? '');
      // "If we thought it safe, then we would …", "Though Lee said so, there is …": "then" may open the main clause, "there" be its subject
      // (not after a cue set off by commas: "If Lee wins, Hill said, then …" reports the whole).
      const mainAt = tokens[k]?.lower === 'then' && !tokens[k].post && !/,$/.test(tokens[from - 1].post) ? k + 1 : k;
      const thereIs = tokens[k]?.lower === 'there' && k + 1 < sentence.last && hasAny(tokens[k + 1], ['Copula', 'Modal', 'Auxiliary']);
      if (inFrontedClause && k > from && afterComma && (thereIs || this.opensMainClause(mainAt, sentence, true))) {
        last = k - 1;
        break;
      }
      // "…, and the council passed it", "…, so the council …": a new subject and verb after ", and"/", so" is the writer's next clause; ", and that …" goes on with the content.
      if (k > from + 2 && /^(and|so)$/.test(tokens[k - 1].lower) && (/,["”’']*$/.test(tokens[k - 2].post) || this.openingDashBefore(k - 1, sentence)) && tokens[k].lower !== 'that' && !this.quoted[k - 1] && this.opensMainClause(k, sentence)) {
        last = k - 2;
        break;
      }
      if (this.commaSpliceAt(k, from, sentence)) {
        last = k - 1;
        break;
      }
      // "Ann Lee, though she said the plan was dead, quietly stopped short of …": a cue inside an aside after the sentence's subject; a verb after a comma is the subject's own.
      if (k > from + 1 && afterComma && inSubjectAside && !this.quoted[k] && !hasAny(tokens[k], ['Noun', 'Pronoun', 'Gerund']) && this.isFinite(tokens[this.pastAdverbs(k, sentence)]) && !this.isCue(this.pastAdverbs(k, sentence))) {
        last = k - 1;
        break;
      }
      const clauseBreak = k > from + 1 && (afterComma || (tokens[k - 1].lower === 'and' && tokens[k - 2].post.endsWith(',')));
      // "a couple of months of asking", "after recently accusing Lee": a gerund a preposition takes is its object, no new cue.
      // "a letter asking the council to …", "reporters asking him …": a gerund right after a noun modifies it, inside the content.
      const afterNoun = !tokens[k - 1].post && tokens[k - 1].tags.has('Noun') && !hasAny(tokens[k - 1], ['Pronoun', 'Verb']) && !this.quoted[k - 1];
      const gerundCue = /ing$/.test(tokens[k].lower) && this.isCue(k) && !this.objectOfPreposition(k, from) && !afterNoun;
      const cueAfterComma = afterComma && (this.isCue(k) || this.bringsToSpeakAt(k)) && !tokens[k].tags.has('Infinitive');
      // "… criticized Hill, saying he …": a cue after a comma ends an object of one word too.
      if ((k > from + 1 || (k > from && cueAfterComma)) && (cueAfterComma || (gerundCue && (clauseBreak || (CUE_ACT.get(tokens[k].lower) ?? 'SAID') !== 'SAID')))) {
        last = tokens[k - 1].lower === 'and' ? k - 2 : k - 1;
        break;
      }
      // "…, when …" goes on with the content more often than not on PolNeAR train; the other relatives end it.
      const opener = (index: number): boolean => CLAUSE_OPENERS.has(tokens[index]?.lower ?? '') && tokens[index].lower !== 'when';
      // "that Gov. Lee, who must decide, has said nothing", "the scandal, while troublesome, was …": an aside inside the subject of the
      // content, its verb after the closing comma, goes on.
      const embedded = afterComma && tokens[k].lower !== 'but' && this.embeddedAsideAt(k, from, sentence);
      // "…, in which he said …": what happened in the thing named goes on with the content.
      const relative = opener(k) || (tokens[k].tags.has('Preposition') && tokens[k].lower !== 'in' && opener(k + 1));
      // "…, but that …", "…, but also …", "…, but rather …" and "…, but not …" ("only", "never") go on with what was said; another ", but" opens the writer's clause.
      // "… — but the council …": a dash before a clause break ends the content as a comma does.
      const dashBreak = this.openingDashBefore(k, sentence) && CLAUSE_BREAKS.has(tokens[k].lower) && !this.quoted[k];
      // "a poll found 49 percent back Lee, while 19 percent back Hill": a finding's contrast with "while" or "whereas" is part of what was found.
      // "said that Dayton grew, while Springfield lost …": a contrast after a reported clause, with no cue after it, goes on too.
      // "a poll found 49 percent back Lee, although fewer …": so does its concession, when no cue of its own follows.
      const findingContrast = this.findingAt(from) && (/^(while|whereas)$/.test(tokens[k].lower) || (/^(although|though)$/.test(tokens[k].lower) && this.contrastGoesOn(k, from, sentence)));
      // "…, although she is registered as …" goes on the same way; "…, although it was not clear …" is the writer's hedge on it.
      const concedes = /^(although|though)$/.test(tokens[k].lower) && tokens[k + 1]?.lower !== 'it';
      // "said they back Lee, while 95 members favored Hill": a count of others after a reported answer is the writer's tally.
      let counted = k + 1;
      while (counted < sentence.last && /^(about|only|nearly|roughly|some|just)$/.test(tokens[counted].lower)) counted++;
      const otherCount = tokens[k].lower === 'while' && tokens[counted] !== undefined && tokens[counted].tags.has('Value') && !this.quoted[counted];
      const contrastFound = findingContrast || (afterComma && ((tokens[k].lower === 'while' && !otherCount) || concedes) && this.contrastGoesOn(k, from, sentence));
      // "a crucial, although brief, chance", "…, though not the results": "though" with no clause after it qualifies a word of the content
      // ("though public records show …" has one).
      const next = tokens[k + 1];
      const ellipticalThough = /^(though|although)$/.test(tokens[k].lower) && next !== undefined && !this.quoted[k + 1] &&
        (next.tags.has('Negative') || (next.tags.has('Adjective') && (next.post !== '' || !tokens[k + 2]?.tags.has('Noun'))) || (next.tags.has('Adverb') && !this.subjectAndVerbAt(k + 2, sentence)) || (/ed$/.test(next.lower) && !hasAny(next, ['Noun', 'Pronoun'])));
      // "Lee's lead stayed in double digits, but narrowed": a second verb of the same subject goes on with what was found.
      const sharedSubject = tokens[k].lower === 'but' && next !== undefined && this.findingAt(from) && next.tags.has('PastTense') && !hasAny(next, ['Noun', 'Pronoun', 'Copula', 'Auxiliary']);
      if (k > from + 1 && (afterComma || dashBreak) && !embedded && ((CLAUSE_BREAKS.has(tokens[k].lower) && !contrastFound && !ellipticalThough && !sharedSubject && !(tokens[k].lower === 'but' && /^(that|also|rather|not|only|never)$/.test(tokens[k + 1]?.lower ?? ''))) || (relative && k > from + MIN_TOKENS_BEFORE_ASIDE && afterComma))) {
        last = k - 1;
        break;
      }
      // "touted his wins in his opening statement", "asked for his view during a radio interview", "thanked supporters at a rally": after an object
      // with no verb of its own, the speaker's own statement, interview or gathering it was said at is the writer's, unless the content goes on after it ("described the plan in an
      // interview as …", "expressed frustration in an interview that …"); after an infinitive ("plans to unveil it at a rally") it is the act's own.
      const ownMedium = (/^(in|during)$/.test(tokens[k].lower) && this.ownMediumAt(k + 1, sentence, OWN_MEDIUM_NOUNS)) || (/^(at|during)$/.test(tokens[k].lower) && this.ownMediumAt(k + 1, sentence, GATHERING_NOUNS));
      if (k > from && ownMedium && !tokens[k - 1].post && !hasAny(tokens[k - 1], ['Verb', 'Preposition']) &&
        !this.quoted[from] && !contentOpensClause && tokens[from].lower !== 'to' && !tokens.slice(from, k).some((token) => this.isVerbOfClause(token)) &&
        !tokens.slice(k, sentence.last).some((token, i) => /^(that|as|by|when|which|who)$/.test(token.lower) && !this.quoted[k + i])) {
        // "backs Lee and in a statement praised …": "and" joins the subject's next act.
        last = tokens[k - 1].lower === 'and' && k - 1 > from ? k - 2 : k - 1;
        break;
      }
      // "confirmed the meeting on condition of anonymity", "…, he said, on the condition that he not be named": the terms of the telling are the writer's.
      const terms = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
      if (k > from && /^(on|under)$/.test(tokens[k].lower) && /^conditions?$/.test(tokens[terms]?.lower ?? '') && /^(of|that)$/.test(tokens[terms + 1]?.lower ?? '') && !this.quoted[k]) {
        last = k - 1;
        break;
      }
      // "never mentioned Lee, who trailed …", "praising the candidate, who runs …": after a short object with no verb of its own, a relative clause is the
      // writer's too, unless the cue's phrase goes on after the aside ("praised Lee, who left, as a fighter", "lauded Hill, whose term ends, for …").
      const shortObject = k <= from + MIN_TOKENS_BEFORE_ASIDE && !this.quoted[from] && !contentOpensClause &&
        !tokens.slice(from, k).some((token) => this.isVerbOfClause(token) || token.lower === 'that');
      if (k > from && afterComma && relative && !embedded && shortObject && !tokens.slice(k + 1, sentence.last).some((token, i) => /^(as|for|of|to)$/.test(token.lower) && /,$/.test(tokens[k + i].post))) {
        last = k - 1;
        break;
      }
      // "…, echoing some commentators": a participle clause after a comma is the writer's, not the content.
      // "…, including …", "…, ranging from …" list or measure part of the content itself; so does the next item of a content
      // that is itself a gerund ("cutting taxes, raising fees and …").
      const gerundList = tokens[from].tags.has('Gerund') && !this.quoted[from];
      // "supported Trump, providing a boost …": a name alone is an object the participle's clause comes after too.
      const nameAlone = k === from + 1 && tokens[from].tags.has('ProperNoun') && !this.quoted[from];
      if ((k > from + 1 || nameAlone) && afterComma && !embedded && tokens[k].tags.has('Gerund') && !CONTENT_PARTICIPLES.has(tokens[k].lower) && !gerundList && !this.quoted[k]) {
        last = k - 1;
        break;
      }
      // "praised Lee as he left the stage", "to ban the book, because it …": after an object with no verb of its own, a clause
      // of time or cause with a subject of its own is the writer's setting, after a comma or a dash too. A content opening with "that"
      // or a subject pronoun is a clause ("he beat expectations because …"), whatever the tagger made of its verb.
      // "praised Lee before leaving", "backed the plan despite the cost": a gerund after "before"/"after", or a concession, is the writer's
      // setting too, unless a measure or an adverb ties it to the object ("two days after taking office", "right after …"), or it sits
      // in a relative clause of the content ("a man who despite …") or in an aside between commas ("that Lee, despite the cost, built …").
      const tiedToObject = hasAny(tokens[k - 1], ['Adverb', 'Value']) || /^(days?|weeks?|months?|years?|hours?)$/.test(tokens[k - 1].lower) ||
        tokens.slice(from, k).some((token) => CLAUSE_OPENERS.has(token.lower));
      const settingPhrase = !tiedToObject && ((/^(before|after)$/.test(tokens[k].lower) && tokens[k + 1]?.tags.has('Gerund') && !this.quoted[k + 1]) || (OBJECT_SETTING_PREPOSITIONS.has(tokens[k].lower) && !(afterComma && tokens.slice(k, sentence.last - 1).some((token) => /,/.test(token.post)))));
      if (k > from && ((OBJECT_SETTING_OPENERS.has(tokens[k].lower) && this.subjectAndVerbAt(k + 1, sentence)) || settingPhrase) && !findingContrast && /^(,|—|–|-|--)?$/.test(tokens[k - 1].post) && !this.quoted[from] && !this.quoted[k] && !/^(that|he|she|they|we|i)$/.test(tokens[from].lower) && !tokens.slice(from, k).some((token) => this.isVerbOfClause(token) || token.lower === 'that') && !this.chargeBefore(from, k)) {
        // "… even though she …": "even" opens the clause with its conjunction, "…, and while she …" the conjunction before it.
        last = k - 1 > from && /^(even|and|but)$/.test(tokens[k - 1].lower) ? k - 2 : k - 1;
        break;
      }
      // "endorsed Ann Lee in May", "praised him during the debate": after an object that is only a name or a pronoun, a time or an occasion is the writer's.
      // Not a finding ("the poll showed Lee in the lead"), nor a stance whose reason follows ("attacked Lee during the race for her ties to …").
      const reasonAfter = tokens.slice(k + 1, sentence.last).some((token, i) => /^(for|over)$/.test(token.lower) && !tokens.slice(k, k + 1 + i).some((before, m) => before.post && !joinsByHyphen(tokens, k + m)));
      if (k > from && NAME_OBJECT_ADJUNCTS.has(tokens[k].lower) && !tokens[k - 1].post && !this.quoted[k] && this.nameOrPronounObject(from, k) && !this.findingAt(from) && !reasonAfter) {
        last = k - 1;
        break;
      }
      // "said she would vote for him, despite their feud", "…, even as he has attacked …": after a reported clause, a concession set off by a comma is the writer's.
      // "said he would win – even though he …": an opening dash sets off "even as"/"even though" as a comma does, after a reported clause or an infinitive.
      const concession = tokens[k].lower === 'despite' || (tokens[k].lower === 'even' && /^(as|though)$/.test(tokens[k + 1]?.lower ?? ''));
      const dashedConcession = tokens[k].lower === 'even' && concession && this.openingDashBefore(k, sentence) && tokens.slice(from, k).some((token) => this.isVerbOfClause(token) || token.tags.has('Infinitive'));
      if (k > from + 2 && ((tokens[k - 1].post === ',' && concession && tokens.slice(from, k).some((token) => this.isVerbOfClause(token))) || dashedConcession) && !this.quoted[k]) {
        last = k - 1;
        break;
      }
      // "… favor Lee, compared with 40 percent who …": a comparison after a comma (not one inside a quote) is the writer's, set against the content.
      if (k > from + 1 && tokens[k - 1].post === ',' && tokens[k].lower === 'compared' && /^(with|to)$/.test(tokens[k + 1]?.lower ?? '') && !this.quoted[k]) {
        last = k - 1;
        break;
      }
      if (k > from + 1 && afterComma && this.closingAppositiveAt(k, sentence)) {
        last = k - 1;
        break;
      }
      if (k > from + 1 && this.dashAsideAt(k, from, sentence)) {
        last = k - 1;
        break;
      }
      // "embraced her record, something that …", "backed the ban — a move that …": a noun summing up what was said or done, after a comma or an
      // opening dash, is the writer's comment on it.
      if (k > from + 1 && (afterComma || this.openingDashBefore(k, sentence)) && !embedded && this.summingAppositiveAt(k, afterComma)) {
        last = k - 1;
        break;
      }
      // "…, Jamieson said Trump is …": a new source and cue after a comma start their own attribution.
      // "a poll found 43% back Lee, and 42% support Hill": a share's stance is one more answer of what was found.
      const foundStance = BARE_STANCE_VERBS.has(tokens[k].lower) && this.findingAt(from);
      if (k > from + 2 && this.isCue(k) && !tokens[k].tags.has('Gerund') && !foundStance) {
        const source = this.sourceBefore(k, from + 1);
        if (source && /,$/.test(tokens[source.first - 1].post) && !this.frontedInThatClause(from, source.first - 1, k)) {
          last = source.first - 1;
          break;
        }
        // "…, and one in five say it's …": the same after a comma and a conjunction; "… and he says …", "… and Lee said …" without the
        // comma too (after a closing quote mark: "accuses Hill of “lying” and Lee says …"), unless the name before "and" makes the two one list of subjects.
        // "… claimed the attack but officials have said …": "but" never joins two subjects of one cue.
        // "… hacked the Council computers and she accused …": "he", "she" or "they" alone is no second name of a list of subjects.
        const thirdPerson = source !== null && source.last === source.first + 1 && /^(he|she|they)$/.test(tokens[source.first].lower);
        const joined = source && source.first - 2 > from && /^(and|but)$/.test(tokens[source.first - 1].lower) && (/,["”’']*$/.test(tokens[source.first - 2].post) || tokens[source.first - 1].lower === 'but' || (/^["”’']*$/.test(tokens[source.first - 2].post) && hasAny(tokens[source.first], ['Person', 'ProperNoun', 'Pronoun']) &&
          !hasAny(tokens[source.first], ['Possessive']) && (!hasAny(tokens[source.first - 2], ['Person', 'ProperNoun']) || thirdPerson)));
        if (source && joined) {
          last = source.first - 2;
          break;
        }
        // "…, and three-quarters said the same", "… and 14 percent said …": a share of those asked, after a comma or "and", says the next answer.
        const share = this.shareBefore(k, from + 2);
        if (share >= 0 && (/,$/.test(tokens[share - 1].post) || tokens[share - 1].lower === 'and')) {
          last = tokens[share - 1].lower === 'and' ? share - 2 : share - 1;
          break;
        }
      }
      // "… and said it's …", "… but added …": a second cue joined by "and" or "but" starts its own attribution;
      // "he is proud … and expects …": a verb of belief goes on with the reported clause's subject.
      // "said the group is neutral and supports both sides": a present-tense verb after a past-tense cue agrees with the content's subject, not the source.
      const agreesWithContent = pastCue && tokens[k].tags.has('PresentTense') && /[^s]s$/.test(tokens[k].lower) && tokens.slice(from, k - 1).some((token) => this.isVerbOfClause(token));
      // "said she was tired of it and wanted a change", "says it considered Dayton but opted not to": after a reported clause, a verb of
      // stance or choice (no verb of speech) goes on with the clause's subject; one addressed to someone ("and called her …", "and
      // called for …") is the source's next act.
      const after = tokens[k + 1];
      const addressed = after !== undefined && (/^(for|on)$/.test(after.lower) || hasAny(after, ['Pronoun', 'ProperNoun', 'Person']));
      const stanceOfContent = !CUE_ACT.has(tokens[k].lower) && !addressed && tokens.slice(from, k - 1).some((token) => this.isVerbOfClause(token));
      if (!stanceOfContent && k > from + 1 && /^(and|but)$/.test(tokens[k - 1].lower) && this.isCue(k) && CUE_ACT.get(tokens[k].lower) !== 'BELIEVED' && !tokens[k].tags.has('Infinitive') && !agreesWithContent) {
        last = k - 2;
        break;
      }
      // "said the plan works but did not say who …", "… and has never criticized …": a helper and a negation after "and"/"but" before a cue of
      // speech carry the source's next act too.
      if (k > from + 1 && /^(and|but)$/.test(tokens[k - 1].lower) && this.joinedNegatedCueAt(k, sentence)) {
        last = k - 2;
        break;
      }
      // "denies that the crime was planned and goes on to …": after a present-tense cue and a content in the past, a present-tense verb
      // after "and" agrees with the source, not the content.
      if (k > from + 1 && presentCue && tokens[k - 1].lower === 'and' && !this.quoted[k] && tokens[k].tags.has('PresentTense') && /[^s]s$/.test(tokens[k].lower) &&
        !hasAny(tokens[k], ['Noun', 'Auxiliary', 'Copula']) && !this.isPluralNounAt(k, sentence) && tokens.slice(from, k - 1).some((token) => this.isFinite(token) && token.tags.has('PastTense')) &&
        !tokens.slice(from, k - 1).some((token) => this.isVerbOfClause(token) && !token.tags.has('PastTense'))) {
        last = k - 2;
        break;
      }
      // "praised the budget and (he) (then) went back to …": after an object with no verb of its own, "and"/"but" with a verb go on with the subject.
      // A content opening with "that" or a subject pronoun and holding a modal or auxiliary is a clause ("that it should not be cut but propped up"), though
      // the tagger found no finite verb ("that assignment" is no clause); a cue after "and" still starts its own attribution ("… and predicted that …").
      // "mentioned Lee, but that has changed", "backed the plan and it passed": "it" or "that" with a verb is a subject too.
      const subject = k + 1 < sentence.last && ((/^(he|she|they|we|i)$/.test(tokens[k].lower) && this.isFinite(tokens[k + 1])) ||
        (/^(it|that)$/.test(tokens[k].lower) && k - 1 > from && this.isVerbOfClause(tokens[this.pastAdverbs(k + 1, sentence)])));
      // "talked about the plan and his campaign did not respond", "declined to run and the party could not find …": after the object of a
      // cue that takes no clause, a noun phrase and a helper verb after "and" are the writer's next clause ("said Lee and Hill would …" share one).
      const takesNoClause = tokens[from].lower === 'to' || (Boolean(tokens[from - 1]?.tags.has('Preposition')) && !/^(to|according)$/.test(tokens[from - 1].lower) && !/^(that|he|she|they|we|i)$/.test(tokens[from].lower));
      let helper = k;
      while (helper < Math.min(k + 5, sentence.last - 1) && isNpToken(tokens[helper]) && !tokens[helper].post && !hasAny(tokens[helper], ['Modal', 'Auxiliary']) && !/^(that|who|which|where)$/.test(tokens[helper].lower)) helper++;
      // Not inside a clause the object opened ("how costs and taxes could …", "a place where Lee and Hill can …"), nor "his would-be rival".
      const helperClause = takesNoClause && helper > k && hasAny(tokens[helper], ['Modal', 'Auxiliary']) && !this.quoted[helper] && !tokens[helper].post.startsWith('-') &&
        !tokens.slice(from, k).some((token) => /^(how|what|why|whether|where|when|which|who|that)$/.test(token.lower));
      const clauseContent = /^(that|he|she|they|we|i)$/.test(tokens[from].lower) && !this.quoted[from] && !this.isCue(this.pastAdverbs(k, sentence)) &&
        tokens.slice(from + 1, k - 1).some((token) => this.isVerbOfClause(token));
      if (k > from && /^(and|but)$/.test(tokens[k - 1].lower) && (this.isFinite(tokens[this.pastAdverbs(k, sentence)]) || subject || helperClause) && !this.quoted[k] && !clauseContent && !tokens.slice(from, k - 1).some((token) => this.isFinite(token))) {
        last = k - 2;
        break;
      }
      // "a report in Politico that …", "his remarks to the Daily News": an outlet after a noun of speech or writing is where that was said, inside the
      // content ("an article for X" names the speaker's own outlet, a via).
      // The speaker's own "in a statement to E! News" is not such a noun: the outlet is the via.
      const inOwnStatement = tokens.slice(Math.max(from, k - 4), k - 1).some((token, m, before) => token.lower === 'in' && before.slice(m + 1).every((word) => hasAny(word, ['Determiner', 'Adjective'])));
      const spokenIn = (CLAIM_NOUNS.has(tokens[k - 1].lower) || REPORT_NOUNS.has(tokens[k - 1].lower)) && !tokens[k - 1].post && tokens[k].lower !== 'for' && !inOwnStatement;
      if (k > from + 1 && VIA_PREPOSITIONS.has(tokens[k].lower) && this.outletAt(k + 1) && !spokenIn) {
        last = k - 1;
        break;
      }
      // "… raising taxes (which Lee also backs) …": an aside in parentheses that opens with a clause word is the writer's.
      if (k > from && /\(\s*$/.test(tokens[k].pre) && /^(which|who|although|though|with|even|but|and)$/.test(tokens[k].lower) && !this.quoted[k]) {
        last = k - 1;
        break;
      }
      // "… (Lee has pleaded not guilty.) And …": a sentence that ends inside a parenthesis, which the splitter missed, ends the content.
      if (k >= from && /^[.!?]+["”’']*\)/.test(tokens[k].post) && !this.quoted[k]) {
        last = k;
        break;
      }
      // "…''responsibility gene''; rivals …": a semicolon ends the content, after a closing quote mark too.
      const semicolon = /^[”"’']*;/.test(tokens[k].post);
      if (semicolon || (k > from && tokens[k].lower === 'according' && tokens[k - 1].post === ',')) {
        last = k - (semicolon ? 0 : 1);
        break;
      }
    }
    return this.endThroughClosingMarks(last);
  }

  /**
   * "said that after the vote, Hill called her", "argued that although Lee lost, he won respect": the comma at `comma` closes a
   * setting fronted inside a reported "that" clause (its only comma), so the subject and verb after it are that clause's own,
   * unless the verb at `cue` is plainly one of speech ("that while Lee won, he said …" hands on to a new speaker).
   */
  private frontedInThatClause(from: number, comma: number, cue: number): boolean {
    const { tokens } = this;
    const lead = tokens[from + 1];
    if (tokens[from].lower !== 'that' || this.quoted[from] || !lead || UNMISTAKABLE_CUES.has(tokens[cue].lower)) return false;
    if (!FRONTED_CLAUSE_OPENERS.has(lead.lower) && !lead.tags.has('Preposition')) return false;
    return !tokens.slice(from, comma).some((token, i) => token.post !== '' || this.quoted[from + i]);
  }

  /**
   * "said they are close to their goal, they have no help from …": after a reported clause with its own subject and verb, a pronoun
   * or a name and its verb after a comma start the writer's next clause, unless a word before opened a clause that comma closes
   * ("that if Lee wins, he will …", "that by the time it came, it was …").
   */
  private commaSpliceAt(k: number, from: number, sentence: Sentence): boolean {
    const { tokens } = this;
    if (k <= from + 2 || tokens[k - 1].post !== ',' || this.quoted[k] || this.quoted[k - 1] || !this.subjectAndVerbAt(k, sentence)) return false;
    // "…, Lee said", "…, Lou Gehrig's and …": a cue of its own, or a possessive the tagger split into a silent verb.
    if (tokens.slice(k, k + 3).some((token, i) => this.isCue(k + i) || token.text === '' || /['’]s$/.test(token.text))) return false;
    // "conducted in May, Lee led …": a content that opens with a verb has no subject of its own.
    if (tokens[from].tags.has('Verb') || !tokens.slice(from, k).some((token) => this.isVerbOfClause(token))) return false;
    return !tokens.slice(from, k).some((token, i) => FRONTED_CLAUSE_OPENERS.has(token.lower) || CLAUSE_OPENERS.has(token.lower) || SPLICE_OPENERS.has(token.lower) || (token.lower === 'that' && i > 0));
  }

  /** The aside at `k` (a relative clause, "while …", a participle) sits between commas inside a subject with no verb yet (from `from`), its clause's verb right after the second comma. */
  private embeddedAsideAt(k: number, from: number, sentence: Sentence): boolean {
    const { tokens } = this;
    // "its report found that the entities, which …, are …": the subject is that of the innermost "that" clause.
    let start = tokens[from].lower === 'that' ? from + 1 : from;
    for (let m = k - 1; m > start; m--) {
      if (tokens[m].lower === 'that' && !this.quoted[m]) {
        start = m + 1;
        break;
      }
    }
    // A text may end on the "that" itself.
    if (start >= sentence.last || tokens[start].lower === 'to' || tokens[k].post || tokens.slice(start, k).some((token) => this.isVerbOfClause(token))) return false;
    for (let m = k + 2; m < sentence.last; m++) {
      // "that Lee, who runs a farm, “is a fighter”": the verb after the closing comma may open a quote; a comma inside one closes nothing.
      if (!/,$/.test(tokens[m - 1].post) || this.quoted[m - 1]) continue;
      const verb = this.pastAdverbs(m, sentence);
      // "asked that the flag, which …, be removed": a subjunctive "be" is the clause's verb too.
      return this.isVerbOfClause(tokens[verb]) || tokens[verb].lower === 'be';
    }
    return false;
  }

  /** "three-quarters", "more than 4 in 10", "39 (have)": a share or count of people, no verb in it, ending before the cue at `cue`; its first token, or -1. */
  private shareBefore(cue: number, floor: number): number {
    const { tokens } = this;
    let end = cue;
    while (end > floor && /^(have|has|had|also)$/.test(tokens[end - 1].lower)) end--;
    let first = end;
    while (first > floor && end - first < 6 && (!tokens[first - 1].post || tokens[first - 1].tags.has('Hyphenated')) && !this.quoted[first - 1] && tokens[first - 1].lower !== 'and' && !CLAUSE_BREAKS.has(tokens[first - 1].lower) && !hasAny(tokens[first - 1], ['Verb', 'Pronoun', 'Determiner'])) first--;
    if (first === end || first <= floor || !(tokens[first - 1].post || tokens[first - 1].lower === 'and')) return -1;
    const share = tokens.slice(first, end).some((token) => (token.tags.has('Value') && !token.tags.has('Ordinal')) || /^(percent|half|majority|three-quarters|two-thirds|others)$/.test(token.lower));
    return share ? first : -1;
  }

  /** "found (that) …", "shows …", "In a poll, …": the content at `from` follows a cue that reports a finding of a poll, study or count. */
  private findingAt(from: number): boolean {
    if (this.pollFindings.has(from)) return true;
    const cue = from - (this.tokens[from - 1]?.lower === 'that' ? 2 : 1);
    return cue >= 0 && /^(found|finds|find|show|shows|showed|shown)$/.test(this.tokens[cue].lower);
  }

  /** A finite verb, or an auxiliary, modal or copula ("wasn’t", "will"): what gives a clause its own verb. */
  private isVerbOfClause(token: Token): boolean {
    return this.isFinite(token) || hasAny(token, ['Modal', 'Copula', 'Auxiliary']);
  }

  /** "he left", "they will", "Tom Hill said": a pronoun or a name of one or two words, then a verb of its clause, from token `k`. */
  private subjectAndVerbAt(k: number, sentence: Sentence): boolean {
    return this.verbAfterSubjectAt(k, sentence) >= 0;
  }

  /** The verb of `subjectAndVerbAt`'s clause from token `k`, or -1 when no subject and verb open there. */
  private verbAfterSubjectAt(k: number, sentence: Sentence): number {
    const { tokens } = this;
    if (k + 1 >= sentence.last || tokens[k].post || this.quoted[k]) return -1;
    const verbAt = (index: number) => (this.isVerbOfClause(tokens[index]) ? index : -1);
    // "he also said", "Lee later left", "there is": an expletive "there" opens a clause too; adverbs may stand between the subject and its verb.
    if (/^(he|she|they|it|we|i|you|there)$/.test(tokens[k].lower)) return verbAt(this.pastAdverbs(k + 1, sentence));
    const name = (token: Token) => hasAny(token, ['ProperNoun', 'Person']) && isCapitalised(token);
    if (!name(tokens[k])) return -1;
    // "Attorney General Ann Lee adopted": a title may stand before the name, up to four capitalised words.
    let next = k + 1;
    while (next < sentence.last - 1 && next - k < 4 && name(tokens[next]) && !tokens[next - 1].post) next++;
    return tokens[next - 1].post ? -1 : verbAt(this.pastAdverbs(next, sentence));
  }

  /**
   * A past or perfect verb at `verb`, inside a run ending at `last`, that heads a clause: not a participle modifying the noun or
   * date right after it ("Democratic registered voters", "a poll by Acme released Monday") or taking an agent ("a letter from Acme
   * obtained by the Star"), nor a plural noun read as a verb.
   */
  private clauseVerbInRun(verb: number, last: number): boolean {
    const { tokens } = this;
    if (verb < 0 || verb >= last) return false;
    const token = tokens[verb];
    const next = tokens[verb + 1];
    if (!token.tags.has('PastTense') && !/^(has|have|had|is|was|are|were)$/.test(token.lower)) return false;
    return token.post !== '' || !(next.tags.has('Date') || next.lower === 'by' || (next.tags.has('Noun') && !hasAny(next, ['Pronoun', 'Determiner'])));
  }

  /** "… and then boomed", "… and once again did not like": the token after the adverbs (not negatives) from `k`, at most three. */
  private pastAdverbs(k: number, sentence: Sentence): number {
    const { tokens } = this;
    let m = k;
    while (m < sentence.last - 1 && m - k < 3 && tokens[m].tags.has('Adverb') && isBeforeCue(tokens[m]) && !tokens[m].tags.has('Negative') && !/n['’]t$/.test(tokens[m].lower) && !this.quoted[m]) m++;
    return m;
  }

  /** "of asking", "after recently accusing": the gerund at `k` follows a preposition, adverbs between, within the content. */
  private objectOfPreposition(k: number, from: number): boolean {
    const { tokens } = this;
    let m = k - 1;
    while (m > from && tokens[m].tags.has('Adverb') && !tokens[m].post) m--;
    return m >= from && !tokens[m].post && tokens[m].tags.has('Preposition') && !/^(while|when|as)$/.test(tokens[m].lower);
  }

  /** "…, a move that could …" / "…, the worst in years": a noun phrase after a comma that runs to the sentence's end is the writer's comment. */
  private closingAppositiveAt(k: number, sentence: Sentence): boolean {
    const { tokens } = this;
    if (!/^(a|an|the)$/.test(tokens[k].lower) || this.quoted[k]) return false;
    for (let m = k; m < sentence.last; m++) {
      const token = tokens[m];
      // "…, the press and himself": the last items of a list, not a comment.
      if ((token.post && m < sentence.last - 1) || this.quoted[m] || /^(and|or)$/.test(token.lower)) return false;
      if (CLAUSE_OPENERS.has(token.lower) || token.lower === 'that') break;
      // "…, a plan the council later dropped", "…, a step he has resisted": a subject right after the noun opens a relative clause with no "that".
      const previous = tokens[m - 1];
      // A common noun only ("the Obama White House was …" is a name; "the more votes he wins, …" a comparison).
      if (m > k + 1 && !previous.post && previous.tags.has('Noun') && !hasAny(previous, ['Pronoun', 'Adjective', 'Date']) && !isCapitalised(previous) &&
        !/^(more|less|fewer|better|worse)$/.test(tokens[k + 1].lower) && this.subjectOfContactClauseAt(m, sentence) &&
        !tokens.slice(m, sentence.last - 1).some((later, i) => later.post !== '' || this.quoted[m + i])) return this.isAppositive(k, m - 1);
      // "…, the president was out of step": a clause after a fronted phrase, not a comment on what came before.
      if (hasAny(token, ['Modal', 'Copula', 'Auxiliary'])) return false;
    }
    return this.isAppositive(k, sentence.last - 1);
  }

  /** "a statement", "his opening statement", "a victory rally": at `k`, "a"/"an" or a possessive, at most three more words, and a noun of `heads` as its head. */
  private ownMediumAt(k: number, sentence: Sentence, heads: Set<string>): boolean {
    const { tokens } = this;
    if (k >= sentence.last || !/^(a|an|his|her|their|its)$/.test(tokens[k].lower) || tokens[k].post) return false;
    for (let m = k + 1; m < Math.min(sentence.last, k + 5); m++) {
      if (this.quoted[m]) return false;
      const next = tokens[m + 1];
      if (heads.has(tokens[m].lower) && (tokens[m].post || next === undefined || !next.tags.has('Noun') || next.tags.has('Date'))) return true;
      if (tokens[m].post) return false;
    }
    return false;
  }

  /**
   * "something (that) …", "a move …", "a bold step …": at `k`, "something" (after a comma: "— something a rival also noted" after a dash goes on
   * with the content more often than not on PolNeAR train), "all" or "one" after a dash, or "a"/"an", at most two adjectives and a noun of SUMMING_NOUNS.
   */
  private summingAppositiveAt(k: number, afterComma: boolean): boolean {
    const { tokens } = this;
    if (this.quoted[k]) return false;
    if (tokens[k].lower === 'something') return afterComma;
    // "— all businesses he has assailed", "- one of them on a weekend": after a dash, a word of quantity takes up what came before
    // ("— all plan to skip it" has a verb of its own; "— all firms that …" a noun the tagger may read as one, its relative clause after it).
    if (/^(all|one|both|each)$/.test(tokens[k].lower)) {
      const next = tokens[k + 1];
      return !afterComma && next !== undefined && !this.quoted[k + 1] && (!this.isVerbOfClause(next) || /^(that|who|which)$/.test(tokens[k + 2]?.lower ?? ''));
    }
    let m = /^(a|an)$/.test(tokens[k].lower) ? k + 1 : k;
    while (m < tokens.length && m - k < 3 && !tokens[m - 1].post && tokens[m].tags.has('Adjective') && !SUMMING_NOUNS.has(tokens[m].lower)) m++;
    const head = tokens[m];
    return head !== undefined && !this.quoted[m] && (m > k || head.lower === 'moves') && (m === k || !tokens[m - 1].post) && SUMMING_NOUNS.has(head.lower);
  }

  /** "the council later dropped", "he has resisted": a subject pronoun, or a name or "the" noun phrase, then a verb of its clause, from token `k`. */
  private subjectOfContactClauseAt(k: number, sentence: Sentence): boolean {
    const { tokens } = this;
    if (this.subjectAndVerbAt(k, sentence)) return true;
    if (tokens[k].lower !== 'the') return false;
    let m = k + 1;
    while (m < sentence.last && m - k < 5 && !tokens[m - 1].post && isNpToken(tokens[m]) && !this.isVerbOfClause(tokens[m])) m++;
    return m > k + 1 && m < sentence.last && !tokens[m - 1].post && this.isVerbOfClause(tokens[this.pastAdverbs(m, sentence)]);
  }

  /** A dash between tokens `k - 1` and `k`: an em dash, or a hyphen or en dash with a space ("cut - but"), not a compound's hyphen. */
  private dashBefore(k: number): boolean {
    const gap = this.text.slice(this.tokens[k - 1].end, this.tokens[k].start);
    return /^\s*(—|–|--?)\s*$/.test(gap) && (gap.includes('—') || /\s/.test(gap));
  }

  /** A dash before token `k` with no second dash after it in the sentence: no pair around an aside ("had begun - but never finished - the …"). */
  private openingDashBefore(k: number, sentence: Sentence): boolean {
    if (!this.dashBefore(k)) return false;
    for (let m = k + 1; m < sentence.last; m++) if (this.dashBefore(m)) return false;
    return true;
  }

  /** "… members - there are two …", "… would pass — she had …": after a dash no second dash closes, a clause of the writer's. */
  private dashAsideAt(k: number, from: number, sentence: Sentence): boolean {
    const { tokens } = this;
    // A dash after an earlier one in the content closes an aside ("that – in his job – he is …"); "con- clusion" is a word broken at a line.
    if (this.quoted[k] || !this.openingDashBefore(k, sentence) || /\S-\s/.test(this.text.slice(tokens[k - 1].end - 1, tokens[k].start))) return false;
    for (let m = from + 1; m < k; m++) if (this.dashBefore(m)) return false;
    if (tokens[k].lower === 'there' || this.subjectAndVerbAt(k, sentence)) return true;
    // "— a decline that took hold", "— the fees Clinton has received", "— something a caller told": a noun phrase with a relative clause
    // (a second subject inside it) is a comment on what came before.
    if (!this.opensMainClause(k, sentence)) return false;
    let verb = k;
    while (verb < sentence.last && !this.isVerbOfClause(tokens[verb])) verb++;
    return !tokens.slice(k, verb).some((token, i) => /^(that|which|who)$/.test(token.lower) || (i > 0 && (token.tags.has('Determiner') || this.subjectAndVerbAt(k + i, sentence))));
  }

  /**
   * ", she voted …", ", the party is …": a pronoun, or a short noun phrase and its finite verb, open a clause. With `joinHyphens`,
   * words joined by a hyphen ("the front-runner did …") stay in the noun phrase (after ", and" this read "eighth-grade scores" as a clause).
   */
  private opensMainClause(k: number, sentence: Sentence, joinHyphens = false): boolean {
    const { tokens } = this;
    if (this.quoted[k]) return false;
    if (CLAUSE_SUBJECT_WORDS.has(tokens[k].lower)) return true;
    // "…, and his refusal to disavow them": a possessive's noun phrase with no verb before the next punctuation goes on with the list before it.
    if (POSSESSIVE_DETERMINERS.has(tokens[k].lower)) {
      for (let m = k + 1; m < sentence.last && !this.quoted[m]; m++) {
        if (this.isVerbOfClause(tokens[m])) return true;
        if (/[,;:.!?()]/.test(tokens[m].post) && !isAbbreviation(tokens[m])) return false;
      }
      return false;
    }
    let m = k;
    // "Ms. Lee is …", "both sides actually aren't …": a title's period stays in the noun phrase; adverbs may stand before the verb.
    // "…, and three of the four backers of the bill hold …": an "of" phrase stays in the subject's noun phrase.
    const ofPhrase = (index: number) => index > k && tokens[index].lower === 'of' && index + 1 < sentence.last && isNpToken(tokens[index + 1]);
    while (m < sentence.last && m - k < 10 && (isNpToken(tokens[m]) || ofPhrase(m)) && (!tokens[m].post || isAbbreviation(tokens[m]) || (joinHyphens && joinsByHyphen(tokens, m))) && !this.isFinite(tokens[m]) && (m - k < 6 || tokens.slice(k, m).some((_, i) => ofPhrase(k + i)))) m++;
    if (m === k || m >= sentence.last) return false;
    // "…, 27 percent of those who named a candidate said …": "those" with its restrictive relative clause is a group as subject,
    // where a plain noun may still be an object of the clause before ("…, and workers who lost jobs").
    if (tokens[m].lower === 'who' && tokens[m - 1].lower === 'those' && !tokens[m - 1].post) return true;
    const verb = tokens[this.pastAdverbs(m, sentence)];
    // "…, and three of the four backers hold seats": after a subject with an "of" phrase, a plain present form the tagger read as an infinitive agrees with it.
    const plainPresent = verb.tags.has('PresentTense') && verb.tags.has('Infinitive') && !verb.tags.has('Gerund') && tokens.slice(k, m).some((token) => token.lower === 'of');
    return this.isFinite(verb) || hasAny(verb, ['Modal', 'Auxiliary']) || plainPresent;
  }

  /** "said comments from Lee were …", "biofuel advocates say": a plural noun the tagger read as a present-tense verb, a preposition or a verb after it. */
  private isPluralNounAt(k: number, sentence: Sentence): boolean {
    const { tokens } = this;
    const token = tokens[k];
    const next = tokens[k + 1];
    if (!token.tags.has('PresentTense') || !/[^s]s$/.test(token.lower) || token.tags.has('Auxiliary') || token.tags.has('Copula') || token.post || k + 1 >= sentence.last) return false;
    // "refugee advocates also said": an adverb may stand between the noun and the cue ("reportedly" is a cue of its own).
    let cue = k + 1;
    while (cue + 1 < sentence.last && tokens[cue].tags.has('Adverb') && AUXILIARIES.has(tokens[cue].lower) && tokens[cue].lower !== 'reportedly' && !tokens[cue].post) cue++;
    return (next.tags.has('Preposition') && next.lower !== 'to') || CUE_WORDS.has(tokens[cue].lower);
  }

  /** "said states like Ohio will …": a plural the tagger reads as a verb, then a modal or a form of "be" later in the clause, is that clause's subject. */
  private pluralSubjectAt(k: number, sentence: Sentence): boolean {
    const { tokens } = this;
    if (!tokens[k].tags.has('PresentTense') || !/[^s]s$/.test(tokens[k].lower) || hasAny(tokens[k], ['Auxiliary', 'Copula'])) return false;
    for (let m = k + 1; m < Math.min(sentence.last, k + 7); m++) {
      if (tokens[m - 1].post || this.quoted[m] || /^(that|who|which)$/.test(tokens[m].lower) || hasAny(tokens[m], ['Determiner', 'Pronoun'])) return false;
      if (hasAny(tokens[m], ['Modal', 'Copula', 'Auxiliary'])) return true;
    }
    return false;
  }

  /** "did not say", "has never criticized": at `k` a helper, "not" or "never", then a cue of speech or stance (no belief). */
  private joinedNegatedCueAt(k: number, sentence: Sentence): boolean {
    const { tokens } = this;
    if (!/^(did|does|do|has|have|had|would|will|could)$/.test(tokens[k].lower) || tokens[k].post || this.quoted[k] || k + 2 >= sentence.last) return false;
    const m = k + 2;
    return /^(not|never)$/.test(tokens[k + 1].lower) && !tokens[k + 1].post && this.isCue(m) && CUE_ACT.has(tokens[m].lower) && CUE_ACT.get(tokens[m].lower) !== 'BELIEVED';
  }

  /** A verb that heads a clause of its own: no gerund, infinitive or participle. */
  private isFinite(token: Token): boolean {
    if (/^(has|have|had|was|were|is|are)$/.test(token.lower)) return true;
    // "the self-described socialist", "a state-owned firm": the "-ed" half of a hyphenated compound is a participle describing a noun.
    if (token.tags.has('Hyphenated') && /ed$/.test(token.lower) && this.text[token.start - 1] === '-') return false;
    return token.tags.has('Verb') && (token.tags.has('PastTense') || token.tags.has('PresentTense')) &&
      !token.tags.has('Gerund') && !token.tags.has('Infinitive') && !token.tags.has('Participle');
  }

  /** The end of token `last` through the closing quote in the punctuation after it ("“a liar,”" keeps its comma and mark). */
  private throughClosingQuote(last: number): number {
    const token = this.tokens[last];
    const closing = /^[^”"’']*(''|[”"’])/.exec(token.post);
    return closing && this.text.startsWith(closing[0], token.end) ? token.end + closing[0].length : token.end;
  }

  /** Where content ending with token `last` ends: its closing quote marks kept, terminal punctuation not. */
  private endThroughClosingMarks(last: number): number {
    const token = this.tokens[last];
    const closing = /^[.!?,;:]*([”"’']+)/.exec(token.post);
    if (!closing) return token.end;
    const marks = closing[1];
    // A closing mark written before the terminal punctuation stays with the content ("… untrue”.").
    return this.text.startsWith(marks, token.end) ? token.end + marks.length : token.end;
  }

  private accordingTo(j: number, sentence: Sentence, cue: TokenRange): Attribution | null {
    const { tokens } = this;
    const named = this.sourceAfter(j, sentence);
    if (!named) return null;
    const source = this.withClosedAppositive(named, sentence);
    // "And it has not gone unnoticed: according to polls, …": after a colon or semicolon a new clause opens as at a sentence start.
    const opensClause = j === sentence.first || /[:;]$/.test(tokens[j - 1].post);
    if (opensClause || (j > sentence.first && /[,—]$/.test(tokens[j - 1].post))) {
      if (opensClause) {
        const k = source.last;
        if (k >= sentence.last) return null;
        return { direct: false, start: tokens[k].start, end: this.contentEnd(k, sentence), cue, source, head: null };
      }
      const start = Math.max(sentence.start, tokens[sentence.first].start - tokens[sentence.first].pre.length);
      // "…, according to an official, two were upgraded …": the clause goes on after the source.
      const continues = source.last < sentence.last && /,$/.test(tokens[source.last - 1].post);
      // "He left after, according to Ann Lee, the board ousted him", "While most were kept, according to an aide, two were upgraded":
      // after a subordinator left open, or a fronted subordinate clause, the source's clause is the one going on after it.
      // "… that, according to officials, it …", "… and, according to officials, adopted …": PolNeAR reads the source with the clause before.
      const openBefore = SETTING_CLAUSE_OPENERS.includes(tokens[j - 1].lower) || (FRONTED_CLAUSE_OPENERS.has(tokens[sentence.first].lower) &&
        !tokens.slice(sentence.first, j - 1).some((token) => /,$/.test(token.post)));
      if (continues && (openBefore || wordCount(this.text, start, tokens[j - 1].end) < 4)) {
        return { direct: false, start: tokens[source.last].start, end: this.contentEnd(source.last, sentence), cue, source, head: null };
      }
      // "The real worry, according to an aide, was the cost": a subject with no verb of its own before the source goes on after it.
      if (continues && this.withAppositiveToEnd(source, sentence) === source && !tokens.slice(sentence.first, j).some((token) => this.isVerbOfClause(token))) {
        return { direct: false, start, end: this.contentEnd(source.last, sentence), cue, source, head: null };
      }
      let clauseStart = this.quoteOpeningBefore(start, tokens[j - 1].end);
      // "Weaver says it can close the gap in delegates, which stood at 263, according to the AP": with the clause reported by a
      // speech verb of its own, the source vouches for the relative clause that closes it.
      const said = tokens.slice(sentence.first, j).findIndex((token) => SAY_VERBS.has(token.lower));
      for (let k = j - 2; said >= 0 && k > sentence.first + said; k--) {
        if (/,$/.test(tokens[k].post) && !tokens[k + 1].pre && /^(which|who)$/.test(tokens[k + 1].lower)) {
          clauseStart = tokens[k + 1].start;
          break;
        }
      }
      // "Hill won the county, according to the count, even as …": after a whole clause, what follows the source is the writer's.
      return { direct: false, start: clauseStart, end: tokens[j - 1].end, cue, source: this.withAppositiveToEnd(source, sentence), head: null };
    }
    // "That's according to exit polls.": the demonstrative opening the sentence stands for what the source reports.
    const copula = j - 1;
    if (copula - 1 === sentence.first && tokens[copula].tags.has('Copula') && /^(that|this)(['’]s)?$/.test(tokens[sentence.first].lower) && !tokens[sentence.first].post) {
      const demonstrative = tokens[sentence.first];
      const end = demonstrative.start + demonstrative.text.replace(/['’]s$/, '').length;
      return { direct: false, start: demonstrative.start, end, cue: { first: copula, last: cue.last }, source, head: null };
    }
    // "Lee leads by 9 points according to a count by the Herald.": with no comma, the clause before still is what the source reports.
    if (j > sentence.first && !tokens[j - 1].post && !this.quoted[j - 1] && (source.last >= sentence.last || /[,.;]$/.test(tokens[source.last - 1].post))) {
      const first = this.clauseStartBefore(j, sentence);
      if (first < 0 || wordCount(this.text, tokens[first].start, tokens[j - 1].end) < 4) return null;
      for (let k = first; k < j; k++) if (this.used[k] || this.quoted[k]) return null;
      if (!tokens.slice(first, j).some((token) => this.isFinite(token))) return null;
      return { direct: false, start: tokens[first].start, end: tokens[j - 1].end, cue, source: this.withAppositiveToEnd(source, sentence), head: null };
    }
    return null;
  }

  /**
   * Where content from `start` to `end` opens when a quote closing inside it (or right before it) opened in an earlier sentence:
   * "“We won. We will win again,” Hill said, according to the Herald" reports the whole quote with its cue.
   */
  private quoteOpeningBefore(start: number, end: number): number {
    for (const quote of this.quotes) {
      if (!quote.closed || quote.open >= start || quote.close > end || this.text.slice(quote.open, start).includes('\n')) continue;
      // "“… believe in?” O’Malley said at a press conference, according to …": a quote closing just before the sentence, its cue opening it.
      const [first, last] = this.tokenRange(start, end);
      const cueOpens = !this.text.slice(quote.close, start).trim() &&
        this.tokens.slice(first, Math.min(last, first + MAX_QUOTE_CUE_LEAD)).some((token) => SAY_VERBS.has(token.lower));
      if (quote.close > start || cueOpens) return quote.open;
    }
    return start;
  }

  /** "…, according to Tom Hill, a Republican strategist.": an appositive or relative clause closing the sentence is the source's. */
  private withAppositiveToEnd(source: TokenRange, sentence: Sentence): TokenRange {
    const { tokens } = this;
    const first = source.last;
    if (first >= sentence.last || tokens[first - 1].post !== ',') return source;
    if (!(this.opensNominal(first) || /^(who|which|including)$/.test(tokens[first].lower)) || this.opensAdjunct(first)) return source;
    for (let k = first; k < sentence.last; k++) if (this.quoted[k] || /[;:]/.test(tokens[k].post)) return source;
    return this.isAppositive(first, sentence.last - 1) ? { first: source.first, last: sentence.last } : source;
  }

  /** A noun phrase opening at `first`: a determiner, adjective, noun or possessive, no verb, preposition or plain pronoun. */
  private opensNominal(first: number): boolean {
    const lead = this.tokens[first];
    return hasAny(lead, ['Determiner', 'Adjective', 'Noun', 'ProperNoun', 'Value', 'Possessive']) &&
      !hasAny(lead, ['Verb', 'Preposition', 'Conjunction', 'Adverb']) && !(lead.tags.has('Pronoun') && !lead.tags.has('Possessive'));
  }

  /** "According to Tom Hill, a former envoy, the plan …": an appositive set off by commas after the source, with the clause going on after it. */
  private withClosedAppositive(source: TokenRange, sentence: Sentence): TokenRange {
    const { tokens } = this;
    const first = source.last;
    if (first >= sentence.last || tokens[first - 1].post !== ',' || !this.opensNominal(first) || this.opensAdjunct(first)) return source;
    // "According to the survey, 70% of adults …", "…, Cheryl Mills, a top aide, sent …": a number or a name after the comma is the clause's subject.
    const lead = tokens[first];
    if (!hasAny(lead, ['Determiner', 'Possessive']) || lead.tags.has('Value') || lead.lower === 'one' || (lead.tags.has('ProperNoun') && !lead.tags.has('Possessive'))) return source;
    for (let k = first; k < Math.min(sentence.last - 1, first + MAX_CLOSED_APPOSITIVE_TOKENS); k++) {
      if (this.quoted[k] || /[;:]/.test(tokens[k].post)) return source;
      if (tokens[k].post !== ',') continue;
      if (CLAUSE_OPENERS.has(tokens[k + 1].lower) || !this.isAppositive(first, k)) return source;
      return { first: source.first, last: k + 1 };
    }
    return source;
  }

  /** "the crowd formed a “line snaking around the block”": a quoted phrase inside the writer's own sentence, no cue before it, names or mocks; it is no one's next words. */
  private quotedPhrase(quote: Quote): boolean {
    const { tokens, text } = this;
    if (/[.!?]["”’']*\s*$/.test(text.slice(quote.start, quote.end))) return false;
    const [first] = this.tokenRange(quote.start, quote.end);
    const sentence = this.sentenceOf(first);
    if (first <= sentence.first || !/\w/.test(text.slice(tokens[sentence.first].start, quote.open)) || /:\s*$/.test(text.slice(tokens[sentence.first].start, quote.open))) return false;
    for (let k = sentence.first; k < first; k++) if (this.isCue(k) || this.quoted[k]) return false;
    return true;
  }

  /** Between the end of `previous` and `offset` stand only its own cue and source, and a few more words. */
  private onlyCueBetween(previous: Attribution, offset: number): boolean {
    const head = previous.head ?? previous;
    const [first, last] = this.tokenRange(previous.end, offset);
    let others = 0;
    for (let k = first; k < last; k++) {
      if (this.tokens[k].start < previous.end) continue;
      const inCue = head.cue !== null && k >= head.cue.first && k < head.cue.last;
      const inSource = head.source !== null && k >= head.source.first && k < head.source.last;
      if (inCue || inSource) continue;
      if ((this.isCue(k) && !this.isAsideCue(k, head)) || ++others > MAX_TOKENS_BETWEEN_CONTINUED_QUOTES) return false;
    }
    return paragraphOf(this.analysis, offset) - paragraphOf(this.analysis, previous.end) <= 2;
  }

  /**
   * "…,” Ann Lee said, referring to the bill. “…”, "…,” said Lee, who noted …: a cue later in the quote's own cue sentence is an aside.
   * Not "…,” Lee said, adding that … “…”": what she added goes on in the next quote (PolNeAR train groups it so, 4 times in 5).
   */
  private isAsideCue(k: number, head: Attribution): boolean {
    return head.cue !== null && k >= head.cue.last && this.tokens[k].sentence === this.tokens[head.cue.first].sentence && this.tokens[k].lower !== 'adding';
  }

  /**
   * “A …¶“B …,” Ann Lee said. “C …”: a quote running over paragraphs whose last paragraph is handed to a cue of its own is two
   * quotes: what goes before that paragraph stays with its own cue, the last paragraph (and what goes on after it) with the new one.
   */
  private splitQuotesAtOwnCue(): void {
    const { text } = this;
    for (let i = 0; i < this.quotes.length; i++) {
      const quote = this.quotes[i];
      const breakAt = text.lastIndexOf('\n', quote.end - 1);
      if (!quote.double || breakAt < quote.start) continue;
      const open = text.slice(breakAt).search(/\S/) + breakAt;
      const width = text.startsWith("''", open) ? 2 : 1;
      // "“At noon …¶“I won’t,” Lee said.": a paragraph opening with another kind of mark than the quote's is a quote inside a quoted passage.
      if (!/^(["“]|'')/.test(text.slice(open, open + 2)) || text[open] !== text[quote.open]) continue;
      let end = breakAt;
      while (end > quote.start && /\s/.test(text[end - 1])) end--;
      const last: Quote = { ...quote, open, start: open + width };
      const cue = this.attributeQuote(last)?.cue;
      if (!cue || this.tokens[cue.first].start < last.close) continue;
      this.quotes.splice(i, 1, { ...quote, end, close: end, closed: false }, last);
      i++;
    }
  }

  /** Quotes without a cue of their own that go on from the previous attributed quote. */
  private addContinuations(attributed: Map<Quote, Attribution>): void {
    const { text } = this;
    const taken = new Set(this.attributions.map((attribution) => attribution.start));
    const ordered = [...this.attributions];
    let previous: Attribution | null = null;
    let index = 0;
    for (const quote of this.quotes) {
      while (index < ordered.length && ordered[index].start <= quote.start) {
        const candidate = ordered[index];
        const aside = previous?.direct && candidate.cue !== null && this.isAsideCue(candidate.cue.first, previous.head ?? previous);
        if (!aside && (!previous || candidate.start > previous.start)) previous = candidate;
        index++;
      }
      // "Tom Cole said the plan was dead. “…”": a quote goes on from reported words too, when they have a source and a cue.
      if (attributed.has(quote) || taken.has(quote.start) || !previous?.source || !previous.cue) continue;
      const head = previous.head ?? previous;
      // "Lee praised Hill at a rally. “…”": a quote goes on from reported words (a verb of saying: "said", "noting"), not from what a verb of stance or action took.
      const headCue = head.cue ? this.tokens[head.cue.first].lower : '';
      const saying = SAY_VERBS.has(headCue) || UNMISTAKABLE_CUES.has(headCue) || SAYING_PARTICIPLES.has(headCue) || headCue === 'according';
      if (!head.direct && !saying) continue;
      // A short quote goes on only in the paragraph of the one before ("They sue," he said. "Everybody sues, right?").
      const words = wordCount(text, quote.start, quote.end);
      if (words < 2 || (words < 4 && paragraphOf(this.analysis, quote.open) !== paragraphOf(this.analysis, previous.end))) continue;
      if (this.attributions.some((other) => !other.direct && other.start <= quote.open && other.end >= quote.start)) continue;
      // A title quoted in the source ("said Ann Lee, author of “Bitter Pill,”") is no one's words.
      const source = head.source;
      if (source && this.tokens[source.first].start <= quote.open && this.tokens[source.last - 1].end >= quote.start) continue;
      if (this.quotedPhrase(quote)) continue;
      // "“…,” said Ann Lee, who waited in a “very long line” for hours": after a quote, a phrase quoted inside the writer's
      // clause, right after a word and ending no sentence, is part of that clause, not more of what was said (reported
      // words go on in such phrases: "noting she later “had a talk” with him").
      const inClause = head.direct && /\w\s+$/.test(text.slice(Math.max(0, quote.open - 3), quote.open)) &&
        !/[.!?…]["”’']*\s*$/.test(text.slice(quote.start, quote.end)) && !/^\s*[.!?]/.test(text.slice(quote.close, quote.close + 3));
      if (inClause) continue;
      const paragraph = paragraphOf(this.analysis, quote.open);
      const startsParagraph = /^\s*$/.test(text.slice(this.analysis.paragraphStarts[paragraph], quote.open));
      const adjacent = (paragraph === paragraphOf(this.analysis, previous.end) || startsParagraph) && this.onlyCueBetween(previous, quote.open);
      if (!adjacent) continue;
      // "“…,” Lee said, then added a warning: “…”": a colon after the writer's words in the same paragraph opens a new
      // attribution (PolNeAR train annotates these quotes apart about nine times in ten); a word or two before it
      // ("he put it best: “…”") are rather the start of the quoted words.
      const lead = text.slice(previous.end, quote.open);
      const newWords = !lead.includes('\n') && /[A-Za-z]/.test(lead) && /:\s*$/.test(lead);
      if (newWords && wordCount(text, previous.start, previous.end) >= MIN_WORDS_BEFORE_COLON_QUOTE) continue;
      const continuation: Attribution = { direct: true, start: quote.start, end: quote.end, cue: head.cue, source: head.source, head };
      this.attributions.push(continuation);
      previous = continuation;
    }
  }
}

/** A relative clause right after a short content ("said the decision, which …") describes the content's own noun, and stays in it. */
const MAX_CLOSED_APPOSITIVE_TOKENS = 12;
const MIN_TOKENS_BEFORE_ASIDE = 3;

/** Words an attribution needs before a colon and a quote of someone else's words ("…” Lee went further: “…”). */
const MIN_WORDS_BEFORE_COLON_QUOTE = 4;

/** Room for one cue sentence with its adjuncts ("…,” X said during an interview in …, ahead of …") between two quotes. */
const MAX_TOKENS_BETWEEN_CONTINUED_QUOTES = 40;
/** How far after a cue its "that" may come, past a time and a place ("said Thursday during a taping in Dayton, Ohio, that"). */
const MAX_THAT_DISTANCE = 16;
/** How long a predicate before a colon may run and still frame the quote after it ("delivered a blunt message to …:"). */
const MAX_COLON_CUE_TOKENS = 10;
/** The longest quoted title inside a source's appositive ("host of “The Morning Hour With Ann,”"). */
const MAX_QUOTED_TITLE_TOKENS = 6;

function wordCount(text: string, start: number, end: number): number {
  let count = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = /\s/.test(text[i]);
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}
