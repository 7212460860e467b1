/**
 * The tagger pass: compromise's tokens and tags as nlp(text) gives them, without the phrase chunker nothing here reads.
 */
import nlp from 'compromise';
import { analyse, tagged, Term } from '../../../src/extraction/analysis';
import { extractArticle } from '../../../src/extraction';

const TEXTS = [
  `"We won't comment on the allegations," a spokeswoman for the company told Reuters on Tuesday.`,
  `Dr. Jane O'Neil, the city's 60-year-old health commissioner, denied the report, calling it "absolutely untrue."`,
  `Shares fell 3% in New York after the firm said it couldn't meet its targets; analysts weren't surprised.`,
  `He'd said he'll apologise. "I'm sorry," he wrote on Instagram — but critics called the post too late.`,
];

function shape(terms: Term[][]): Array<[string, string, string, string[]]> {
  return terms.flat().map((term) => [term.pre, term.text, term.post, [...term.tags].sort()]);
}

describe('tagged', () => {
  it.each(TEXTS)('gives the tokens and tags nlp(text) gives: %s', (text) => {
    const full = (nlp(text) as unknown as { document: Term[][] }).document;
    expect(shape(tagged(text))).toEqual(shape(full));
  });

  it.each([
    ["Tom Hill's former campaign manager spoke first.", "Hill's"],
    ['Ann Lee’s presidential campaign was over.', 'Lee’s'],
  ])('reads a name\'s "\'s" before modifiers and a noun as a possessive, not "is": %s', (text, owner) => {
    const terms = tagged(text).flat();
    expect(terms.find((term) => term.text === owner)?.tags.has('Possessive')).toBe(true);
    expect(terms.some((term) => term.text === '')).toBe(false);
  });

  it('still reads "\'s" before "been" or a verb in "-ing" with its object as a contraction', () => {
    expect(tagged("Tom Hill's been there.").flat().some((term) => term.text === '')).toBe(true);
    expect(tagged('Ann Lee’s going to win the race.').flat().some((term) => term.text === '')).toBe(true);
  });

  it.each([
    ['Ann Lee said prices rose sharply in May.', 'prices', 'rose', 'PastTense'],
    ['Tom Hill says taxes rise every spring.', 'taxes', 'rise', 'PresentTense'],
    ['The Dayton Bank said costs fell.', 'costs', 'fell', 'PastTense'],
  ])('reads a plural right after a speech verb as the reported clause\'s subject, and "rose" after it as a verb: %s', (text, subject, verb, tense) => {
    const terms = tagged(text).flat();
    const plural = terms.find((term) => term.text === subject);
    expect(plural?.tags.has('Plural')).toBe(true);
    expect(plural?.tags.has('Verb')).toBe(false);
    expect(terms.find((term) => term.text === verb)?.tags.has(tense)).toBe(true);
  });

  it.each([
    ['What Ann Lee said matters more.', 'matters'],
    ['The image he says keeps returning is of Dayton.', 'keeps'],
  ])('keeps a verb after a speech verb a verb when no clause of its own follows: %s', (text, verb) => {
    expect(tagged(text).flat().find((term) => term.text === verb)?.tags.has('Verb')).toBe(true);
  });

  it('runs every step of nlp(text) but the chunker, whose names compromise still knows', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    tagged('She said so.');
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    expect(nlp.hooks()).toContain('chunks');
  });
});

describe('analyse', () => {
  const sentenceTexts = (text: string) => analyse(text).sentences.map(({ start, end }) => text.slice(start, end).trim());

  it.each([
    'He ran against then-Sen. Ann Lee in 2008.',
    'The agency made him its No. 1 target last year.',
    'The case, Fisher v. University of Texas, No. 14-981, was heard.',
    'Sen.\u00a0Ann Lee called him out.',
  ])('ends no sentence at an abbreviation before a name or a number: %s', (text) => {
    expect(sentenceTexts(text)).toEqual([text]);
  });

  it('ends a sentence typed with no space after it, offsets unmoved', () => {
    const text = 'The vote was close, he said.Then she left. The U.S.Army said.“No way.” It was over!She went home.';
    expect(sentenceTexts(text)).toEqual(['The vote was close, he said.', 'Then she left.', 'The U.S.Army said.', '“No way.”', 'It was over!', 'She went home.']);
    for (const token of analyse(text).tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('splits a colon typed right before the quote it opens from the quote, offsets unmoved', () => {
    const text = 'Mayor Ann Lee:"We learned that late."';
    const tokens = analyse(text).tokens;
    expect(tokens.map((token) => token.text).slice(0, 4)).toEqual(['Mayor', 'Ann', 'Lee', 'We']);
    expect(tokens[2].post).toBe(':');
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it("splits a live blog's time stamp typed right before its entry's headline from the headline, offsets unmoved", () => {
    const text = 'February 6, 2016 9:52PMHill Says Dayton Needs Roads';
    const tokens = analyse(text).tokens;
    expect(tokens.map((token) => token.text)).toContain('Hill');
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('still ends a sentence after an abbreviation that closes it', () => {
    expect(sentenceTexts('Ask Mr. Smith. No. He left.')).toEqual(['Ask Mr. Smith.', 'No.', 'He left.']);
  });

  it('ends a sentence after a dotted abbreviation before a sentence opener, not before a name', () => {
    expect(sentenceTexts('Tom Hill moved to the U.S. He says it was hard. The U.S. Senate voted.')).toEqual([
      'Tom Hill moved to the U.S.',
      'He says it was hard.',
      'The U.S. Senate voted.',
    ]);
  });

  it('ends a sentence after an abbreviation with its own period before a sentence opener, not after a title', () => {
    expect(sentenceTexts('Tom Hill lives in Dayton, Fla. She says it is hot. Ask Gen. The Hammer Lee.')).toEqual([
      'Tom Hill lives in Dayton, Fla.',
      'She says it is hot.',
      'Ask Gen. The Hammer Lee.',
    ]);
  });

  it('gives a function word opening the sentence after a closing quote its own class, not a name\'s', () => {
    const text = 'Ann Lee spoke. "All the products really showed the depth of the industry." Despite showing diversity, some delegates complained.';
    const despite = analyse(text).tokens.find((token) => token.text === 'Despite');
    expect(despite?.tags.has('ProperNoun')).toBe(false);
    expect(despite?.tags.has('Preposition')).toBe(true);
    expect(extractArticle(text, { id: 'quote-then-despite' }).people.map((person) => person.name)).toEqual(['Ann Lee']);
  });

  it('ends a sentence closed inside parentheses', () => {
    expect(sentenceTexts('(The plan failed, Mr. Hill said.) But Ann Lee disagreed.')).toEqual(['(The plan failed, Mr. Hill said.)', 'But Ann Lee disagreed.']);
  });
});
