/**
 * extractArticle on small constructed articles: one pattern per case (quotes, cues, reported speech,
 * speakers, acts, outlets).
 */
import { extractArticle, ExtractedDocument, Statement } from '../../../src/extraction';

function extract(text: string): ExtractedDocument {
  return extractArticle(text, { id: 'test' });
}

function only(document: ExtractedDocument, predicate: (statement: Statement) => boolean = () => true): Statement {
  const matching = document.statements.filter(predicate);
  expect(matching).toHaveLength(1);
  return matching[0];
}

function containing(document: ExtractedDocument, words: string): Statement {
  return only(document, (statement) => statement.text.includes(words));
}

/** The one statement of `text` has this cue and this content. */
function expectCueAndContent(text: string, cue: string, content: string): void {
  const statement = only(extract(text));
  expect(statement.cue?.text).toBe(cue);
  expect(statement.text).toBe(content);
}

/** The one statement of `text` has this speaker mention, act, cue and content. */
function expectOneStatement(text: string, mention: string, act: string, cue: string, content: string): void {
  const statement = only(extract(text));
  expect([statement.speakerMention?.text, statement.act, statement.cue?.text, statement.text]).toEqual([mention, act, cue, content]);
}

describe('direct quotes', () => {
  it('gives a quote after "sent an email saying" to the sender, not the email', () => {
    const statement = containing(extract('The vote was close. Minutes later, Ann Lee sent an email saying, "The plan is dead in Dayton."'), 'The plan is dead');
    expect(statement.source?.text).toBe('Ann Lee');
    expect(statement.cue?.text).toBe('sent an email saying');
  });

  it('gives a quote after "a message to supporters saying" to the sender, not the hearers', () => {
    const statement = containing(extract('The vote was close. Minutes later, the Hill campaign sent out a message to supporters saying: "We won in Dayton!"'), 'We won');
    expect(statement.source?.text).toBe('the Hill campaign');
  });

  it('attributes a straight-quoted sentence to the name after it', () => {
    const text = 'The vote was close.\n\n"We will win this fight," Maria Lopez said.';
    const statement = containing(extract(text), 'We will win');
    expect(statement).toMatchObject({ speaker: 'Maria Lopez', act: 'SAID', direct: true, text: 'We will win this fight,' });
    expect(statement.cue?.text).toBe('said');
    expect(text.slice(statement.start, statement.end)).toBe(statement.text);
  });

  it('attributes a curly quote with an inverted cue and keeps the appositive in the source', () => {
    const document = extract('“The plan is dead,” said John Carter, a senator from Ohio.');
    const statement = containing(document, 'The plan is dead');
    expect(statement.speaker).toBe('John Carter');
    expect(statement.source?.text).toContain('a senator from Ohio');
  });

  it.each([
    ['"We will win this race," said Tom Hill at a rally in Ohio.'],
    ['"We will win this race," said Tom Hill as he left the stage.'],
  ])('ends a source named after its cue before a time, place or clause: %s', (text) => {
    expect(containing(extract(text), 'We will win').source?.text).toBe('Tom Hill');
  });

  it('reads single curly quotes in a headline', () => {
    const statement = containing(extract('Jane Doe Tells Reporters ‘I Was Never Paid’\n\nThe case goes on.'), 'I Was Never Paid');
    expect(statement).toMatchObject({ speaker: 'Jane Doe', direct: true });
  });

  it.each([
    ['Tom Hill Says Ann Lee, ‘Dayton Plan’ Pose A Threat To Farmers.', 'Ann Lee, ‘Dayton Plan’ Pose A Threat To Farmers'],
    ['Ann Lee Praises Dayton Post Editor Tom Hill: ‘Very Good Reporter.’', 'Dayton Post Editor Tom Hill: ‘Very Good Reporter.’'],
  ])('reads a headline\'s clause from its cue through a quoted phrase, not the phrase alone: %s', (headline, content) => {
    const statement = containing(extract(`${headline}\n\nThe vote was close.`), content);
    expect(statement.text).toBe(content);
    expect(statement.direct).toBe(false);
  });

  it('joins a quote split around its cue into one group with one speaker', () => {
    const document = extract('Anna Berg arrived late. “I was there,” she said, “and I saw all of it happen.”');
    const first = containing(document, 'I was there');
    const second = containing(document, 'and I saw all of it');
    expect(first.speaker).toBe('Anna Berg');
    expect(second.speaker).toBe('Anna Berg');
    expect(second.group).toBe(first.group);
  });

  it('keeps one quote running over paragraphs', () => {
    const text = 'Tom Hill said: “The first part of my answer is this.\n\n“And the second part follows in the next paragraph.”';
    const statement = containing(extract(text), 'first part');
    expect(statement.text).toContain('second part follows');
    expect(statement.speaker).toBe('Tom Hill');
  });

  it('reads a closing mark typed where an opening one belongs', () => {
    const document = extract('“It was fine,” Lena Ortiz said.”It was not fine at all for the others,” she added.');
    expect(containing(document, 'not fine at all').speaker).toBe('Lena Ortiz');
  });

  it('carries the speaker to a short quote that goes on in the same paragraph, but not to one in a later paragraph', () => {
    const same = extract('The case went on. "They sue," Anna Berg said. "Everybody sues, right?"');
    expect(containing(same, 'Everybody sues').group).toBe(containing(same, 'They sue').group);
    const later = extract('The case went on. "They sue," Anna Berg said.\n\n"Everybody sues, right?"');
    expect(later.statements.some((statement) => statement.text.includes('Everybody sues'))).toBe(false);
  });

  it('carries the speaker to the quote that continues after the cue sentence', () => {
    const document = extract('“We are refugees,” said Amal Haddad. “We are not terrorists, and we never were.”');
    const continued = containing(document, 'We are not terrorists');
    expect(continued.speaker).toBe('Amal Haddad');
    expect(continued.group).toBe(containing(document, 'We are refugees').group);
  });

  it.each([
    ['"We have the votes," Ann Weller said, referring to the budget. "Nobody can stop this bill now."'],
    ['"We have the votes," Ann Weller said when asked about the budget. "Nobody can stop this bill now."'],
    ['"We have the votes," said Ann Weller, who noted that the count was close. "Nobody can stop this bill now."'],
    ['"We have the votes," Ann Weller told reporters, after aides said the count was close. "Nobody can stop this bill now."'],
  ])('carries the speaker past an aside in the cue sentence: %s', (text) => {
    const document = extract(text);
    const continued = containing(document, 'Nobody can stop');
    expect(continued.group).toBe(containing(document, 'We have the votes').group);
    expect(continued.speaker).toBe('Ann Weller');
  });

  it('does not carry the speaker over a colon after the writer\'s own words', () => {
    const document = extract('The council met in Dayton. "We have the votes for the bridge," Ann Weller said, but she gave Tom Hill a backhanded compliment: "He never gives up on a fight."');
    expect(document.statements.some((statement) => statement.text.includes('He never gives up'))).toBe(false);
    expect(containing(document, 'We have the votes').speaker).toBe('Ann Weller');
  });
});

describe('quotes right after a participle of saying', () => {
  it('takes a quote right after "writing" with no comma as the subject\'s words', () => {
    const statement = containing(extract('Tom Hill shared the news last week, writing "Feels great to support someone I believe in."'), 'Feels great');
    expect(statement.source?.text).toBe('Tom Hill');
    expect(statement.cue?.text).toBe('writing');
  });
});

describe('quotes with a long appositive before the cue', () => {
  it('reaches the cue past a name and an appositive of many words', () => {
    const statement = containing(extract('"Nothing we could do now would make a difference," Tom Hill, director of the Threats Project at the hawkish Dayton Policy Institute, said.'), 'Nothing we could do');
    expect(statement.speaker).toBe('Tom Hill');
    expect(statement.source?.text).toBe('Tom Hill, director of the Threats Project at the hawkish Dayton Policy Institute');
  });
});

describe('quotes with a source the tagger breaks', () => {
  it('takes a short name run with a noun misread as a verb ("campaign manager") as the source, and not "X laughed and said"', () => {
    const statement = only(extract('The vote was close. "We will win this race," Ohio campaign manager Ann Lee said.'));
    expect(statement).toMatchObject({ text: 'We will win this race,', direct: true });
    expect(statement.source?.text).toBe('Ohio campaign manager Ann Lee');
    expect(extract('The vote was close. "We will win this race," Ann Lee laughed and said.').statements).toHaveLength(0);
  });

  it('takes an unlisted past-tense verb after a comma-closed quote and its subject as the cue, but not after a quote inside a clause', () => {
    const statement = containing(extract('The vote was close. "We will win this race," Tom Hill fumed on Tuesday.'), 'We will win');
    expect(statement).toMatchObject({ speaker: 'Tom Hill', direct: true, text: 'We will win this race,' });
    expect(statement.cue?.text).toBe('fumed');
    expect(extract('The vote was close. In Dayton, a crowd dressed in "We will win" shirts marched on Tuesday.').statements).toHaveLength(0);
  });

  it('takes an unlisted verb right before the colon that opens a quote as the cue, with its subject as the source', () => {
    const statement = containing(extract('The race went on. At the meeting, Tom Hill fired back: “There is a place for that.”'), 'There is a place');
    expect(statement).toMatchObject({ speaker: 'Tom Hill', direct: true });
    expect(statement.cue?.text).toBe('fired back');
    expect(extract('The race went on. The mood was grim: "Dump Hill."').statements).toHaveLength(0);
  });

  it('reads present-tense speech verbs after a quote as cues, but not the same words as nouns', () => {
    const text = 'The race went on.\n\n“We could never work with the old guard,” Tom Hill points out. “Can you name one thing they did?” he asks. “Nothing,” Ann Lee answers.';
    const statement = containing(extract(text), 'never work');
    expect(statement).toMatchObject({ speaker: 'Tom Hill', direct: true });
    expect(statement.cue?.text).toBe('points out');
    expect(containing(extract(text), 'Nothing').speaker).toBe('Ann Lee');
    expect(containing(extract('The crowd grew. “Get out of here right now,” Ann Lee yells at the men.'), 'Get out').cue?.text).toBe('yells');
    expect(extract('The race went on. Ann Lee leads Tom Hill by five percentage points for the primary in Dayton.').statements).toHaveLength(0);
  });

  it('finds the subject of a cue carried by "went on to" after "but"', () => {
    const text = 'The race went on. Tom Hill joked that Dayton was his answer, but went on to say, “There are places in Ohio that are among the worst.”';
    expect(containing(extract(text), 'There are places')).toMatchObject({ speaker: 'Tom Hill', direct: true });
  });

  it('takes the predicate before a colon as the cue of the quote it introduces, its subject opening the sentence as the source', () => {
    const statement = containing(extract('The race went on. Ann Lee delivered a blunt message to the mayor:\n\n“It is time to stop attacking people and get on with the job.”'), 'It is time');
    expect(statement).toMatchObject({ speaker: 'Ann Lee', direct: true });
    expect(statement.cue?.text).toBe('delivered a blunt message to the mayor');
    // A cue of its own reports the clause the quote ends; a copula describes.
    expect(containing(extract('The race went on. Tom Hill adds that Dayton has two choices: “You either build or you leave.”'), 'two choices').direct).toBe(false);
    expect(extract('The race went on. The problem is exemplified by this finding: “Most of the 27 firms paid no tax at all.”').statements).toHaveLength(0);
    // A phrase of occasion before a comma opens the sentence; the subject comes after it.
    const later = containing(extract('The race went on. In a radio interview later that day, Tom Hill went even further: “If she loses, it is the end of her career.”'), 'If she loses');
    expect(later).toMatchObject({ speaker: 'Tom Hill', direct: true });
    expect(later.cue?.text).toBe('went even further');
  });

  it('reads an "-ed" modifier after an inverted cue as part of the name it runs into', () => {
    const statement = containing(extract('The race went on. "We will win this race," said retired surgeon Tom Hill.'), 'We will win');
    expect(statement).toMatchObject({ speaker: 'Tom Hill', direct: true });
    expect(statement.source?.text).toBe('retired surgeon Tom Hill');
  });

  it('keeps a one-word reply quote that no title is made of, but not a noun title', () => {
    const statement = only(extract('The race went on. "Absolutely," Tom Hill said when asked.'), (found) => found.direct);
    expect(statement).toMatchObject({ speaker: 'Tom Hill', text: 'Absolutely,' });
    expect(extract('The race went on. Ann Lee was on "Hardball," the host said.').statements).toHaveLength(0);
    expect(extract('The race went on. "Hard Ball," the host said.').statements).toHaveLength(0);
  });

  it('keeps one word or words in capitals that open their sentence before a cue as an answer, not a title', () => {
    expectCueAndContent('The race went on. "Safety," he said.', 'said', 'Safety,');
    expectCueAndContent('The race went on. "DOUBLE DOWN," he wrote in a post.', 'wrote', 'DOUBLE DOWN,');
    expect(extract('The race went on. "Double Down," he wrote in a post.').statements).toHaveLength(0);
  });

  it('keeps a short capitalised quote opening its sentence when the speaker goes on in a quote right after the cue', () => {
    const statement = containing(extract('What would he bring back? "Dayton Rising," he replied. "It was the best show on the air in Ohio."'), 'Dayton');
    expect(statement).toMatchObject({ direct: true, text: 'Dayton Rising,' });
    expect(statement.cue?.text).toBe('replied');
    expect(extract('What would he bring back? "Dayton Rising," he replied.').statements).toHaveLength(0);
  });

  it('keeps a manner adverb that ends the sentence after the cue in the cue', () => {
    expectCueAndContent('The race went on. "We will win in Dayton," Tom Hill said dryly.', 'said dryly', 'We will win in Dayton,');
  });

  it('keeps the statement or the site the words came out in, or the face they were said with, right after the cue, in the cue', () => {
    expectCueAndContent('The race went on. "We will win in Dayton," Tom Hill said in a written statement.', 'said in a written statement', 'We will win in Dayton,');
    expectCueAndContent('The race went on. "We will win in Dayton," Ann Lee wrote on Facebook.', 'wrote on Facebook', 'We will win in Dayton,');
    expectCueAndContent('The race went on. "We will win in Dayton," Ann Lee said in an interview.', 'said', 'We will win in Dayton,');
    expectCueAndContent('The race went on. "We will win in Dayton," Ann Lee said with a wry grin.', 'said with a wry grin', 'We will win in Dayton,');
  });

  it('keeps the verb that sent a document in the cue of the participle right after the document', () => {
    const statement = containing(extract('The race went on. Ann Lee sent an email Tuesday saying the plan was dead.'), 'the plan was dead');
    expect(statement.source?.text).toBe('Ann Lee');
    expect(statement.cue?.text).toBe('sent an email Tuesday saying');
  });

  it('takes an unlisted past-tense verb right after a quote and before a name as an inverted cue', () => {
    const statement = containing(extract('The race went on. “Imagine that,” mused Dayton co-host Ann Lee.'), 'Imagine that');
    expect(statement).toMatchObject({ speaker: 'Ann Lee', direct: true });
    expect(statement.cue?.text).toBe('mused');
    expect(extract('The race went on. “Imagine that,” helped the team win.').statements).toHaveLength(0);
  });

  it('takes an unlisted verb right before the comma that opens a quote as the cue', () => {
    const statement = containing(extract('The race went on. Tom Hill grinned, “It is a never ending line!”'), 'never ending');
    expect(statement).toMatchObject({ speaker: 'Tom Hill', direct: true });
    expect(statement.cue?.text).toBe('grinned');
  });

  it('reads "Said Tom Hill, “…”" as an inverted cue with the source after it', () => {
    const statement = containing(extract('The race went on. Said Tom Hill, “We were all so proud of him.”'), 'so proud');
    expect(statement).toMatchObject({ speaker: 'Tom Hill', direct: true });
    expect(statement.source?.text).toBe('Tom Hill');
    expect(statement.cue?.text).toBe('Said');
  });

  it('steps over a relative clause between the name and the cue after a quote', () => {
    const statement = containing(extract('The vote was close. "We will win this race," Ann Lee, who has not endorsed a candidate, told reporters in Dayton.'), 'We will win');
    expect(statement).toMatchObject({ speaker: 'Ann Lee', direct: true, text: 'We will win this race,' });
    expect(statement.source?.text).toBe('Ann Lee, who has not endorsed a candidate');
    expect(statement.cue?.text).toBe('told');
  });

  it.each([
    ['The mayor -- who has sparred with the council over the past few weeks -- said the plan was dead.', 'The mayor'],
    ['Ann Lee — whose farm lies just outside Dayton and has flooded twice — said the plan was dead.', 'Ann Lee'],
  ])('leaves a relative clause set off by dashes out of the source: %s', (text, source) => {
    expect(containing(extract(text), 'the plan was dead').source?.text).toBe(source);
  });

  it.each([
    ['Tom Hill, himself up for reelection next year, said the plan was dead.', 'Tom Hill'],
    ['"The plan is dead," said Ann Lee, herself a farmer in Dayton.', 'Ann Lee'],
  ])('leaves a reflexive remark after the comma out of the source: %s', (text, source) => {
    expect(only(extract(text)).source?.text).toBe(source);
  });

  it('leaves a clause of time after the comma out of the source', () => {
    expect(only(extract("Ann Lee's office, when contacted by reporters, said the plan was dead.")).source?.text).toBe("Ann Lee's office");
  });

  it('leaves an adjunct opened by a focusing adverb after the comma out of the source', () => {
    expect(only(extract('Ann Lee, particularly in the last days of the race, said the plan was dead.')).source?.text).toBe('Ann Lee');
  });

  it.each([
    ['"It works," added Ann Lee, about the new rules.', 'Ann Lee'],
    ['Tom Hill, about 40, said it works.', 'Tom Hill, about 40'],
  ])('leaves what the speaker spoke about out of the source, not an age: %s', (text, source) => {
    expect(only(extract(text)).source?.text).toBe(source);
  });

  it('leaves a participle of mood out of a source named after its cue', () => {
    expect(only(extract('"This is a show," said Tom Hill, angered that party leaders ignored the delegates.')).source?.text).toBe('Tom Hill');
  });

  it.each([
    ["Tom Hill, the editor of the city's paper, The Dayton Star, said every mayor was wise.", "Tom Hill, the editor of the city's paper, The Dayton Star"],
    ['Senator Ann Lee, a Democrat from Ohio, in the name of curbing waste, has proposed taxing carbon emissions.', 'Senator Ann Lee, a Democrat from Ohio'],
  ])('keeps the name before an appositive that hosts another part of the source: %s', (text, source) => {
    expect(only(extract(text)).source?.text).toBe(source);
  });

  it('does not read an "-ed" verb with an object after the name\'s comma as a participle in the source', () => {
    const statement = containing(extract('The vote was close. Hill\'s son, Grant, defended his father on Monday, saying: "He is a good man."'), 'good man');
    expect(statement.source?.text).toBe("Hill's son, Grant");
  });

  it('leaves "many of them …" after the comma out of the source', () => {
    expect(only(extract('Voters in Dayton, many of them farmers, say the plan failed.')).source?.text).toBe('Voters in Dayton');
  });
});

describe('a clause after the cue that closes a quote', () => {
  it('takes no source from "said the candidate could win" after a quoted phrase', () => {
    const statements = extract('Tom Hill, citing "the magic of Ann Lee," said the candidate could win in Ohio.').statements;
    expect(statements.filter((statement) => statement.source?.text.startsWith('the candidate could'))).toHaveLength(0);
  });
});

describe('quotes inside reported clauses', () => {
  it('keeps the writer\'s lead-in with a quote that ends its clause, as reported speech', () => {
    const statement = only(extract('The board met on Monday. Ms. Vale is “not a quiet talker,” Tom Hart said.'));
    expect(statement).toMatchObject({ text: 'Ms. Vale is “not a quiet talker,”', direct: false });
    expect(statement.source?.text).toBe('Tom Hart');
  });

  it('gives a lead-in with a cue of its own, and its quote, to the paper that reports the whole sentence', () => {
    const statement = only(extract('Tom Hill met the mayor on Monday. Later, Hill pledged to “promote the kinds of changes that will help,” the Dayton Times reported.'));
    expect(statement).toMatchObject({ text: 'Later, Hill pledged to “promote the kinds of changes that will help,”', direct: false });
    expect(statement.source?.text).toBe('the Dayton Times');
  });

  it('keeps a quote the lead-in hands on with a comma, or one after a clause of time, with the lead-in\'s own cue', () => {
    const handed = extract('The vote was close. Ann Lee scoffed at the plan, saying, “It will never pass in Dayton,” the Dayton Times reported.').statements;
    expect(handed.some((statement) => statement.text.startsWith('Ann Lee scoffed'))).toBe(false);
    const timed = extract('The vote was close. When Ann Lee said the plan was “a fine idea for Dayton,” the crowd reported cheers.').statements;
    expect(timed.some((statement) => statement.text.startsWith('When Ann Lee'))).toBe(false);
  });

  it('reads a clause with its own verb between the cue and a quote as reported speech running through the quote', () => {
    const statement = only(extract('The talks ended. Ann Lee said the turmoil was not the fault of banks, "not by a long shot."'));
    expect(statement).toMatchObject({ text: 'the turmoil was not the fault of banks, "not by a long shot."', direct: false });
    expect(statement.source?.text).toBe('Ann Lee');
  });

  it('keeps a quote after a cue and its hearer direct', () => {
    const statement = only(extract('The talks ended. Tom Hill told the crowd, "We will win this state."'));
    expect(statement).toMatchObject({ text: 'We will win this state.', direct: true });
  });

  it('carries the speaker of reported words ending on a quote to the quote after the cue sentence', () => {
    const document = extract('The board met. Ms. Ray is "not a good listener," Tom Cole said. "She never was one and she never will be."');
    const continued = containing(document, 'She never was one');
    expect(continued.group).toBe(containing(document, 'Ms. Ray is').group);
    expect(continued.speaker).toBe('Tom Cole');
  });

  it('carries the speaker of reported words to the quote after them', () => {
    const document = extract('The board met. Tom Cole said the plan was dead. "We will not vote for it, and nobody else will."');
    const continued = containing(document, 'We will not vote');
    expect(continued.group).toBe(containing(document, 'the plan was dead').group);
  });

  it('does not carry a speaker to a quoted phrase inside the writer\'s next sentence', () => {
    const document = extract('The board met. Tom Cole said the plan was dead. Outside, the crowd formed a "line snaking around the block for hours" in Dayton.');
    expect(document.statements.some((statement) => statement.text.includes('snaking'))).toBe(false);
    expect(only(document).text).toBe('the plan was dead');
  });

  it('does not carry the speaker of what a verb of stance took to the quote after it', () => {
    const document = extract('The board met. Tom Hill praised Ann Lee at a rally in Dayton. "She will win this race easily, and the council knows it."');
    expect(document.statements.some((statement) => statement.text.startsWith('She will win'))).toBe(false);
  });

  it('does not attribute a quote a second time when reported words already take it in', () => {
    const document = extract('The vote was close. Tom Hill said Ann Lee “would lose the race badly,” an aide recalled.');
    expect(containing(document, 'would lose the race badly').direct).toBe(false);
  });

  it('gives words before a quote that carry their own cue to whoever reports the whole sentence', () => {
    const document = extract('The board met on Monday. He said at the meeting that he was “very comfortable,” the paper reported.');
    const statement = only(document, (candidate) => candidate.text.startsWith('He said'));
    expect(statement.source?.text).toBe('the paper');
  });

  it('leaves a quote alone when the words before it carry their own cue and a pronoun says it again', () => {
    const document = extract('The board met on Monday. Ann Lee said at the meeting that she was “very comfortable,” she said.');
    expect(document.statements.some((statement) => statement.text.startsWith('Ann Lee said'))).toBe(false);
  });

  it('continues a quote in the next paragraph after a long cue sentence', () => {
    const text = '“We like a lot of the candidates,” Ann Weller said during the interview in Macau, the largest gambling hub, ahead of the opening of her new hotel in the former colony.\n\n“It is changing every day and nobody knows who will win.”';
    const document = extract(text);
    expect(containing(document, 'changing every day').group).toBe(containing(document, 'We like a lot').group);
  });

  it('reads no cue inside a short quote someone said, and continues it in the next quote', () => {
    const document = extract('The vote was close. “I loved it,” Ann Lee said. “I was so happy that the mayor of Dayton noticed us.”');
    expect(document.statements.map((statement) => statement.cue?.text)).toEqual(['said', 'said']);
    expect(containing(document, 'the mayor of Dayton').group).toBe(containing(document, 'I loved it').group);
  });
});

describe('reported speech', () => {
  it.each([
    ['Peter Grant denied the claim that he had lied.', 'Peter Grant', 'DENIED', 'the claim that he had lied'],
    ['Sarah Kim apologized for the long delay on Monday.', 'Sarah Kim', 'APOLOGIZED', 'for the long delay'],
    ['Mark Dean accused Paul Rice of fraud.', 'Mark Dean', 'ACCUSED', 'Paul Rice of fraud'],
    ['Linda Park insisted that the results were accurate.', 'Linda Park', 'CLAIMED', 'that the results were accurate'],
    ['Owen Hart defended the decision to close the plant.', 'Owen Hart', 'DEFENDED', 'the decision to close the plant'],
  ])('%s', (text, speaker, act, content) => {
    const statement = only(extract(text));
    expect(statement).toMatchObject({ speaker, act, direct: false });
    expect(statement.text).toContain(content);
  });

  it('reads a reported clause whose plural subject and verb the tagger misreads ("said prices rose")', () => {
    expect(only(extract('The Dayton Institute of Surveyors said prices rose.'))).toMatchObject({ speaker: 'Dayton Institute of Surveyors', text: 'prices rose' });
    expect(only(extract('Ann Lee said costs fell sharply in May.'))).toMatchObject({ speaker: 'Ann Lee', text: 'costs fell sharply in May' });
  });

  it('puts the accused in about', () => {
    expect(only(extract('Mark Dean accused Paul Rice of fraud.')).about).toContain('Paul Rice');
  });

  it('reads "according to X" before and after the clause', () => {
    const before = only(extract('According to Daniel Ross, the company lost money last year.'));
    expect(before).toMatchObject({ speaker: 'Daniel Ross', text: 'the company lost money last year' });
    const after = only(extract('The company lost money last year, according to Daniel Ross.'));
    expect(after).toMatchObject({ speaker: 'Daniel Ross', text: 'The company lost money last year' });
  });

  it('goes on after an "according to" source set between a subject and its verb', () => {
    const statement = only(extract('The real worry at the plant in Dayton, according to Ann Lee, was the cost of the new line.'));
    expect(statement).toMatchObject({ speaker: 'Ann Lee', text: 'The real worry at the plant in Dayton, according to Ann Lee, was the cost of the new line' });
  });

  it.each([
    ['The count went on. That’s according to early results of the exit polls.', 'That', 'early results of the exit polls'],
    ['The count went on. Lee is now well ahead of Hill 46 percent to 39 percent according to a poll released Monday.',
      'Lee is now well ahead of Hill 46 percent to 39 percent', 'a poll released Monday'],
    ['The count went on. Lee leads Hill by 271 pledged delegates according to a count by the Daily Herald.',
      'Lee leads Hill by 271 pledged delegates', 'a count by the Daily Herald'],
  ])('reads "according to X" after "That\'s" or after a clause with no comma: %s', (text, content, source) => {
    const statement = only(extract(text));
    expect(statement.text).toBe(content);
    expect(statement.source?.text).toBe(source);
  });

  it.each([
    ['The count went on. In all, the host committee raised 57 million dollars, Federal Election Commission records show.',
      'In all, the host committee raised 57 million dollars', 'Federal Election Commission records'],
    ['The count went on. The plane was insured at a value of 35 million dollars in 2011, records show, and experts say it is worth less.',
      'The plane was insured at a value of 35 million dollars in 2011', 'records'],
  ])('reads "show" closing a clause after records or a poll as its cue: %s', (text, content, source) => {
    const statement = only(extract(text), (candidate) => candidate.cue?.text === 'show');
    expect(statement.text).toBe(content);
    expect(statement.source?.text).toBe(source);
  });

  it.each([
    ['The company lost money last year, according to Daniel Ross, a former board member.', 'Daniel Ross, a former board member'],
    ['The company lost money last year, according to the Hill Group, which tracks the industry.', 'the Hill Group, which tracks the industry'],
    ['The company lost money last year, according to Daniel Ross, during a long hearing.', 'Daniel Ross'],
  ])('keeps an appositive that ends the sentence in an "according to" source after the clause: %s', (text, source) => {
    const statement = only(extract(text));
    expect(statement.text).toBe('The company lost money last year');
    expect(statement.source?.text).toBe(source);
  });

  it.each([
    ['Hill won 54 percent of the union vote, according to exit polls (a wide margin, but smaller than in May).', 'exit polls'],
    ['The tax would raise a lot of money, according to the Tax Policy Center - half a point of output.', 'the Tax Policy Center'],
  ])('ends an "according to" source at a dash or a parenthesis the writer adds: %s', (text, source) => {
    expect(only(extract(text)).source?.text).toBe(source);
  });

  it.each([
    ['The vote was close. Tom Hill left the board in May after, according to Ann Lee, the mayor of Dayton cut its budget.'],
    ['The vote was close. While most of the seats were kept, according to Ann Lee, the mayor of Dayton cut its budget.'],
  ])('reads the clause after "according to X" when a subordinate clause opens before the source: %s', (text) => {
    const statement = only(extract(text), (candidate) => candidate.cue?.text === 'according to');
    expect(statement.text).toBe('the mayor of Dayton cut its budget');
    expect(statement.source?.text).toBe('Ann Lee');
  });

  it('takes a quote opening in an earlier sentence into the clause before "according to X"', () => {
    const text = 'The vote was close. “Did we win the county? We will win it again?” Tom Hill said, according to the Dayton Herald.';
    const statement = only(extract(text), (candidate) => candidate.cue?.text === 'according to');
    expect(statement.text).toBe('“Did we win the county? We will win it again?” Tom Hill said');
    expect(statement.source?.text).toBe('the Dayton Herald');
  });

  it.each([
    ['According to her “clawback” plan, firms in Dayton must repay the money.', 'her “clawback” plan', 'firms in Dayton must repay the money'],
    ['The plan would cost a lot, according to the "Dayton first" document Tom Hill released.', 'the "Dayton first" document Tom Hill released', 'The plan would cost a lot'],
  ])('goes on past a quoted name inside an "according to" source: %s', (text, source, content) => {
    const statement = only(extract(text), (candidate) => candidate.cue?.text.toLowerCase() === 'according to');
    expect(statement.source?.text).toBe(source);
    expect(statement.text).toBe(content);
  });

  it('reads the relative clause closing a clause with a speech verb of its own as what "according to X" reports', () => {
    const text = 'The vote was close. Tom Hill says the city can still close the gap in funds, which stood at 9 million dollars in May, according to the Dayton Herald.';
    const statement = only(extract(text), (candidate) => candidate.cue?.text === 'according to');
    expect(statement.text).toBe('which stood at 9 million dollars in May');
    expect(statement.source?.text).toBe('the Dayton Herald');
  });

  it('ends a whole clause before "according to X" when the sentence goes on after the source', () => {
    const statement = only(extract('The count went on. Tom Hill won the county by a wide margin, according to the count, even as turnout fell sharply.'));
    expect(statement.text).toBe('Tom Hill won the county by a wide margin');
  });

  it.each([
    ['The vote was close. Tom Hill decided to run for the Senate seat, according to two aides.', 'Tom Hill decided to run for the Senate seat'],
    ['The vote was close. Ann Lee said she would vote against the plan, according to two aides.', 'Ann Lee said she would vote against the plan'],
  ])('reads words reported inside another report as its content only: %s', (text, content) => {
    expect(only(extract(text)).text).toBe(content);
  });

  it('keeps a relative clause inside a report as an attribution of its own', () => {
    const document = extract('The vote was close. The Dayton Club, which endorsed Ann Lee, spent $3 million on ads, according to public records.');
    expect(containing(document, 'spent $3 million').source?.text).toBe('public records');
    expect(only(document, (statement) => statement.cue?.text === 'endorsed').text).toBe('Ann Lee');
  });

  it('does not take a comma inside a quote for the end of an adjunct before the content', () => {
    const statement = only(extract('The debate went on. Tom Hill vowed to fight the plan “now, later, always.”'));
    expect(statement.text).toBe('to fight the plan “now, later, always.”');
  });

  it('keeps an infinitive after the cue in the content rather than skipping it as an adjunct', () => {
    const statement = only(extract('The debate went on. Tom Hill vowed to fight the plan in court, whatever the cost.'));
    expect(statement.text.startsWith('to fight the plan in court')).toBe(true);
  });

  it('does not skip the object of "responded to" as an adjunct', () => {
    const statement = only(extract('The debate went on. Tom Hill responded to the remarks, although he kept his tone.'));
    expect(statement.text).toBe('the remarks');
  });

  it.each([
    ['The debate went on. Tom Hill offered an emotional defense of the city.', 'offered an emotional defense of', 'the city'],
    ['The debate went on. Ann Lee expressed deep concern about the new budget.', 'expressed deep concern about', 'the new budget'],
    ['The debate went on. Ann Lee showed little enthusiasm for Tom Hill.', 'showed little enthusiasm for', 'Tom Hill'],
  ])('puts a noun of stance that a verb of expressing gives, with its preposition, in the cue: %s', (text, cue, content) => {
    expectCueAndContent(text, cue, content);
  });

  it('puts a noun of stance that a verb of expressing gives in the cue, and the clause it takes in the content', () => {
    expectCueAndContent('The debate went on. Ann Lee expressed confidence that the new budget would pass.', 'expressed confidence', 'that the new budget would pass');
  });

  it('keeps a possessed noun of stance in the content ("expressed her support for …")', () => {
    expect(only(extract('The debate went on. Ann Lee expressed her support for the new budget.')).text).toBe('her support for the new budget');
  });

  it('does not skip the object of "called for" as an adjunct', () => {
    const statement = only(extract('The debate went on. Tom Hill called for a ban on the drug, even though it was legal.'));
    expect(statement.text.startsWith('a ban on the drug')).toBe(true);
  });

  it.each([
    ['The debate went on. Her rivals kept calling Ann Lee “a fraud,” Tom Hill said after the vote.', 'Ann Lee “a fraud,”'],
    ['The debate went on. Tom Hill called Ann Lee “a real leader” and the mayor of Dayton agreed.', 'Ann Lee “a real leader”'],
  ])('ends a quoted label after "called" and its object before the next clause: %s', (text, content) => {
    const statement = only(extract(text), (candidate) => candidate.cue?.text.includes('call') ?? false);
    expect(statement.text).toBe(content);
  });

  it('keeps a list of quoted labels after "called" together', () => {
    const statement = only(extract('The debate went on. Tom Hill called Ann Lee a “fraud” and a “liar.”'), (candidate) => candidate.cue?.text.includes('call') ?? false);
    expect(statement.text).toContain('liar');
  });

  it('does not skip "in favor of …" after a cue as an adjunct', () => {
    const statement = only(extract('The debate went on. Tom Hill argued in favor of the plan, even though it was costly.'));
    expect(statement.text.startsWith('in favor of the plan')).toBe(true);
  });

  it.each([
    ['The race went on. A spokesman for the Energy and Water Department said the plan was dead.', 'A spokesman for the Energy and Water Department'],
    ['The race went on. Several liberal and religious groups said the plan was dead.', 'Several liberal and religious groups'],
  ])('keeps an "and" inside the noun phrase of a source: %s', (text, source) => {
    expect(only(extract(text)).source?.text).toBe(source);
  });

  it('keeps both names of a coordinated source before an aside between commas', () => {
    const statement = only(extract('The race went on. Ann Lee and Tom Hill, however, said the plan was dead.'));
    expect(statement.source?.text).toBe('Ann Lee and Tom Hill');
  });

  it.each([
    ['The race went on. Ann Lee, Tom Hill, and Eva Roe said the plan was dead.', 'Ann Lee, Tom Hill, and Eva Roe'],
    ['The race went on. After the vote, Tom Hill and Eva Roe said the plan was dead.', 'Tom Hill and Eva Roe'],
    ['The race went on. During a town hall in Dayton, Ann Lee, Tom Hill, and Eva Roe said the plan was dead.', 'Ann Lee, Tom Hill, and Eva Roe'],
  ])('takes in a list of names that opens the sentence as the source: %s', (text, source) => {
    expect(only(extract(text)).source?.text).toBe(source);
  });

  it.each([
    ['The race went on. The new 50-state poll finds that the plan is dead.', 'The new 50-state poll'],
    ['The race went on. The non-profit argued that the plan was dead.', 'The non-profit'],
  ])('keeps a word joined by a hyphen in the source, whatever its tag: %s', (text, source) => {
    expect(only(extract(text)).source?.text).toBe(source);
  });

  it.each([
    ['The race went on. Ann Lee, 29, of Dayton, Ohio, says the plan is dead.', 'Ann Lee, 29, of Dayton, Ohio'],
    ['The race went on. Sen. Tom Hill, R-Fla., appearing on TV after the speech, said the plan was dead.', 'Sen. Tom Hill, R-Fla'],
    ['The race went on. Ann Lee, assistant secretary for population, refugees, and migration, said the plan was dead.', 'Ann Lee, assistant secretary for population, refugees, and migration'],
    ['The race went on. Ann Lee, who was to travel to Dayton, Ohio, on Monday to see the mayor, said the plan was dead.', 'Ann Lee, who was to travel to Dayton, Ohio'],
  ])('starts an appositive source at the name, not at a place, a party label or a list item inside it: %s', (text, source) => {
    expect(only(extract(text)).source?.text).toBe(source);
  });

  it.each([
    ['The race went on. Ann Lee was met by a chorus of voters urging her to quit.', 'a chorus of voters'],
    ['The race went on. The talk ended with Ann Lee urging her to quit.', 'Ann Lee'],
  ])('takes the object of a preposition as the source of a participle right after it: %s', (text, source) => {
    const statement = only(extract(text));
    expect(statement.source?.text).toBe(source);
    expect(statement.text).toBe('her to quit');
  });

  it.each([
    ['The race went on. Ann Lee, clearly frustrated, said the plan was dead.', 'Ann Lee'],
    ['The race went on. The poll, released on Monday by the Dayton Herald, shows the plan is dead.', 'The poll'],
    ['The race went on. The poll, conducted by the Dayton Herald, shows the plan is dead.', 'The poll, conducted by the Dayton Herald'],
  ])('leaves a participle telling the state of the source out of it, but keeps one with its agent: %s', (text, source) => {
    expect(only(extract(text)).source?.text).toBe(source);
  });

  it.each([
    ['The race went on. More than six in 10 said the plan was dead.', 'More than six in 10'],
    ['The race went on. Less than a third agreed that the plan was dead.', 'Less than a third'],
    ['The race went on. At least half of voters in each state say the plan is dead.', 'At least half of voters in each state'],
  ])('keeps a two-word degree before an amount in a subject read as a whole run: %s', (text, source) => {
    expect(only(extract(text)).source?.text).toBe(source);
  });

  it.each([
    ['The race went on. Tom Hill, ranking member of the Dayton council, said the plan was dead.', 'Tom Hill, ranking member of the Dayton council'],
    ['The race went on. Tom Hill, citing new figures, said the plan was dead.', 'Tom Hill'],
  ])('keeps a title opened by a participle in an appositive source, but not an adjunct: %s', (text, source) => {
    // The participle aside ("citing new figures") is a statement of its own.
    expect(only(extract(text), (statement) => statement.cue?.text === 'said').source?.text).toBe(source);
  });

  it.each([
    ['The race went on. Politicians and even some experts say the plan is dead.', 'Politicians and even some experts'],
    ['The race went on. Ann Lee as well as Tom Hill said the plan was dead.', 'Ann Lee as well as Tom Hill'],
  ])('keeps both sides of a coordinated source joined by "and even" or "as well as": %s', (text, source) => {
    expect(only(extract(text)).source?.text).toBe(source);
  });

  it('steps over a time phrase between the source and the cue', () => {
    const statement = only(extract('The race went on. Tom Hill at the time said the plan was dead.'));
    expect(statement.source?.text).toBe('Tom Hill');
  });

  it('reads a capitalised cue word inside names as part of a name in a line of names with a lowercase verb', () => {
    const document = extract('The race tightened. Kent State University’s Ann Lee agreed. “It is over,” she said.');
    expect(document.statements.some((statement) => statement.cue?.text === 'State')).toBe(false);
  });

  it('steps over "for the first time" after a date between the source and the cue', () => {
    expect(only(extract('The vote was close. Tom Hill on Monday for the first time said the plan would fail.')).source?.text).toBe('Tom Hill');
  });

  it('ends an object content before "and" with a verb of the subject, but not a reported clause', () => {
    expect(only(extract('The race went on. Tom Hill praised the new budget and went back to his office.')).text).toBe('the new budget');
    expect(only(extract('The race went on. Tom Hill said they support the plan and oppose the tax.')).text).toBe('they support the plan and oppose the tax');
  });

  it('ends an object content before "but" with a verb of the subject', () => {
    expect(only(extract('The race went on. Tom Hill praised the new budget but went back to his office early.')).text).toBe('the new budget');
  });

  it('ends an object content before "and" with a pronoun and its verb', () => {
    expect(only(extract('The race went on. Tom Hill praised the new budget and he went back to his office.')).text).toBe('the new budget');
  });

  it.each([
    ['Most voters said Ann Lee is honest, and three-quarters said the same of Tom Hill.', 'Ann Lee is honest'],
    ['About 40 percent said the plan was "not too likely" and 14 percent said "not at all likely."', 'the plan was "not too likely"'],
    ['Of the delegates, 520 said they back Ann Lee, 39 have said they back Tom Hill.', 'they back Ann Lee'],
  ])('ends a content where another share of those asked gives its answer: %s', (text, content) => {
    const document = extract(text);
    expect(document.statements).toHaveLength(2);
    expect(document.statements[0].text).toBe(content);
  });

  it('keeps a cue in "-ing" that a preposition takes inside the content', () => {
    expect(only(extract('The race went on. Tom Hill said the mayor won the vote after repeatedly accusing the council of fraud.')).text).toBe(
      'the mayor won the vote after repeatedly accusing the council of fraud',
    );
  });

  it('ends an object content before "and" or "but" with adverbs and a verb of the subject', () => {
    expect(only(extract('The race went on. Tom Hill praised the new budget and then went back to his office.')).text).toBe('the new budget');
    expect(only(extract('The race went on. Tom Hill praised the new budget but quickly went back to his office.')).text).toBe('the new budget');
  });

  it.each([
    ['The race went on. Tom Hill praised the new budget as he left the stage.', 'the new budget'],
    ['The race went on. Tom Hill urged the council to pass the budget before Ann Lee returns.', 'to pass the budget'],
    ['The race went on. Tom Hill criticized the plan even though he voted for it.', 'the plan'],
    ['The race went on. Tom Hill urged the council to drop the plan, because it would raise taxes.', 'to drop the plan'],
    ['The race went on. Tom Hill urged the council to drop the plan — after he lost the vote.', 'to drop the plan'],
    ['The race went on. Tom Hill praised the new budget when he visited the school.', 'the new budget'],
    ['The race went on. Ann Lee praised the budget as Tom Hill quietly left the hall.', 'the budget'],
    ['The race went on. Ann Lee praised the budget because there is money for schools in it.', 'the budget'],
    ['The race went on. Ann Lee praised the budget, and while Tom Hill left the hall, the vote went on.', 'the budget'],
  ])('ends an object content before a clause of time or cause with its own subject (adverbs before its verb; the "and" before it left out): %s', (text, content) => {
    expect(only(extract(text)).text).toBe(content);
  });

  it.each([
    ['The race went on. Ann Lee presented a message about peace and hope before explaining why she backs Tom Hill.', 'a message about peace and hope'],
    ['The race went on. Tom Hill shrugged off the new rules despite the cost to the city.', 'the new rules'],
  ])('ends an object content before a gerund after "before"/"after" or a concession with "despite": %s', (text, content) => {
    expect(containing(extract(text), content.split(' ')[1]).text).toBe(content);
  });

  it.each([
    ['The debate went on. Ann Lee kept mocking him in almost every speech she gave.', 'him'],
    ['The debate went on. Ann Lee has not mentioned Tom Hill since the Monday night debate.', 'Tom Hill'],
  ])('ends an object that is only a name or a pronoun before a time or an occasion: %s', (text, content) => {
    expect(only(extract(text)).text).toBe(content);
  });

  it.each([
    ['The debate went on. A new poll showed Tom Hill in the lead.', 'Tom Hill in the lead'],
    ['The debate went on. Ann Lee attacked Tom Hill during the debate for his ties to the bank.', 'Tom Hill during the debate for his ties to the bank'],
  ])('keeps the time after a name in a finding, or before the reason for a stance: %s', (text, content) => {
    expect(only(extract(text)).text).toBe(content);
  });

  it.each([
    ['The race went on. Tom Hill praised the new budget right after leaving the hall.', 'the new budget right after leaving the hall'],
    ['The race went on. Tom Hill said the mayor, despite the cost, built a school.', 'the mayor, despite the cost, built a school'],
  ])('keeps a setting tied to the object by an adverb, or a concession in an aside between commas: %s', (text, content) => {
    expect(only(extract(text)).text).toBe(content);
  });

  it.each([
    ['The race went on. Tom Hill accused Ann Lee of trying to block the plan because it would raise taxes.', 'Ann Lee of trying to block the plan because it would raise taxes'],
    ['The race went on. Tom Hill blamed the council for cutting the budget while he was away.', 'the council for cutting the budget while he was away'],
  ])('keeps a clause of time or cause after a charge, a gerund after "of" or "for": %s', (text, content) => {
    expect(only(extract(text)).text).toBe(content);
  });

  it('ends an object of one word before a cue after a comma', () => {
    const document = extract('The race went on. Ann Lee criticized Hill, saying he had failed the city.');
    expect(only(document, (statement) => statement.act === 'CRITICIZED').text).toBe('Hill');
    expect(containing(document, 'he had failed').text).toBe('he had failed the city');
  });

  it('ends a content before "and" with a name and a cue of its own', () => {
    const document = extract('The race went on. Ann Lee declined to comment and Tom Hill said the plan was dead.');
    expect(containing(document, 'to comment').text).toBe('to comment');
    expect(containing(document, 'the plan was dead').source?.text).toBe('Tom Hill');
  });

  it('keeps a relative clause between commas inside the subject of a reported clause', () => {
    expect(only(extract('The race went on. Tom Hill said that the new city mayor, who leads the council, has backed the plan.')).text).toBe(
      'that the new city mayor, who leads the council, has backed the plan',
    );
  });

  it('keeps a relative clause between commas inside the subject of a "that" clause nested in the content', () => {
    expect(only(extract('The race went on. Ann Lee says her review has found that the trusts, which include banks in Dayton, are still under his control.')).text).toBe(
      'her review has found that the trusts, which include banks in Dayton, are still under his control',
    );
  });

  it('keeps a relative clause between commas inside the subject of a "that" clause whose verb is a subjunctive "be"', () => {
    expect(only(extract('The race went on. Tom Hill asked that the Dayton flag, which includes the old seal, be removed from the hall.')).text).toBe(
      'that the Dayton flag, which includes the old seal, be removed from the hall',
    );
  });

  it('keeps a contrast with no cue of its own after a reported clause', () => {
    expect(only(extract('The race went on. Tom Hill said that Dayton grew by 40 percent, while Springfield lost 5 percent.')).text).toBe(
      'that Dayton grew by 40 percent, while Springfield lost 5 percent',
    );
  });

  it('keeps a concession with no cue of its own after a reported clause, not a hedge on "it"', () => {
    expect(only(extract('The race went on. Ann Lee says she is an independent, although she is registered as a Democrat.')).text).toBe(
      'she is an independent, although she is registered as a Democrat',
    );
    expect(only(extract('The race went on. Ann Lee said the plan was dead, although it was not clear why.')).text).toBe('the plan was dead');
  });

  it('ends a reported answer before a count of others set against it with "while"', () => {
    expect(only(extract('The race went on. Most teachers said they wanted to endorse Ann Lee, while 95 members favored Tom Hill.')).text).toBe('they wanted to endorse Ann Lee');
  });

  it('keeps an aside between commas inside the subject of a reported clause', () => {
    expect(only(extract('The race went on. Tom Hill said the new budget plan, while costly, was the right choice.')).text).toBe(
      'the new budget plan, while costly, was the right choice',
    );
  });

  it('keeps a clause of time or cause in a reported clause', () => {
    expect(only(extract('The race went on. Tom Hill said the plan failed because he voted against it.')).text).toBe('the plan failed because he voted against it');
    expect(only(extract('The race went on. Tom Hill said he beat expectations because he started early.')).text).toBe('he beat expectations because he started early');
  });

  it('reads "X told Y that …" with the hearer outside the content', () => {
    const statement = only(extract('Emma Stone told the Los Angeles Times that she was happy with the film.'));
    expect(statement).toMatchObject({ speaker: 'Emma Stone', text: 'that she was happy with the film', via: ['Los Angeles Times'] });
  });

  it('reads "X told Y and Z … that …" with both hearers outside the content', () => {
    expect(only(extract('The race went on. Tom Hill told reporters and supporters on Saturday that he voted for Ann Lee.')).text).toBe('that he voted for Ann Lee');
  });

  it.each([
    ['The poll closed in May. Almost half said they wanted a nominee from outside politics.', 'Almost half', 'they wanted a nominee from outside politics'],
    ['The survey ended on Friday. By wide margins, those surveyed say the economy should come first.', 'those surveyed', 'the economy should come first'],
    ['A person familiar with the plans says the meeting will focus on the budget.', 'A person familiar with the plans', 'the meeting will focus on the budget'],
    ['The vote was close. A source speaking to Tom Hill said Ann Lee would stay.', 'A source speaking to Tom Hill', 'Ann Lee would stay'],
    ['The vote was close. Exit polls taken in Dayton found that Tom Hill would win.', 'Exit polls taken in Dayton', 'that Tom Hill would win'],
    ['The poll closed in May. About 4 in 10 say they want lower taxes.', 'About 4 in 10', 'they want lower taxes'],
    ['The day went on. The Weller campaign said the report has been orchestrated for political gain.', 'The Weller campaign', 'the report has been orchestrated for political gain'],
    ['The day went on. Other refugee advocates also said the rules should go further.', 'Other refugee advocates', 'the rules should go further'],
  ])('takes a subject the noun-phrase walk cannot read from the clause start: %s', (text, source, content) => {
    const statement = only(extract(text));
    expect(statement.source?.text).toBe(source);
    expect(statement.text).toBe(content);
  });

  it.each([
    ['The day went on. Current and former clerks in the county and at the state agency said the inquiry was open.',
      'Current and former clerks in the county and at the state agency'],
    ['The day went on. A 2009 report by the Dayton Center for Energy and Water Policy found that wages fell.', 'A 2009 report by the Dayton Center for Energy and Water Policy'],
    ['The day went on. Nearly all of the farmers of the three largest valleys in the state have publicly endorsed Ann Lee.', 'Nearly all of the farmers of the three largest valleys in the state'],
    ['The day went on. Instead, friends close to the mayor say she will sign the bill.', 'friends close to the mayor'],
    ['The day went on. Two lawsuits being heard in Dayton have accused the firm of fraud.', 'Two lawsuits being heard in Dayton'],
  ])('reads a subject whose noun before the cue is a preposition\'s object through an "and", an adverb and a misread noun: %s', (text, source) => {
    expect(only(extract(text)).source?.text).toBe(source);
  });

  it.each([
    ['The race tightened. Ann Lee, Dayton’s former mayor, also attacked Tom Hill, calling him a fraud.', 'calling', 'Ann Lee, Dayton’s former mayor'],
    ['The race tightened. Earlier in the week, Hill called for a special prosecutor to look into the mayor, saying the case was clear.', 'saying', 'Hill'],
    ['The race tightened. Instead, the mayor is holding to her budget, hoping the council will agree.', 'hoping', 'the mayor'],
    ['The race tightened. He was asked about the tax, the roads and the new stadium, but he talked more about schools than he has before, saying the plan would work.', 'saying', 'he'],
    ['The race tightened. The Dayton schools chief, Ann Lee, spoke at a meeting on Monday with parents at the hall, saying the plan would work.', 'saying',
      'The Dayton schools chief, Ann Lee'],
    ['The race tightened. The mayor praised Tom Hill, who leads the council, saying the plan would work.', 'saying', 'The mayor'],
    ['"The race is hard to call," said Tom Hill, who chairs the history department at Dayton College, citing another reason.', 'citing',
      'Tom Hill, who chairs the history department at Dayton College'],
  ])('reads no clause with a verb of its own as an appositive of the source before a participle cue: %s', (text, cue, source) => {
    expect(only(extract(text), (statement) => statement.cue?.text === cue).source?.text).toBe(source);
  });

  it('ends a participle cue\'s content before "and" with another participle, which reports on its own', () => {
    const document = extract('The race tightened. Tom Hill held a rally in Dayton, mocking the budget of Ann Lee and pointedly saying the city was not safe.');
    expect(only(document, (statement) => statement.cue?.text === 'mocking').text).toBe('the budget of Ann Lee');
    const saying = only(document, (statement) => statement.cue?.text === 'pointedly saying');
    expect(saying.text).toBe('the city was not safe');
    expect(saying.source?.text).toBe('Tom Hill');
  });

  it('keeps gerunds joined by "and" inside a participle cue\'s content', () => {
    const document = extract('The race tightened. Tom Hill left the hall, accusing Ann Lee of ignoring the budget and raising taxes.');
    expect(only(document, (statement) => statement.cue?.text === 'accusing').text).toBe('Ann Lee of ignoring the budget and raising taxes');
  });

  it.each([
    ['The race tightened. Tom Hill cut the budget and has said the plan will work.', 'has said', 'the plan will work'],
    ['The race tightened. Tom Hill cut the budget and has pledged to end the program.', 'has pledged', 'to end the program'],
  ])('gives a cue joined by "and" with an auxiliary before it the subject of the first verb: %s', (text, cue, content) => {
    const statement = only(extract(text));
    expect(statement.cue?.text).toBe(cue);
    expect(statement.text).toBe(content);
    expect(statement.source?.text).toBe('Tom Hill');
  });

  it('gives a cue joined by "and" the subject pronoun after a fronted "… minutes later"', () => {
    const statement = containing(extract('The race tightened. A few minutes later they reversed course in Dayton and said the vote would go on.'), 'the vote');
    expect(statement.source?.text).toBe('they');
    expect(statement.text).toBe('the vote would go on');
  });

  it('takes "seemed to" into a cue joined by "and", whose subject is the first verb\'s', () => {
    const statement = containing(extract('The race tightened. Tom Hill named the paper twice and seemed to blame it for the leak in Dayton.'), 'the leak');
    expect(statement.cue?.text).toBe('seemed to blame');
    expect(statement.source?.text).toBe('Tom Hill');
  });

  it('reads no report in a cue joined by "and" after a modal', () => {
    expect(extract('The race tightened. The plan cuts the budget and would add ten jobs to the city.').statements).toHaveLength(0);
  });

  it('gives a participle after a relative clause opened by "in which" to that clause\'s subject', () => {
    const document = extract('The race tightened. Tom Hill, who leads in Dayton, held a rally in which he attacked Ann Lee, mocking her budget.');
    expect(only(document, (statement) => statement.cue?.text === 'mocking').source?.text).toBe('he');
  });

  it('reads a "that" with a past verb after a cue\'s phrase as a relative pronoun, not the start of the content', () => {
    const document = extract('The race tightened. Ann Lee spoke, referring to the years before the court decision that legalized gambling.');
    expect(only(document, (statement) => statement.cue?.text === 'referring to').text).toBe('the years before the court decision that legalized gambling');
  });

  it('reads no report in a cue word used as a noun with a relative "that" and a past verb after it', () => {
    expect(extract('The race tightened. Tom Hill walked them through a slide show that predicted victory for Ann Lee.').statements).toHaveLength(0);
    expect(extract('The race tightened. The book is a collection of his writing that included a profile of Ann Lee.').statements).toHaveLength(0);
  });

  it('ends a relative clause inside an appositive at its comma, so a verb after it makes a clause, not an appositive', () => {
    const document = extract('The race tightened. Tom Hill, whose farm is near Dayton, last year proposed a tax on imports, citing the risk to jobs.');
    expect(only(document, (statement) => statement.cue?.text === 'citing').source?.text).toBe('Tom Hill, whose farm is near Dayton');
  });

  it.each([
    ['The race tightened. Ann Lee, the head of a union that has endorsed Tom Hill, said her group would march.', 'Ann Lee, the head of a union that has endorsed Tom Hill'],
    ['The vote was close. Tom Hill, a teacher at the school that was hosting the meeting, said the plan would fail.', 'Tom Hill, a teacher at the school that was hosting the meeting'],
  ])('reads "that" after a noun as opening a relative clause inside an appositive: %s', (text, source) => {
    expect(only(extract(text)).source?.text).toBe(source);
  });

  it.each([
    ['The race tightened. Ann Lee, clad in a red coat with blinking lights that formed the name Dayton, said the vote could be a failure.', 'Ann Lee, clad in a red coat with blinking lights that formed the name Dayton', 'the vote could be a failure'],
    ["The race tightened. Tom Hill, citing ''the bright future of Dayton,'' said the mayor could win in Ohio.", 'Tom Hill', 'the mayor could win in Ohio'],
  ])('reads the noun phrase opening the clause as the source of a cue after an aside the appositive reading cannot make out: %s', (text, source, content) => {
    const statement = only(extract(text), (found) => found.cue?.text === 'said');
    expect(statement.source?.text).toBe(source);
    expect(statement.text).toBe(content);
  });

  it.each([
    ['The race tightened. Even as the race moves to Dayton, a city that she hoped to carry, the race will be tight, said Tom Hill, a farmer.', 'Tom Hill, a farmer'],
    ['The race tightened. Ann Lee, his aunt, who farmed near Dayton, made coffee, told him stories about the city.', null],
  ])('gives a cue after an aside no opening source when it is inverted or one more verb of a list: %s', (text, source) => {
    const statements = extract(text).statements.filter((statement) => statement.cue?.text === 'said' || statement.cue?.text === 'told');
    expect(statements.map((statement) => statement.source?.text ?? null).slice(0, 1)).toEqual(source === null ? [] : [source]);
  });

  it.each([
    ['The race tightened. Another delegate on the Hill slate, Ann Lee, said she was only leaning Hill.', 'Another delegate on the Hill slate, Ann Lee', 'she was only leaning Hill'],
    ['The race tightened. State Senate President Tom Hill, who also serves as a top official in the iron workers union, said contractors eventually built a cushion into their bids.', 'State Senate President Tom Hill, who also serves as a top official in the iron workers union', 'contractors eventually built a cushion into their bids'],
    ['The race tightened. Acme Field Promotions, a sports and celebrity talent agency, says that Tom Hill, who charges $20,000 for speeches, has lost close to $100,000.', 'Acme Field Promotions, a sports and celebrity talent agency', 'that Tom Hill, who charges $20,000 for speeches, has lost close to $100,000'],
  ])('takes a sentence-opening noun phrase with its prepositional phrases as the host of an aside before the cue: %s', (text, source, content) => {
    const statement = only(extract(text), (other) => other.cue?.text === 'said' || other.cue?.text === 'says');
    expect(statement.source?.text).toBe(source);
    expect(statement.text).toBe(content);
  });

  it.each([
    ['The race tightened. The marchers, whom Tom Hill described as "peaceful," walked on.', 'Tom Hill', 'as "peaceful'],
    ['The race tightened. The talks ended early, displaying what many analysts said was a sign of progress in Dayton.', 'many analysts', 'was a sign of progress in Dayton'],
  ])('reads a cue inside a relative clause opened by "whom" or "what" as reporting what follows it: %s', (text, source, content) => {
    const statement = only(extract(text));
    expect(statement.source?.text).toBe(source);
    expect(statement.text).toBe(content);
  });

  it.each([
    ['The race tightened. While many farmers have expressed doubts, many said Monday that the plan would fail.', 'many', 'that the plan would fail'],
    ['The race tightened. Voters in Dayton were worried about the economy; most said they were "very worried."', 'most', 'they were "very worried."'],
  ])('reads "many" or "most" opening its clause as the source, like "some": %s', (text, source, content) => {
    const statement = only(extract(text), (other) => other.cue?.text === 'said');
    expect(statement.source?.text).toBe(source);
    expect(statement.text).toBe(content);
  });

  it('keeps the clause before a source and cue followed by "in" and a gerund as the content', () => {
    const statement = only(extract('The race tightened. Many voters did not like the plan and found it costly, journalist Ann Lee said in posing the question to Tom Hill.'));
    expect(statement.source?.text).toBe('journalist Ann Lee');
    expect(statement.text).toBe('Many voters did not like the plan and found it costly');
  });

  it('gives a clause whose cue is followed by an adjunct and then a closing source and cue to that source', () => {
    const statement = only(extract("The race tightened. The idea of the meeting was raised when the two men talked at last month's Dayton Ball, Tom Hill said."));
    expect(statement.source?.text).toBe('Tom Hill');
    expect(statement.text).toBe("The idea of the meeting was raised when the two men talked at last month's Dayton Ball");
  });

  it('gives the clause before a named source with a long appositive and a cue with its setting to that source', () => {
    const statement = only(extract('The race tightened. Two emails sent to Ann Lee have been placed in secure storage, Tom R. Hill, the undersecretary for management, wrote in a memo.'));
    expect(statement.source?.text).toBe('Tom R. Hill, the undersecretary for management');
    expect(statement.text).toBe('Two emails sent to Ann Lee have been placed in secure storage');
  });

  it.each([
    ['The race tightened. Tom Hill in his opening remarks called Ann Lee a liar.', 'Tom Hill'],
    ['The race tightened. Ann Lee in a blog post said the plan was dead.', 'Ann Lee'],
    ['The race tightened. Ann Lee during a radio interview thanked the farmers for their help.', 'Ann Lee'],
  ])('leaves where a named speaker spoke out of the source: %s', (text, source) => {
    expect(only(extract(text)).source?.text).toBe(source);
  });

  it('takes the noun an adjective with a preposition modifies as the source of a quote ("a source familiar with …")', () => {
    const statement = only(extract('The race tightened. One official familiar with Hill’s plans said, “The farm will be sold.”'));
    expect(statement.source?.text).toBe('One official familiar with Hill’s plans');
  });

  it('keeps "at" a named place of work in the source, while "at" a lowercase place stays an adjunct', () => {
    expect(only(extract('The vote was close. For now, Tom Hill, at the Dayton Policy Institute, said the plan would fail.')).source?.text).toBe('Tom Hill, at the Dayton Policy Institute');
    expect(only(extract('The vote was close. For now, Tom Hill, at the rally, said the plan would fail.')).source?.text).toBe('Tom Hill');
  });

  it('takes the noun that "like" and its examples modify as part of the source', () => {
    const text = 'The day went on. While farmers like Tom Hill and Ann Lee blame the banks for the losses, the mayor disagrees.';
    expect(only(extract(text)).source?.text).toBe('farmers like Tom Hill and Ann Lee');
  });

  it.each([
    ['The vote was close. Tom Hill, 31, with his son at his side, said the plan would fail.', 'Tom Hill, 31'],
    ['The vote was close. “The plan will fail,” said Tom Hill, a farmer, attending the rally.', 'Tom Hill, a farmer'],
    ['The vote was close. Tom Hill, however, said the plan would fail.', 'Tom Hill'],
    ['The vote was close. Tom Hill, after a long pause, said the plan would fail.', 'Tom Hill'],
  ])('leaves an adjunct after the source\'s comma out of the source: %s', (text, source) => {
    const statement = only(extract(text));
    expect(statement.source?.text).toBe(source);
  });

  it.each([
    ['The vote was close. A spokesman for Tom Hill declined to comment on the plan.', 'A spokesman for Tom Hill'],
    ['The vote was close. “The plan will fail,” aides to Tom Hill said.', 'aides to Tom Hill'],
    ['The vote was close. Sources close to the mayor say the plan will fail.', 'Sources close to the mayor'],
  ])('keeps the noun a prepositional phrase modifies in a source that opens its clause: %s', (text, source) => {
    const statement = only(extract(text));
    expect(statement.source?.text).toBe(source);
  });

  it('does not take a verb\'s object before a preposition into the source', () => {
    const statement = only(extract('The vote was close. When he met voters in Ohio, Tom Hill said the plan would fail.'));
    expect(statement.source?.text).toBe('Tom Hill');
  });

  it('puts a preposition after the cue in the cue, not in the content ("complained about …")', () => {
    const statement = only(extract('The vote was close. Tom Hill complained about the new tax plan for farmers.'));
    expect(statement.cue?.text).toBe('complained about');
    expect(statement.text).toBe('the new tax plan for farmers');
  });

  it('keeps a time after the cue out of the cue ("said on Tuesday …")', () => {
    const statement = only(extract('The vote was close. Tom Hill said on Tuesday the plan would fail.'));
    expect(statement.cue?.text).toBe('said');
  });

  it('takes the clause before a source and "told" with its hearer as the content ("…, he told the court.")', () => {
    const statement = only(extract('The vote was close. The new tax plan will fail next year, Tom Hill told the court in a filing.'));
    expect(statement).toMatchObject({ speaker: 'Tom Hill', text: 'The new tax plan will fail next year' });
  });

  it.each([
    'The vote was close. The man accused of buying the guns was arrested on Friday.',
    'The vote was close. Tom Hill won Ohio, adding to his lead in the race.',
    'The vote was close. An allegation rejected by the committee was dropped on Friday.',
    'The vote was close. The protester yelled and held up a banner in the hall.',
    'The vote was close. A woman identified as Ann Roe held up a sign.',
    'The vote was close. Tom Hill trained at a gym named for Ann Lee, who opened it in Dayton in 1990.',
  ])('reads no attribution in a passive participle ("accused of", "rejected by", "identified as"), "adding to", "named for" or a cue followed by "and": %s', (text) => {
    expect(extract(text).statements).toHaveLength(0);
  });

  it.each([
    ['The vote was close. Other candidates, including Ann Lee and Tom Hill, said the plan would fail.', 'Other candidates, including Ann Lee and Tom Hill'],
    ['The vote was close. “The plan will fail,” said Jane Roe, Mrs. Lee’s campaign director.', 'Jane Roe, Mrs. Lee’s campaign director'],
  ])('keeps "including …" and an abbreviation\'s period inside the source: %s', (text, source) => {
    expect(only(extract(text)).source?.text).toBe(source);
  });

  it.each([
    ['“The plan will fail,” said a senior adviser who requested anonymity to speak candidly.', 'a senior adviser'],
    ['“The plan will fail,” said a senior official who spoke on the condition of anonymity.', 'a senior official who spoke on the condition of anonymity'],
  ])('leaves why a name is withheld out of the source, but keeps the bare anonymity clause: %s', (text, source) => {
    expect(only(extract(text)).source?.text).toBe(source);
  });

  it('ends a source named after its cue at a dash', () => {
    const statement = only(extract('“We will win,” said Tom Hill, who runs the gym — a place he bought in May.'));
    expect(statement.source?.text).toBe('Tom Hill, who runs the gym');
  });

  it("closes a doubled-apostrophe quote ending in a nested single quote (''… 'a special case,''')", () => {
    const statement = only(extract("The talks stalled. ''We hear it all the time, 'Dayton is a special case,''' Tom Hill said."));
    expect(statement).toMatchObject({ speaker: 'Tom Hill', direct: true, text: "We hear it all the time, 'Dayton is a special case,'" });
  });

  it('keeps a title quoted with doubled apostrophes after "of" in a source named after its cue', () => {
    const statement = only(extract("''The book was never finished,'' said Steven Brill, the author of ''Bitter Pill,'' who teaches law."));
    expect(statement.text).toBe('The book was never finished,');
    expect(statement.source?.text).toBe("Steven Brill, the author of ''Bitter Pill,'' who teaches law");
  });

  it('keeps a quoted title after "of" in a source named after its cue, and does not read the title as a continued quote', () => {
    const statement = only(extract('"The book was never finished and never will be," said Steven Brill, author of “Bitter Pill,” a history of the debate.'));
    expect(statement.text).toBe('The book was never finished and never will be,');
    expect(statement.source?.text).toContain('author of “Bitter Pill');
  });

  it.each([
    ['Campaign aides said the plan would work.', 'Campaign aides'],
    ['Gay rights groups said the law was unfair.', 'Gay rights groups'],
    ['Trusted aides say the senator is tired.', 'Trusted aides'],
    // A relative clause that ends in an object right before the cue is part of the subject.
    ['The vote was close. People who have battled other online threats say the company could do more.', 'People who have battled other online threats'],
    ['The vote was close. Those who back her opponents say the news has hurt her.', 'Those who back her opponents'],
    ['The vote was close. Let me say the plan would fail.', 'me'],
  ])('keeps the whole subject, with modifiers the tagger reads as verbs, in the source: %s', (text, source) => {
    expect(only(extract(text)).source?.text).toBe(source);
  });

  it.each([
    ['The vote was close. The plan drew the ire of lawmakers in Dayton who thought that it was too costly.', 'thought', 'that it was too costly'],
    ['The vote was close. The plan angered lawmakers who thought she was too involved in the talks.', 'thought', 'she was too involved in the talks'],
  ])('reads a restrictive relative clause on a noun after a preposition or a verb, its cue opening a clause, as reporting on its own: %s', (text, cue, content) => {
    const statement = only(extract(text), (s) => s.cue?.text === cue);
    expect(statement.source?.text).toBe('who');
    expect(statement.text).toBe(content);
  });

  it('reads no restrictive relative clause on a noun after a preposition whose cue takes an object', () => {
    expect(extract('The vote was close. The mayor spoke to voters who want lower taxes.').statements).toHaveLength(0);
  });

  it.each([
    ['The vote was close. Tom Hill, who notes that the city of Dayton has vowed to cut jobs, said the plan is cheap.', 'notes', 'that the city of Dayton has vowed to cut jobs'],
    ['The vote was close. The site, which posts fake stories about Ann Lee, was shut down.', 'posts', 'fake stories about Ann Lee'],
  ])('reads a word that may be a noun as the verb of saying right after a relative pronoun: %s', (text, cue, content) => {
    const statement = only(extract(text), (s) => s.cue?.text === cue);
    expect(statement.source?.text).toMatch(/^(who|which)$/);
    expect(statement.text).toBe(content);
  });

  it.each([
    ['The vote was close. Half of the people who said taxes were their main worry backed Ann Lee.', 'Half of the people who said taxes were their main worry'],
    ['The vote was close. The sister of Tom Hill who filed reports against him blames Ann Lee for the split.', 'The sister of Tom Hill who filed reports against him'],
    ['The vote was close. The one figure that caught the attention of some analysts shows that Tom Hill is ahead.', 'The one figure that caught the attention of some analysts'],
  ])('takes the noun a restrictive relative clause describes, with the clause, as the source, not the clause\'s object: %s', (text, source) => {
    expect(only(extract(text), (s) => s.source?.text !== 'who').source?.text).toBe(source);
  });

  it('does not take a subject\'s past-tense verb for a modifier of the noun after it', () => {
    expect(only(extract('Ann Lee started a petition urging voters to back the wage.')).source?.text).toBe('Ann Lee');
  });

  it('takes a subject pronoun after a fronted time as the source of a participle cue after an object', () => {
    const statement = only(extract('The vote was close. On Monday she released a statement saying the plan would fail.'));
    expect(statement.source?.text).toBe('she');
  });

  it('takes the subject, not the hearer after "to", as the source of a participle cue', () => {
    const statement = only(extract('The vote was close. Ann Lee sent a note to Tom Hill asking the board to delay the vote.'), (s) => s.cue?.text === 'asking');
    expect(statement.source?.text).toBe('Ann Lee');
  });

  it.each([
    ['The vote was close. Aides to Tom Hill and Ann Lee said the plan would fail.', 'Aides to Tom Hill and Ann Lee'],
    ['The vote was close. Sen. Tom Hill (D-Ohio) and Rep. Ann Lee (R-Utah) said the plan would fail.', 'Sen. Tom Hill (D-Ohio) and Rep. Ann Lee (R-Utah)'],
    // The tagger reads "People" before "close to" as the verb "to people".
    ['The vote was close. People close to both Tom Hill and the city of Dayton said the plan would fail.', 'People close to both Tom Hill and the city of Dayton'],
  ])('keeps every name joined by "and" in the source, past a post-modifier or a parenthesis: %s', (text, source) => {
    expect(only(extract(text)).source?.text).toBe(source);
  });

  it.each([
    ['The board met in Dayton. Everyone but Tom Hill said the plan would work.', 'Everyone but Tom Hill'],
    ['The board met in Dayton, and all but two said the plan would work.', 'all but two'],
  ])('keeps the whole that speaks before "but" with the ones it leaves out: %s', (text, source) => {
    expect(only(extract(text)).source?.text).toBe(source);
  });

  it('keeps a past participle opening the subject after a fronted phrase\'s comma, before its plural noun', () => {
    expect(only(extract('The board met in Dayton. Behind the scenes, trusted aides told Tom Hill that the plan would fail.')).source?.text).toBe('trusted aides');
  });

  it('takes the short clause before a parenthetical cue, not the participle after it, as the content', () => {
    const statement = only(extract('The fair was busy. Sales were great, he said, wiping sweat off his face.'));
    expect(statement.text).toBe('Sales were great');
  });

  it('gives a participle cue after a clause with its own cue that clause\'s source, not the appositive and verb before it', () => {
    const document = extract('The vote was close. Ann Lee, the party leader, voiced support for the plan on Wednesday, saying it would work.');
    expect(only(document, (s) => s.cue?.text === 'saying').source?.text).toBe('Ann Lee, the party leader');
  });

  it.each([
    ['The vote was close. Tom Hill Tuesday night warned that the plan would fail.', 'Tom Hill'],
    ['The vote was close. Ann Lee this past week announced that the plan would fail.', 'Ann Lee'],
    ['The vote was close. Ann Lee earlier in the day warned that the plan would fail.', 'Ann Lee'],
    ['The vote was close. Ann Lee has this week said that the plan would fail.', 'Ann Lee'],
  ])('steps over a time between the source and its cue: %s', (text, source) => {
    expect(only(extract(text)).source?.text).toBe(source);
  });

  it('reads the comma between a city and its state as inside the source', () => {
    expect(only(extract('The vote was close. Stacy Baker of Columbia, South Carolina says she likes the plan.')).source?.text).toBe('Stacy Baker of Columbia, South Carolina');
  });

  it('keeps "more than" before an amount in the source', () => {
    expect(only(extract('The vote was close. More than 40 percent of voters said they liked the plan.')).source?.text).toBe('More than 40 percent of voters');
  });

  it('goes on past a parenthesis in a source after the cue', () => {
    const statement = only(extract('The vote was close. “The plan will fail,” said Sen. Ann Lee (D-Ohio), a member of the committee.'));
    expect(statement.source?.text).toBe('Sen. Ann Lee (D-Ohio), a member of the committee');
  });

  it('ends a source before a relative pronoun ("a crowd that the campaign estimated")', () => {
    const statement = only(extract('The vote was close. It drew a crowd that the campaign estimated at 5,000 people.'));
    expect(statement.source?.text).toBe('the campaign');
  });

  it('ends a source at a dash between spaces but not at a hyphen', () => {
    expect(only(extract('The vote was close. Then came the surprise - Tom Hill said the plan will fail.')).source?.text).toBe('Tom Hill');
    expect(only(extract('The vote was close. Ann Hewlett-Packard said the plan will fail.')).source?.text).toBe('Ann Hewlett-Packard');
  });

  it('keeps a relative clause right after a short content in the content', () => {
    const statement = only(extract('The vote was close. Tom Hill said the decision, which came on Friday, was wrong.'));
    expect(statement.text).toBe('the decision, which came on Friday, was wrong');
  });

  it('still reads "responded by saying …" as an attribution', () => {
    expect(only(extract('The vote was close. Tom Hill responded by saying the plan will fail.')).speaker).toBe('Tom Hill');
  });

  it('reads a short name before a colon that opens its paragraph as the source of the rest, the colon as its cue', () => {
    const text = 'The vote was close.\n\nJane Doe: The new tax plan will fail next year.';
    const statement = only(extract(text));
    expect(statement).toMatchObject({ speaker: 'Jane Doe', text: 'The new tax plan will fail next year', cue: { text: ':' } });
    expect(text.slice(statement.cue?.start, statement.cue?.end)).toBe(':');
  });

  it.each([
    ['The vote was close.\n\nDr. Ann Lee: The new tax plan will fail next year.', 'Dr. Ann Lee'],
    ['The vote was close.\n\nDaily Planet Fact-Check: The new tax plan will fail next year.', 'Daily Planet Fact-Check'],
  ])('reads a label with an abbreviation or a hyphen before its colon: %s', (text, source) => {
    const statement = only(extract(text));
    expect(statement).toMatchObject({ text: 'The new tax plan will fail next year' });
    expect(statement.source?.text).toBe(source);
  });

  it('reads a headline label that goes on in lower case after a name, but not a phrase without one', () => {
    const labelled = only(extract('Tom Hill camp: The bridge will close in May.\n\nThe vote was close.'));
    expect(labelled.source?.text).toBe('Tom Hill camp');
    expect(labelled.text).toBe('The bridge will close in May');
    expect(extract('Spoiler no more: Hill ends his bid.\n\nThe vote was close.').statements.filter((statement) => statement.cue?.text === ':')).toHaveLength(0);
  });

  it('reads the speaker\'s label after a page label and a dash', () => {
    const statement = containing(extract('EXCLUSIVE – Ann Lee: Don’t Trust the Dayton Bridge.\n\nThe vote was close.'), 'Trust the Dayton');
    expect(statement.source?.text).toBe('Ann Lee');
    expect(statement.cue?.text).toBe(':');
  });

  it('reads no statement from a headline label before a question in the writer\'s words, but keeps a quoted one', () => {
    expect(extract('Tom Hill: Reformer or Career Politician?\n\nThe vote was close.').statements.filter((statement) => statement.cue?.text === ':')).toHaveLength(0);
    expect(containing(extract('Tom Hill: ‘Is That All There Is?’\n\nThe vote was close.'), 'Is That All').source?.text).toBe('Tom Hill');
  });

  it.each([
    ['Big Win For Dayton: Farm Union Holds Off On Endorsement.'],
    ['Tom Hill Wades In: Dayton Must Keep Its Bridge.'],
  ])('reads no speaker from a headline label a capitalised preposition breaks: %s', (headline) => {
    expect(extract(`${headline}\n\nThe vote was close.`).statements.filter((statement) => statement.cue?.text === ':')).toHaveLength(0);
  });

  it('reads a headline\'s second verb after a comma with the first one\'s subject, not as a cue turned round', () => {
    const statement = containing(extract('Rep. Ann Lee slams Tom Hill, praises Dayton as \'a working town.\'\n\nThe vote was close.'), 'Tom Hill');
    expect(statement).toMatchObject({ source: { text: 'Rep. Ann Lee' }, cue: { text: 'slams' }, text: 'Tom Hill' });
  });

  it('reads the speaker before a topic or the hearers in a headline label, the colon still the cue', () => {
    const text = 'Ann Lee on Dayton Bridge Vote: ‘It Will Close in May.’\n\nThe vote was close.';
    const statement = containing(extract(text), 'It Will Close');
    expect(statement.source?.text).toBe('Ann Lee');
    expect(statement.cue?.text).toBe(':');
    expect(text.slice(statement.cue?.start, statement.cue?.end)).toBe(':');
    expect(containing(extract('Tom Hill to Farmers: The bridge will close in May.\n\nThe vote was close.'), 'bridge will close').source?.text).toBe('Tom Hill');
    expect(extract('A Curious Plan to Fight Floods: Buy Sandbags Now.\n\nThe vote was close.').statements.filter((statement) => statement.cue?.text === ':')).toHaveLength(0);
  });

  it('reads a short name opening a sentence past the headline, before a colon and a quote, as the next speaker', () => {
    const document = extract('The vote was close.\n\nAnn Lee said: "Our goal is to win." Hill: "The mission is to stop the plan, not to delay it." The rest followed.');
    expect(containing(document, 'The mission is').source?.text).toBe('Hill');
  });

  it('reads a name with its title that opens its paragraph before a colon and a quote as the speaker', () => {
    const text = 'The hearing ran long.\n\nFormer Dayton mayor Ann Lee:"We learned that from the state. We were trying to help them."';
    const statement = containing(extract(text), 'We learned that');
    expect(statement.source?.text).toBe('Former Dayton mayor Ann Lee');
    expect(statement.cue?.text).toBe(':');
  });

  it('reads the piece of writing a quote is taken from before a colon as its source', () => {
    const statement = containing(extract('The study came out Monday.\n\nMore from the report: “Turnout in Dayton fell for the third year running.”'), 'Turnout in Dayton');
    expect(statement.source?.text).toBe('the report');
    expect(statement.cue?.text).toBe(':');
  });

  it('does not read an interview turn or a page label before a colon as a source', () => {
    expect(extract('The vote was close.\n\nQ: Will the new tax plan fail next year?').statements).toHaveLength(0);
    expect(extract('The vote was close.\n\nUPDATE: The new tax plan was withdrawn on Friday.').statements).toHaveLength(0);
  });

  it('reads capitals before a colon as a speaker in a transcript, where a label comes back', () => {
    const document = extract('The show aired Sunday.\n\nANN LEE: The bridge will close in May.\n\nHILL: It will not.\n\nLEE: It will, and soon.');
    expect(document.statements.map((statement) => statement.source?.text)).toEqual(['ANN LEE', 'HILL', 'LEE']);
    expect(containing(document, 'The bridge will close').text).toBe('The bridge will close in May');
  });

  it('runs a dialogue turn\'s words to the end of its paragraph, the whole turn, the reports inside it part of the turn', () => {
    const document = extract('The show aired Sunday.\n\nAnn Lee: Well, the bridge will close in May. Tom Hill said it would stay open. I think he was wrong.\n\nHill: It will stay open for years.\n\nLee: It will close.');
    expect(containing(document, 'the bridge will close').text).toBe('Well, the bridge will close in May. Tom Hill said it would stay open. I think he was wrong');
    expect(document.statements.map((statement) => statement.source?.text)).toEqual(['Ann Lee', 'Hill', 'Lee']);
  });

  it('keeps a label used once to its sentence', () => {
    const document = extract('The show aired Sunday.\n\nAnn Lee: Well, the bridge will close in May. The vote came later.');
    expect(containing(document, 'the bridge will close').text).toBe('Well, the bridge will close in May');
  });

  it('runs a turn on through a paragraph without a label before the next turn of a dialogue, not through a stage direction', () => {
    const text = 'The show aired Sunday.\n\nANN LEE: The bridge will close in May.\n\nIt is too old to save.\n\n(BEGIN VIDEO CLIP.)\n\nHILL: It will not.\n\nLEE: It will, and soon.';
    const document = extract(text);
    expect(containing(document, 'The bridge will close').text).toBe('The bridge will close in May.\n\nIt is too old to save');
    expect(containing(document, 'It will not').text).toBe('It will not');
  });

  it('does not run a section head\'s words on into the next paragraph', () => {
    const document = extract('The race goes on.\n\nAnn Lee: We will hold on to the end.\n\nShe has the most to lose here.\n\nTom Hill: Now or never.\n\nHe needs a win.');
    expect(containing(document, 'hold on').text).toBe('We will hold on to the end');
  });

  it('reads a label with a few words alone in its paragraph, outside a dialogue, as a section head, not a statement', () => {
    const document = extract('The race goes on.\n\nAnn Lee: Hold on to the end.\n\nShe has the most to lose here.\n\nTom Hill: Now or never.\n\nHe needs a win.');
    expect(document.statements.filter((statement) => statement.cue?.text === ':')).toHaveLength(0);
  });

  it('goes on with a reported clause through a verb of stance its subject joins by "and" or "but"', () => {
    const document = extract('The vote was close. Ann Lee said she was tired of the old council and wanted a new mayor for Dayton.');
    expect(only(document).text).toBe('she was tired of the old council and wanted a new mayor for Dayton');
    expect(only(document).cue?.text).toBe('said');
  });

  it('reads a plan whose content runs on through the cue that reports it as part of that report only', () => {
    const document = extract('The race went on. Tom Hill plans to empower the city of Dayton by fostering "risk-taking and capital investment," Ann Lee said Monday.');
    expect(only(document).cue?.text).toBe('said');
    expect(only(document).source?.text).toBe('Ann Lee');
  });

  it('ends the content before a second cue joined by "but"', () => {
    const document = extract('The vote was close. Tom Hill said the plan was sound but added that it came too late.');
    expect(containing(document, 'the plan was sound').text).toBe('the plan was sound');
    expect(containing(document, 'came too late').speaker).toBe('Tom Hill');
  });

  it('ends the content before "and", a name and its cue, after a closing quote mark too', () => {
    const document = extract('The vote was close. Tom Hill accuses Ann Lee of “leading from behind” and Eva Roe says the plan is dead.');
    expect(containing(document, 'leading from behind').text).toBe('Ann Lee of “leading from behind”');
    expect(containing(document, 'the plan is dead').source?.text).toBe('Eva Roe');
  });

  it('ends the content before "but", a new subject and its cue, with no comma before "but"', () => {
    const document = extract('The vote was close. The Dayton council claimed the win but city officials have said they do not trust the count.');
    expect(containing(document, 'the win').text).toBe('the win');
    expect(containing(document, 'they do not trust the count').source?.text).toBe('city officials');
  });

  it.each([
    ['The vote was close. Tom Hill however said the plan would fail.', 'Tom Hill'],
    ['The vote was close. Tom Hill has long said that the plan would fail.', 'Tom Hill'],
    ["The vote was close. Tom Hill hasn't said that the plan would fail.", 'Tom Hill'],
    ['The vote was close. Tom Hill and Ann Lee have both said that the plan would fail.', 'Tom Hill and Ann Lee'],
  ])('steps over an adverb between the source and its cue: %s', (text, source) => {
    const statement = only(extract(text));
    expect(statement.source?.text).toBe(source);
    expect(statement.text).toContain('the plan would fail');
  });

  it.each([
    ['The vote was close. Ann Lee, who endorsed Tom Hill in May, voted against the plan on Monday.', 'endorsed', 'Tom Hill'],
    ['The bill passed. The union, which opposes the new bill, has asked the court to stop it.', 'opposes', 'the new bill'],
    // A modal, or an auxiliary after an adverb, takes the main clause up again.
    ['The vote was close. Tom Hill, who has called the plan a hoax, could be the next mayor.', 'has called', 'the plan a hoax'],
    ['The vote was close. Ann Lee, who said she would campaign with him, ultimately did not show up.', 'said', 'she would campaign with him'],
    // Inside the clause, a name object still ends before its day.
    ['The vote was close. Ann Lee, who formally endorsed Tom Hill on Sunday, will speak in Dayton.', 'formally endorsed', 'Tom Hill'],
    // A plain present the tagger also reads as an infinitive, after a quote closing with the clause's comma.
    ["The vote was close. Their editors, who once called these stories ''spinach,'' want to publish them.", 'once called', "these stories ''spinach,''"],
    ['The vote was close. Ann Lee, who cited taxes as her main issue, cast herself as a reformer.', 'cited', 'taxes as her main issue'],
  ])('ends a content inside a relative clause where the main clause\'s verb takes up again: %s', (text, cue, content) => {
    expect(only(extract(text), (statement) => statement.cue?.text === cue).text).toBe(content);
  });

  it.each([
    ['The vote was close. Some say the plan will fail.', 'Some', 'the plan will fail'],
    ['The vote was close. Several said they would vote for Tom Hill.', 'Several', 'they would vote for Tom Hill'],
    ['The vote was close. While one firm says there are 2,400 members, another says there are 1,800.', 'another', 'there are 1,800'],
    // A bare verb of stance after a plural subject is a cue, though the tagger calls it a noun.
    ['The vote was close. Most Democrats support Ann Lee.', 'Most Democrats', 'Ann Lee'],
    ['The vote was close. Young voters support background checks for all buyers.', 'Young voters', 'background checks for all buyers'],
    // A share, a number, or a poll's participle or day closing the subject, and an object of its own after the verb.
    ['The vote was close. Two-thirds support raising the tax on fuel.', 'Two-thirds', 'raising the tax on fuel'],
    ['The vote was close. Farmers under 40 support Ann Lee by 6 points.', 'Farmers under 40', 'Ann Lee by 6 points'],
    ['The vote was close. 30 percent of the farmers polled support Tom Hill.', '30 percent of the farmers polled', 'Tom Hill'],
    // A noun phrase object ends before a clause of time or cause after its comma.
    ['The vote was close. Most of the voters surveyed in Dayton last Monday support Ann Lee, as rival Tom Hill continues to gain ground.', 'Most of the voters surveyed in Dayton last Monday', 'Ann Lee'],
    // "hopes" read as a noun after a noun subject, before a clause with a subject of its own.
    ['The vote was close. Now the government hopes that its diplomats can make a stronger case.', 'the government', 'that its diplomats can make a stronger case'],
    ['The vote was close. Then the president hopes obstruction would become untenable for the party.', 'the president', 'obstruction would become untenable for the party'],
    // A participle of stance right after its noun takes only the noun phrase after it.
    ['The vote was close. Donors gave to an outside group backing Tom Hill in May.', 'an outside group', 'Tom Hill'],
    ['The vote was close. Groups supporting Gov. Tom Hill, Sen. Ann Lee and Ed Roe spent heavily.', 'Groups', 'Gov. Tom Hill, Sen. Ann Lee and Ed Roe'],
    // An adjective, an "-ed" form or "then-" may open the participle's object; "those" stands for its holders.
    ['The vote was close. Donors gave to a group backing former Dayton Mayor Tom Hill.', 'a group', 'former Dayton Mayor Tom Hill'],
    ['The vote was close. Donors gave to a group backing then-Mayor Tom Hill of Dayton.', 'a group', 'then-Mayor Tom Hill of Dayton'],
    ['The vote was close. Farmers backing embattled Mayor Tom Hill marched in Dayton.', 'Farmers', 'embattled Mayor Tom Hill'],
    ['The vote was close. The ads angered those supporting Ann Lee.', 'those', 'Ann Lee'],
  ])('takes a quantifier opening its clause, or the subject of "hopes", a bare verb or a participle of stance, as the source: %s', (text, source, content) => {
    const statement = only(extract(text), (candidate) => candidate.source?.text === source);
    expect(statement.text).toBe(content);
  });

  it.each([
    // The object of a verb right before the participle, unless the verb put it out.
    ['The vote was close. There is anecdotal evidence suggesting that the count was wrong.', 'suggesting', 'anecdotal evidence'],
    ['The vote was close. The jobs report cheered Democrats hoping that Ann Lee would win.', 'hoping', 'Democrats'],
    ['The vote was close. Tom Hill ran an ad calling the plan a fraud.', 'ran an ad calling', 'Tom Hill'],
    // The subject of a clause of time or cause before the participle, or of a cleft sentence's clause.
    ["The vote was close. The dispute began when the city's mayor launched his campaign with harsh words about the council, calling them liars.", 'calling', "the city's mayor"],
    ['The vote was close. The hall was half empty as results came in showing Ann Lee ahead.', 'showing', 'results'],
    ['The vote was close. It was at the rally that Ann Lee delivered her speech, calling the plan a fraud.', 'calling', 'Ann Lee'],
    ['The vote was close. It was only a month ago that Ann Lee was saying the opposite.', 'was saying', 'Ann Lee'],
    // A pronoun there is mostly the main subject again, who stays the source.
    ['The vote was close. Tom Hill smiled as he left the hall, saying the plan would pass.', 'saying', 'Tom Hill'],
  ])('takes the source of a participle from the noun phrase or clause it goes with: %s', (text, cue, source) => {
    expect(only(extract(text), (statement) => statement.cue?.text === cue).source?.text).toBe(source);
  });

  it('reads "acknowledging" after a comma as an admission of the clause subject', () => {
    const statement = only(extract('The vote was close. Ann Lee fired the police chief, acknowledging that parts of Dayton had lost trust in the force.'));
    expect([statement.source?.text, statement.cue?.text, statement.text]).toEqual(['Ann Lee', 'acknowledging', 'that parts of Dayton had lost trust in the force']);
  });

  it('ends a one-name object before a participle clause after its comma', () => {
    const statement = only(extract('The vote was close. A majority of the farmers supported Hill, giving a boost to the first-time candidate.'));
    expect([statement.cue?.text, statement.text]).toEqual(['supported', 'Hill']);
  });

  it('leaves "support" a noun after a determiner', () => {
    expect(extract('The vote was close. The support of the voters was strong.').statements).toHaveLength(0);
  });

  it.each([
    ['The vote was close. Ann Lee now garners 41 percent support against Tom Hill.'],
    ["The vote was close. Her lead is below Tom Hill's 62 percent support that year."],
  ])('leaves "support" a noun after a share an owner or a verb takes: %s', (text) => {
    expect(extract(text).statements).toHaveLength(0);
  });

  it('keeps a share\'s stance after ", and" inside what a poll found', () => {
    const document = extract('The vote was close. The poll found that 43% of Dayton voters support Ann Lee, and 42% support Tom Hill.');
    expect(only(document).text).toBe('that 43% of Dayton voters support Ann Lee, and 42% support Tom Hill');
  });

  it('reads "All told" as a sum, not a source', () => {
    expect(extract('The vote was close. All told, up to 5 million people could be eligible for the plan.').statements).toHaveLength(0);
  });

  it.each([
    ['The vote was close. Lee won 40 percent, against 23 percent who said the plan was unfair.', 'the plan was unfair'],
    ['The vote was close. Among those who said they cared about the schools and the parks, most backed Ann Lee.', 'they cared about the schools and the parks'],
    ['The vote was close. Lee won 18 percent who say they would be dissatisfied.', 'they would be dissatisfied'],
  ])('takes "who" in a restrictive relative clause as the source of what it says, up to the main clause: %s', (text, content) => {
    const statement = only(extract(text), (candidate) => candidate.source?.text === 'who');
    expect(statement.text).toBe(content);
  });

  it.each([
    ['The vote was close. Voters who say the economy is most important were evenly divided.'],
    ['The vote was close. Those who said the economy was their top issue split evenly between Ann Lee and Tom Hill.'],
    ['The vote was close. A majority of those who said honesty mattered most supported Tom Hill in Dayton.'],
    ['Hill won the young, while those who said income inequality was a problem tended to support Ann Lee.'],
  ])('reads no report of its own in a group named by what it said that is the subject of the main verb: %s', (text) => {
    expect(extract(text).statements.filter((candidate) => candidate.source?.text === 'who')).toHaveLength(0);
  });

  it.each([
    // A prepositional phrase alone after a cue says where or how, not what.
    ['The vote was close. Tom Hill said in a statement.'],
    ['The vote was close. Ann Lee reported from Washington.'],
    ['The vote was close. Ann Lee celebrated in Ohio with her supporters.'],
    // Going on with a thing or an act is no speech.
    ['The vote was close. Tom Hill continued his push for the new plan.'],
    ['The vote was close. Ann Lee continued to raise money from small donors.'],
    // A capitalised cue word inside a name is no cue.
    ['The vote was close. Ann Lee taped an appearance on The Tonight Show Starring Tom Hill, popular with young voters.'],
    // A name given to an indefinite noun is no one's words.
    ['The vote was close. Tom Hill founded a firm called Acme Analytics in 2010.'],
    ['The vote was close. Ann Lee hired a driver named Tom Hill last year.'],
    ['The vote was close. The winner was a 52-year-old Dayton, Ohio, resident named Ann Lee.'],
    ['The vote was close. The club put on a play titled “The Long Night” in May.'],
    ['The vote was close. They paid $300,000 to a company called Dayton Analytics, which builds voter profiles.'],
    ['The vote was close. Tom Hill once worked for a small firm called the Dayton Group.'],
    // Issuing a statement, or calling someone up, is the act alone until what was said follows.
    ['The vote was close. The party issued a statement Thursday.'],
    ['The vote was close. Tom Hill issued a formal statement on the subject.'],
    ['The vote was close. A statement issued in his name appeared on Friday in Dayton.'],
    ['The vote was close. Ann Lee called Tom Hill to congratulate him.'],
    ['The vote was close. Ann Lee called Tom Hill on Sunday.'],
    ['The vote was close. Ann Lee called Tom Hill, the mayor of Dayton.'],
    ['The vote was close. Tom Hill called into a radio show on Monday.'],
    // Someone coming upon a thing finds no fact.
    ['The vote was close. Tom Hill found sanctuary in Dayton.'],
    ['The vote was close. Ann Lee found a receptive audience for her message.'],
    ['The vote was close. Police officers found them during a search of the house in Dayton.'],
    // A figure that declined refused nothing.
    ['The vote was close. Sales at the Dayton plant declined 40 percent last year, to $5 million.'],
    ['The vote was close. Revenue at the Dayton plant declined to $281 million in 2014.'],
    // A result booked is no report of anything said.
    ['The vote was close. The Dayton firm reported a profit of $2 a share on Friday.'],
    ['The vote was close. Ann Lee posted a narrow victory in the Ohio primary.'],
    // A figure added, or a thing put onto something, is added in deed.
    ['The vote was close. The Dayton plant added 2,000 jobs in May.'],
    ['The vote was close. The state added around 9,000 jobs last year.'],
    ['The vote was close. The new rule adds another hurdle to the Dayton race.'],
    // A sum offered or charged is a deal; putting a thing somewhere is placing it.
    ['The vote was close. The Dayton club charged a $100,000 initiation fee last year.'],
    ['The vote was close. Ann Lee is offering $30 billion over 10 years to the city of Dayton.'],
    ['The vote was close. Tom Hill offered an olive branch to the party officials in Dayton.'],
    ['The vote was close. The Dayton race offers a unique opportunity for Ann Lee.'],
    ['The vote was close. A gunman claiming allegiance to a militant group shot two guards in Dayton.'],
    ['The vote was close. The tough race puts the new mayor to the test.'],
    ['The vote was close. His haul puts him within $4 million of Ann Lee.'],
    // Marking an occasion, and idioms of a plain act, are no words.
    ['The vote was close. Tom Hill celebrated his 70th birthday in Dayton on Friday.'],
    ['The vote was close. Ann Lee first laid eyes on Tom Hill in Dayton.'],
    ['The vote was close. The Dayton group is laying groundwork in three states.'],
    ['The vote was close. The tax debate hits home for Ann Lee.'],
    // Knowing better holds no fact.
    ['The vote was close. The Dayton officials should know better.'],
    // A verb whose particle makes it another verb is an act.
    ['The vote was close. Hundreds more showed up to hear Ann Lee speak in Dayton.'],
    ['The vote was close. Lots of angry voters will show up to vote for Ann Lee.'],
    ['The vote was close. The Dayton firm called off a $5 billion merger after the ruling.'],
    ['The vote was close. The budget deal knocked out funding for the Dayton plant.'],
    // Seeing someone at a thing is witnessing it.
    ['The vote was close. Ann Lee saw Tom Hill carrying a rifle near the plant.'],
    ['The vote was close. The Dayton board saw fit to close the plant.'],
    // Keeping a thing is no claim.
    ['The vote was close. Tom Hill maintained his double-digit lead over Ann Lee.'],
    ['The vote was close. Ann Lee maintained an energetic pace into old age.'],
    // A generic "you" in a condition says nothing.
    ['The vote was close. If you want to understand the debate, look at the polls.'],
    ['The vote was close. When you think of your regrets, what comes first?'],
    // Where, when or how one voted is no statement.
    ['The vote was close. More Republicans voted in the Dayton primary than Democrats did.'],
    ['The vote was close. The county has voted Democratic for decades.'],
    // A participle between a number or a possessive and a noun modifies the noun.
    ['The vote was close. Ann Lee leads Tom Hill by 300 pledged delegates.'],
    ['The vote was close. Ann Lee won despite her continued struggles with young voters.'],
    // An empty subject says nothing.
    ["The vote was close. It's worth noting the plan failed."],
    ['The vote was close. There have been telling signs of trouble.'],
    // Finding oneself somewhere is no finding.
    ['The vote was close. Tom Hill found himself in the same legal bind.'],
    // A show after a kind of broadcast or a possessive is a programme.
    ['The vote was close. Tom Hill was the star of the reality TV show “The Long Night.”'],
    ['The vote was close. Ann Lee spoke on her show The Morning Hour about it.'],
    // So is a show on a channel after a name.
    ['The vote was close. Only The Ann Lee Show on WDTN hit 50%.'],
    ['The vote was close. On Monday, the Dayton Daily show on Sirius will host Tom Hill.'],
    // One word of time or manner after a cue says when or how, not what.
    ['The vote was close. Tom Hill said Thursday during a taping of the town hall.'],
    ['The vote was close. That is what Ann Lee wrote recently.'],
    // So does a phrase of time alone.
    ['The vote was close. The Dayton Herald reported a few days later.'],
    // A phrase of the occasion or the medium alone says where words were given, not what.
    ['The vote was close. Tom Hill told the paper before his appearance Monday night.'],
    ['The vote was close. Tom Hill apologized the next day.'],
    // Finding a way is doing something; helping found a group is founding it.
    ['The vote was close. Tom Hill found ways to press his agenda through small amendments.'],
    ['The vote was close. Ann Lee found a way to win the county.'],
    ['The vote was close. Ann Lee helped found the Green Coalition in 2008.'],
    // Finding a thing to do something with is doing too.
    ['The match was close. Ann Lee found space in the area to powerfully head the ball goalwards.'],
    ['The match was close. Tom Hill found time to visit the school.'],
    // A prize claimed or a holding defended is won or kept, not said.
    ['The match was close. Ann Lee claimed her seventh Grand Slam title.'],
    ['The race is close. The party is defending 24 of the 34 Senate seats this year.'],
    ['The race is close. Tom Hill is defending the Labour stronghold of Dayton.'],
    // A think tank is an institute.
    ['The report is published by the council - a joint effort by right of centre think tanks the Dayton Institute and the Lee Centre.'],
  ])('reads no statement where a cue word reports nothing: %s', (text) => {
    expect(extract(text).statements).toHaveLength(0);
  });

  it.each([
    ['The vote was close. Tom Hill said in a statement that the plan was dead.', 'that the plan was dead'],
    ['The vote was close. Tom Hill said in a statement, the plan was dead.', 'the plan was dead'],
    ['The vote was close. The voters believe in freedom of speech.', 'freedom of speech'],
    ['The vote was close. Tom Hill continued to complain that the count was wrong.', 'that the count was wrong'],
    ['The vote was close. Ann Lee continued her sharp remarks about the count.', 'her sharp remarks about the count'],
    ['The vote was close. About 43 said the plan was dead.', 'the plan was dead'],
    ['The vote was close. It said the plan was dead.', 'the plan was dead'],
    // Victory is claimed by declaring it; a claim that a prize is someone's is a claim.
    ['The vote was close. Ann Lee claimed victory in a tweet.', 'victory'],
    ['The vote was close. Tom Hill claimed that the title was his.', 'that the title was his'],
    // Findings and judgements stay findings.
    ['The vote was close. The study found the plan to be unsafe.', 'the plan to be unsafe'],
    ['The vote was close. A poll found most voters want a new mayor to take over.', 'most voters want a new mayor to take over'],
    ['The vote was close. Tom Hill found the county harder to win than he expected.', 'the county harder to win'],
  ])('keeps a content after a prepositional phrase, a number or a pronoun: %s', (text, content) => {
    expect(extract(text).statements.some((statement) => statement.text.includes(content))).toBe(true);
  });

  it.each([
    ['The vote was close. Ann Lee celebrated in Ohio with supporters, declaring the plan a success.', 'in Ohio'],
    ['The vote was close. Tom Hill wrote in a long letter, and the council read it aloud.', 'in a long letter'],
  ])('reads no place phrase before a comma as the content: %s', (text, phrase) => {
    expect(extract(text).statements.some((statement) => statement.text.startsWith(phrase))).toBe(false);
  });

  it('reads the clause after a place phrase and its comma as the content', () => {
    const statement = only(extract('The vote was close. If she wins, Ann Lee suggested in a tweet, the plan will pass.'));
    expect(statement.text).toBe('the plan will pass');
    expect(statement.source?.text).toBe('Ann Lee');
  });

  it.each([
    ['The vote was close. Tom Hill issued a statement Tuesday saying the plan was dead.', 'the plan was dead'],
    ['The vote was close. Ann Lee called on Tom Hill to resign.', 'Tom Hill to resign'],
    ['The vote was close. Most members voted in favor of the plan.', 'in favor of the plan'],
    ['The vote was close. The poll found 90 percent support for the plan.', '90 percent support for the plan'],
    ['The vote was close. Ann Lee maintained the server was secure.', 'the server was secure'],
    ['The vote was close. Ann Lee found Mr. Hill too rude to support.', 'Mr. Hill too rude to support'],
  ])('still reads a statement that says something, a call on someone, a vote for something, a finding and a claim: %s', (text, words) => {
    expect(containing(extract(text), words).cue).toBeTruthy();
  });

  it('still reads what a source calls something', () => {
    expect(containing(extract('The vote was close. A reporter called it “absolute chaos.”'), 'absolute chaos').source?.text).toBe('A reporter');
  });

  it.each([
    ['The vote was close. Ann Lee said that she had voted for the plan and added that it would pass.', 'added', 'Ann Lee'],
    ['The vote was close. Tom Hill said Ann Lee had left the party but said the plan would pass.', 'the plan would pass', 'Tom Hill'],
    ['The vote was close. Tom Hill left the party and he said the plan would pass.', 'the plan would pass', 'he'],
    ['The vote was close. The crowd cheered when Tom Hill spotted a sign and asked for the plan to pass.', 'the plan to pass', 'Tom Hill'],
    ['The vote was close. Tom Hill mocked the plan (although he admitted that it might pass) and promised to fight it.', 'to fight it', 'Tom Hill'],
    ['The vote was close. Ann Lee mocked the plan - "It is dead," she said - and vowed to fight it in Dayton.', 'to fight it in Dayton', 'Ann Lee'],
    ['The vote was close. The judge rubbed his chin, and then said something strange.', 'something strange', 'The judge'],
    ['The vote was close. Tom Hill used to back Ann Lee, but now says the plan in Dayton is dead.', 'the plan in Dayton is dead', 'Tom Hill'],
  ])('gives a cue joined by "and" or "but" the subject of the clause it is joined to, past an aside or an adverb of sequence: %s', (text, words, source) => {
    const statement = only(extract(text), (candidate) => candidate.cue?.text === words || candidate.text.includes(words));
    expect(statement.source?.text).toBe(source);
  });

  it.each([
    // A relative clause without "that": its subject is the source, not the noun it modifies.
    ['The vote was close. The unease many voters feel about Tom Hill is real.', 'feel about', 'many voters'],
    // A name right after a determined noun that names no person opens the relative clause; a title before a name stays with it.
    ['The vote was close. There are two reasons Tom Hill rejects the plan for Dayton.', 'rejects', 'Tom Hill'],
    ['The vote was close. The bridge was the kind Ann Lee had described as a waste.', 'had described', 'Ann Lee'],
    ['The vote was close. The Dayton strategist Ann Lee said the plan would fail.', 'said', 'The Dayton strategist Ann Lee'],
    // A relative clause with a cue word of its own stays in the source before the cue.
    ['The vote was close. An aide who spoke anonymously to discuss the talks said Tom Hill would stay in Dayton.', 'said', 'An aide who spoke anonymously to discuss the talks'],
    // The relative clause's verb is no modifier of the noun before the cue.
    ['The vote was close. One city official who relayed the exchange said Tom Hill would stay.', 'said', 'One city official who relayed the exchange'],
  ])('reads the source around a relative clause: %s', (text, cue, source) => {
    expect(only(extract(text), (statement) => statement.cue?.text === cue).source?.text).toBe(source);
  });

  it('leaves a relative clause that reports on its own out of the source', () => {
    const document = extract('The vote was close. Tom Hill, who spoke on condition of anonymity, said the plan would fail.');
    expect(only(document, (statement) => statement.cue?.text === 'said').source?.text).toBe('Tom Hill');
  });

  it.each([
    ['The vote was close. Ann Lee and Tom Hill said the plan would fail.', 'Ann Lee and Tom Hill'],
    ['The vote was close. Neither Ann Lee nor Tom Hill said the plan would fail.', 'Neither Ann Lee nor Tom Hill'],
  ])('keeps both noun phrases of a coordinated source: %s', (text, source) => {
    expect(only(extract(text)).source?.text).toBe(source);
  });

  it('does not join the object of an earlier verb to the source', () => {
    expect(only(extract('The vote was close. He met Ann Lee and Tom Hill said the plan would fail.'), (statement) => statement.cue?.text === 'said').source?.text).toBe('Tom Hill');
  });

  it.each([
    'The vote was close. Tom Hill spoke at the rally about the budget.',
    'The vote was close. Tom Hill continues to oppose the budget.',
    'The vote was close. Tom Hill pushed the budget through the council.',
  ])('does not read a plain action as a cue: %s', (text) => {
    expect(extract(text).statements).toHaveLength(0);
  });

  it('ends the content before a new source and cue after ", and"', () => {
    const document = extract('The vote was close. Tom Hill said the plan was sound, and Ann Lee said it came too late.');
    expect(containing(document, 'the plan was sound')).toMatchObject({ text: 'the plan was sound', speaker: 'Tom Hill' });
    expect(containing(document, 'came too late').speaker).toBe('Ann Lee');
  });

  it.each([
    ['The day went on. The mayor made a stop at the plant in Dayton, the local paper reported Friday.', 'the local paper', 'The mayor made a stop at the plant in Dayton'],
    ['The day went on. The new plans will not solve the problem, Anne Richards said on the call.', 'Anne Richards', 'The new plans will not solve the problem'],
    ['The day went on. Democrats had put the biggest crack in the ceiling, she said in a video message to the convention.', 'she', 'Democrats had put the biggest crack in the ceiling'],
  ])('reads the clause before a source and cue that only a time or place follows: %s', (text, source, content) => {
    const statement = only(extract(text));
    expect(statement.source?.text).toBe(source);
    expect(statement.text).toBe(content);
  });

  it('reads a speech verb right before a colon as a cue', () => {
    const statement = only(extract("The vote was close. Some voters say: It's time for a new plan."));
    expect(statement).toMatchObject({ text: "It's time for a new plan" });
    expect(statement.source?.text).toBe('Some voters');
  });

  it('reads the noun before a participle cue after "with" as its source', () => {
    const statement = only(extract('The poll was out. Voters were split, with 50 percent saying the mayor is prepared for the job.'));
    expect(statement).toMatchObject({ text: 'the mayor is prepared for the job' });
    expect(statement.source?.text).toBe('50 percent');
  });

  it('reads the "-ing" form of a cue verb after ", with" and a noun phrase as a cue with that phrase as its source', () => {
    const statement = only(extract('The race is close in Dayton, with some polls indicating that Ann Lee has a small lead.'));
    expect(statement).toMatchObject({ text: 'that Ann Lee has a small lead' });
    expect(statement.cue?.text).toBe('indicating');
    expect(statement.source?.text).toBe('some polls');
  });

  it('ends what one noun phrase after ", with" says where "and" opens the next noun phrase with its own participle', () => {
    const statement = only(extract('The rift went public, with forty members blasting the raids and the city of Dayton sending an aide to calm them.'));
    expect(statement).toMatchObject({ text: 'the raids' });
    expect(statement.source?.text).toBe('forty members');
  });

  it('takes the whole noun phrase after ", with" as the source of the participle after it, not the adverb before the participle', () => {
    const statement = only(extract('The crowd in Dayton was loud, with marchers and onlookers loudly chanting "We want Ann Lee."'));
    expect(statement.source?.text).toBe('marchers and onlookers');
    expect(statement.cue?.text).toBe('loudly chanting');
  });

  it('reads no cue in a count of precincts reporting', () => {
    expect(extract('Tom Hill won the city of Dayton, with 90 percent of precincts reporting.').statements).toHaveLength(0);
  });

  it('reads a wish as an attribution of its object', () => {
    const statement = only(extract('The senator wants to win the nomination before the convention.'));
    expect(statement).toMatchObject({ text: 'to win the nomination before the convention', direct: false });
    expect(statement.cue?.text).toBe('wants');
  });

  it('takes only the owner before "\'s" as the source of a statement noun, not the phrase around it', () => {
    const statement = only(extract("The hearing went on. The vote came after an expansion of Tom Hill's claim that the mayor lied."));
    expect(statement.cue?.text).toBe('claim');
    expect(statement.source?.text).toBe("Tom Hill's");
  });

  it.each([
    ['The race tightened. Mayor Ann Lee won the endorsement of the Dayton Teachers Union on Monday.', 'Mayor Ann Lee', 'the Dayton Teachers Union'],
    ['The plan drew sharp criticism from Tom Hill. It passed anyway.', 'The plan', 'Tom Hill'],
    ['The race tightened. Tom Hill picked up an endorsement from a onetime rival, former Dayton mayor Ann Lee.', 'Tom Hill', 'a onetime rival, former Dayton mayor Ann Lee'],
    // A passive verb of stance: who acted, after "by", is the source.
    ['The race tightened. Tom Hill has been criticized by Ann Lee for his votes.', 'Tom Hill', 'Ann Lee'],
    ['The race tightened. The plan was rejected by the Dayton council.', 'The plan', 'the Dayton council'],
  ])('reads a stance someone got with who gave it as the source: %s', (text, content, source) => {
    const statement = only(extract(text));
    expect(statement.text).toBe(content);
    expect(statement.source?.text).toBe(source);
  });

  it.each([
    ["The race tightened. Ann Lee's sharp attacks on the mayor have grown louder.", "Ann Lee's", 'sharp attacks on', 'the mayor'],
    // A possessive pronoun in a verb's object stands for the verb's subject.
    ['The race tightened. Tom Hill is keeping up his criticism of the Dayton budget.', 'Tom Hill', 'is keeping up his criticism of', 'the Dayton budget'],
    // The time after the object is no part of it.
    ['The race tightened. Tom Hill kept up his attacks on the mayor in the hours before the vote.', 'Tom Hill', 'kept up his attacks on', 'the mayor'],
    // So is the subject of a verb whose object is the noun, bare or after an article.
    ['The race tightened. Ann Lee launched a sharp attack on the Dayton council last night.', 'Ann Lee', 'launched a sharp attack on', 'the Dayton council'],
    ['The race tightened. The mayor heaped praise on Tom Hill.', 'The mayor', 'heaped praise on', 'Tom Hill'],
  ])('reads a noun of stance with its owner as the source and the object of its preposition as content: %s', (text, source, cue, content) => {
    const statement = only(extract(text));
    expect(statement).toMatchObject({ text: content, direct: false });
    expect(statement.source?.text).toBe(source);
    expect(statement.cue?.text).toBe(cue);
  });

  it('does not take a possessive pronoun alone as the source of a noun of stance', () => {
    expect(extract('The race tightened. The polls moved after his attacks on the mayor.').statements.filter((s) => s.cue?.text.endsWith('attacks on'))).toHaveLength(0);
  });

  it('does not read a stance hoped for or denied as given', () => {
    expect(extract('Tom Hill may not win the support of Dayton voters.').statements).toHaveLength(0);
  });

  it('reads a statement noun with its possessor as the source', () => {
    const statement = only(extract('The hearing went on. Mr. Cole’s assertion that the tax would pay for itself, repeated often, went unchallenged.'));
    expect(statement.cue?.text).toBe('assertion');
    expect(statement.text).toBe('that the tax would pay for itself');
    expect(statement.source?.text).toBe('Mr. Cole’s');
  });

  it.each([
    ['The vote was close. Tom Hill is seeking a fifth term.', 0],
    ['The vote was close. Ann Lee, who is seeking the Republican nomination, spoke in Ohio.', 0],
    ['The vote was close. Emails seeking comment went unanswered.', 0],
    ['The vote was close. The campaign is seeking an injunction against the party.', 1],
  ])('does not read a run for office or a request for comment as an attribution: %s', (text, count) => {
    expect(extract(text).statements).toHaveLength(count);
  });

  it.each([
    ["The race went on. In Tom Hill's view, the mayor has already lost.", 'the mayor has already lost', "Tom Hill's"],
    ['The race went on. The only real worry, in her view, is the cost of the new bridge.', 'The only real worry, in her view, is the cost of the new bridge', 'her'],
    ['The race went on. The mayor has already lost the county, in their view.', 'The mayor has already lost the county', 'their'],
    ["The race went on. “The new bridge is a waste of money” from start to finish, in Tom Hill's view.", 'The new bridge is a waste of money” from start to finish', "Tom Hill's"],
  ])('reads "in X\'s view" opening or closing a clause with the possessor as source: %s', (text, content, source) => {
    const statement = only(extract(text));
    expect(statement).toMatchObject({ text: content });
    expect(statement.source?.text).toBe(source);
  });

  it.each([
    ['The race went on. To Tom Hill, the new bridge is a gift to the town.', 'the new bridge is a gift to the town', 'Tom Hill'],
    ['The race went on. But to others, the new bridge is a waste of money.', 'the new bridge is a waste of money', 'others'],
    ['The race went on. To Ms. Lee, who has studied the race, Tuesday marked a turning point.', 'Tuesday marked a turning point', 'Ms. Lee, who has studied the race'],
    ['The race went on. To Ohio consultant Ann Lee, the new bridge is a gift to the town.', 'the new bridge is a gift to the town', 'Ohio consultant Ann Lee'],
  ])('reads a sentence opening "To X," with X as the source of the clause after it: %s', (text, content, source) => {
    const statement = only(extract(text));
    expect(statement).toMatchObject({ text: content });
    expect(statement.source?.text).toBe(source);
  });

  it.each([
    ['The race went on. To stop the plan, the council voted again.'],
    ['The letters came in. To Ann Lee, of Dayton: the tax was lower then.'],
  ])('does not read an infinitive or a letter\'s addressee as "To X,": %s', (text) => {
    expect(extract(text).statements.filter((s) => s.cue?.text === 'To')).toHaveLength(0);
  });

  it('does not read a relative clause after a statement noun as its content', () => {
    expect(extract('The hearing went on. He repeated her claim that appeared in the report.').statements.filter((s) => s.cue?.text === 'claim')).toHaveLength(0);
  });

  it('keeps a list introduced by "including" in the content', () => {
    const statement = only(extract('Maria Lopez said the plan covers every cost, including the new roads.'));
    expect(statement.text).toBe('the plan covers every cost, including the new roads');
  });

  it('goes on past "but" and a verb in a reported clause, but not after an object or before a second cue', () => {
    expect(only(extract("The race went on. Tom Hill argued that the tax shouldn't be cut but raised to pay for roads.")).text)
      .toBe("that the tax shouldn't be cut but raised to pay for roads");
    expect(only(extract('The race went on. Ann Lee praised the budget and went back to work.')).text).toBe('the budget');
  });

  it('reads past a possessive apostrophe in the clause a statement noun introduces', () => {
    expect(containing(extract("The race went on. Ann Lee's claim that Tom Hiss' aides had lied, a charge he denies, spread fast."), 'aides').text)
      .toBe("that Tom Hiss' aides had lied");
  });

  it('reads a long appositive after a name ending in "Jr." between a quote and its cue', () => {
    const statement = only(extract("The hearing went on. ''Taxes will rise,'' Tom B. Hill Jr., the director of the Dayton Bureau of Roads and Bridges, said."));
    expect(statement.source?.text).toBe('Tom B. Hill Jr., the director of the Dayton Bureau of Roads and Bridges');
  });

  it('takes a plural possessor with a bare apostrophe as the source of a statement noun', () => {
    const statement = containing(extract('The race went on. Few heeded the Dayton farmers’ warnings that the harvest would fail.'), 'harvest');
    expect(statement.text).toBe('that the harvest would fail');
    expect(statement.source?.text).toBe('the Dayton farmers');
  });

  it('takes the agent after "by" as the source of a statement noun', () => {
    const statement = containing(extract('The race went on. A suggestion by Dayton officials that the files were secret angered voters.'), 'files');
    expect(statement.text).toBe('that the files were secret');
    expect(statement.source?.text).toBe('Dayton officials');
  });

  it('takes a person after "of" or "from" as the source of a statement noun, but not a thing', () => {
    const statement = containing(extract('The race went on. The contention of Mayor Ann Lee that the files were secret angered voters.'), 'files');
    expect(statement.source?.text).toBe('Mayor Ann Lee');
    expect(extract('The race went on. The warning from the farm that the files were secret angered voters.').statements).toHaveLength(0);
  });

  it('reads the clause after "was that" as the content of a statement noun, past an abbreviation', () => {
    const statement = containing(extract("The race went on. Ann Lee's argument was that Mrs. Hill had left the board."), 'board');
    expect(statement.text).toBe('that Mrs. Hill had left the board');
    expect(statement.source?.text).toBe("Ann Lee's");
  });

  it('reads an answer, response or point as a statement noun only before "is/was that"', () => {
    const statement = containing(extract("The race went on. Tom Hill's answer was that the new bridge is a gift to the town."), 'bridge');
    expect(statement.text).toBe('that the new bridge is a gift to the town');
    expect(statement.source?.text).toBe("Tom Hill's");
    expect(extract("The race went on. Tom Hill's point that the new bridge is a gift to the town got lost.").statements).toHaveLength(0);
  });

  it('reads the words after a possessive\'s reply or view and "is/was" with a colon or comma as its content', () => {
    const response = containing(extract("The race went on. Ann Lee's response was: “Is the new bridge safe or not?”"), 'bridge');
    expect(response.text).toContain('Is the new bridge safe or not');
    expect(response.source?.text).toBe("Ann Lee's");
    const advice = containing(extract('The race went on. My advice is, the city of Dayton should wait for the vote.'), 'Dayton');
    expect(advice.text).toBe('the city of Dayton should wait for the vote');
    expect(advice.source?.text).toBe('My');
    const message = containing(extract('The race went on. Her message was simple: the city of Dayton will not pay for the bridge.'), 'Dayton');
    expect(message.text).toBe('the city of Dayton will not pay for the bridge');
    expect(extract('The race went on. The answer is, the city of Dayton should wait for the vote.').statements).toHaveLength(0);
  });

  it('reads "My impression is that …" and "His message long has been that …" as statements of the possessive', () => {
    const reading = (text: string) => {
      const statement = containing(extract(`The race went on. ${text}`), 'Dayton');
      return [statement.source?.text, statement.text];
    };
    expect(reading('My impression is that the city of Dayton had no money.')).toEqual(['My', 'that the city of Dayton had no money']);
    expect(reading('His message long has been that the city of Dayton can pay.')).toEqual(['His', 'that the city of Dayton can pay']);
  });

  it('reads "One view is that …" opening a sentence as a statement with no source', () => {
    const statement = containing(extract('The race went on. One view is that the new bridge is a gift to the town.'), 'bridge');
    expect(statement.text).toBe('that the new bridge is a gift to the town');
    expect(statement.source).toBeNull();
  });

  it('reads a time or the medium between a statement noun and its "that"-clause', () => {
    const claim = (text: string) => extract(text).statements.find((s) => s.cue?.text === 'assertion')?.text;
    expect(claim("The race went on. Ann Lee's assertion Monday that more raids are needed in Dayton angered voters."))
      .toBe('that more raids are needed in Dayton');
    expect(claim("The race went on. Ann Lee's assertion in May that the files were secret angered voters.")).toBe('that the files were secret');
    expect(claim("The race went on. Ann Lee's assertion in a recent interview that the files were secret angered voters.")).toBe('that the files were secret');
  });

  it('ends the clause a statement noun introduces before the verb of the sentence around it', () => {
    const claim = (text: string) => extract(text).statements.find((s) => s.cue?.text === 'claim')?.text;
    expect(claim("The race went on. Ann Lee's claim that Tom Hill lied to the board is false.")).toBe('that Tom Hill lied to the board');
    expect(claim("The race went on. Ann Lee's claim that the man who runs the firm in Dayton stole funds should worry voters."))
      .toBe('that the man who runs the firm in Dayton stole funds');
    expect(claim("The race went on. Ann Lee's claim that he said taxes were rising is false.")).toBe('that he said taxes were rising');
    expect(claim("The race went on. Ann Lee's claim that Tom Hill had not paid his taxes was untrue.")).toBe('that Tom Hill had not paid his taxes');
    expect(claim("The race went on. Ann Lee's claim that more raids are needed in Dayton angered voters.")).toBe('that more raids are needed in Dayton');
  });

  it('keeps an outlet after a noun of speech or writing in the content, but not one after the object of a cue', () => {
    expect(containing(extract('The race went on. Tom Hill dismissed a report in the Dayton Post that Ann Lee would quit.'), 'report').text)
      .toBe('a report in the Dayton Post that Ann Lee would quit');
    expect(containing(extract('The race went on. Tom Hill praised Ann Lee on Fox News.'), 'Lee').text).toBe('Ann Lee');
  });

  it('goes on past ", in which", but ends before ", which"', () => {
    expect(only(extract('The race went on. Ann Lee alleged that Tom Hill earned $5 million from the school, in which students paid $1,000 for a class.')).text)
      .toBe('that Tom Hill earned $5 million from the school, in which students paid $1,000 for a class');
    expect(only(extract('The race went on. Ann Lee said the plan was dead, which surprised Tom.')).text).toBe('the plan was dead');
  });

  it('keeps a cue in "-ing" right after a noun inside the content, but ends the content before one after a comma', () => {
    expect(only(extract('The race went on. Tom Hill wrote a letter to the council asking it to delay the vote.')).text).toBe('a letter to the council asking it to delay the vote');
    expect(containing(extract('The race went on. Ann Lee said the plan was dead, asking the council to vote again.'), 'dead').text).toBe('the plan was dead');
  });

  it.each([
    ['The race went on. Police reported 40 attacks on farms, ranging from arson to theft.', '40 attacks on farms, ranging from arson to theft'],
    ['The race went on. Tom Hill proposed ending the tax, selling the mill and hiring more police.', 'ending the tax, selling the mill and hiring more police'],
    ['The race went on. Tom Hill said the plan had failed, leaving the town in debt.', 'the plan had failed'],
  ])('keeps a participle that measures the content, or the next item of a gerund content, but not the writer\'s participle: %s', (text, content) => {
    expect(only(extract(text)).text).toBe(content);
  });

  it.each([
    ['The race went on. Tom Hill said the plan would pass, but that the vote would be close.', 'the plan would pass, but that the vote would be close'],
    ['The race went on. Ann Lee says voters are tired, but also hungry for change.', 'voters are tired, but also hungry for change'],
    ['The race went on. Ann Lee said the council would not close the bridge, but rather repair it.', 'the council would not close the bridge, but rather repair it'],
    ['The race went on. Ann Lee said the bridge would open in May, but not for trucks.', 'the bridge would open in May, but not for trucks'],
    ['The race went on. Tom Hill said the plan would pass, but the vote was close.', 'the plan would pass'],
    ['The race went on. Ann Lee said it was a crucial, although brief, chance to talk.', 'it was a crucial, although brief, chance to talk'],
    ['The race went on. Ann Lee said the plan works, though not the tax.', 'the plan works, though not the tax'],
    ['The race went on. Ann Lee said the plan works, though heavy rains closed the road.', 'the plan works'],
  ])('goes on over ", but that", ", but also", ", but rather" and ", but not", or "though" with no clause, which go on with what was said, and stops at another ", but" or "though" clause: %s', (text, content) => {
    expect(only(extract(text)).text).toBe(content);
  });

  it('goes on over "and" with a verb of belief, but stops at "and" with a speech verb', () => {
    const believing = only(extract('The race went on. Tom Hill said he is proud of the campaign and expects a strong finish in the state.'));
    expect(believing.text).toBe('he is proud of the campaign and expects a strong finish in the state');
    const adding = extract('The race went on. Tom Hill said the plan was dead and added that he would vote against it.');
    expect(only(adding, (statement) => statement.cue?.text === 'said').text).toBe('the plan was dead');
  });

  it.each([
    ['The race went on. Ann Lee endorsed Tom Hill last week.', 'Tom Hill'],
    ['The race went on. Ann Lee endorsed Mr. Hill in early December.', 'Mr. Hill'],
    ['The race went on. Ann Lee endorsed Tom Hill during a call with reporters.', 'Tom Hill'],
    ['The race went on. Tom Hill denied the charges through his lawyer.', 'the charges'],
    ['The race went on. Ann Lee praised Tom Hill after a meeting on the budget.', 'Tom Hill'],
    ['The race went on. Tom Hill criticized the new budget before the vote.', 'the new budget'],
    ['The race went on. Ann Lee said the new budget during the debate was a mistake.', 'the new budget during the debate was a mistake'],
    ['The race went on. Ann Lee praised her years as senator.', 'her years as senator'],
    ['The race went on. Ann Lee said Tom Hill on Monday would win.', 'Tom Hill on Monday would win'],
    ['The race went on. Ann Lee defended Tom Hill in a recent interview with the Dayton Post.', 'Tom Hill'],
    ['The race went on. Ann Lee did not mention Tom Hill directly in her speech.', 'Tom Hill'],
    ['The race went on. Tom Hill describes himself on his blog as a friend of Dayton.', 'himself on his blog as a friend of Dayton'],
    ['The race went on. Ann Lee attacked Tom Hill during the debate for his ties to the bank.', 'Tom Hill during the debate for his ties to the bank'],
    ['The race went on. Tom Hill defended himself on Saturday for leaving the council.', 'himself on Saturday for leaving the council'],
    ['The race went on. Ann Lee endorsed Tom Hill in February and worked for him in Dayton.', 'Tom Hill'],
  ])('ends a name or pronoun object, or the object of a verb of stance, before the time or setting after it, not a clause whose subject it is nor one a reason or label goes on after: %s', (text, content) => {
    expect(only(extract(text)).text).toBe(content);
  });

  it.each([
    ['The race went on. Tom Hill shared the news on social media.', 'the news'],
    ['The race went on. Ann Lee announced her plan at a press conference in Dayton.', 'her plan'],
    ['The race went on. Ann Lee claimed victory in a tweet last week.', 'victory'],
    ['The race went on. Ann Lee posted a comment on Twitter that mocked the plan.', 'a comment on Twitter that mocked the plan'],
    ['The race went on. Tom Hill said the vote on Monday was a mistake.', 'the vote on Monday was a mistake'],
    ['The race went on. Tom Hill offered a response on Tuesday to questions about the plan.', 'a response on Tuesday to questions about the plan'],
  ])('ends a noun phrase object before a closing phrase of time, occasion or medium, not one the noun goes on after: %s', (text, content) => {
    expect(only(extract(text)).text).toBe(content);
  });

  it.each([
    ['The race went on. Ann Lee announced the deal with Dayton after cutting ties with the firm.', 'the deal with Dayton'],
    ['The race went on. Tom Hill dismissed the charges by pointing to the budget.', 'the charges'],
    ['The race went on. Tom Hill explained the delay by saying the budget was late.', 'the delay by saying the budget was late'],
  ])('ends a noun phrase object before a gerund of means or time, not a reply made by speaking: %s', (text, content) => {
    expect(extract(text).statements.find((statement) => statement.cue?.text !== 'saying')?.text).toBe(content);
  });

  it.each([
    ['The race went on. Tom Hill referred to Ann Lee, his adviser at the time.', 'Ann Lee'],
    ['The race went on. Most voters opposed the tax, down sharply from 2009.', 'the tax'],
    ['The race went on. Tom Hill cited growth, jobs and wages.', 'growth, jobs and wages'],
    ['The race went on. Tom Hill assailed a judge, Ann Lee, for her ruling.', 'a judge, Ann Lee, for her ruling'],
    ['The race went on. Ann Lee praised the plan, including the new tax.', 'the plan, including the new tax'],
  ])('ends a noun phrase object at its comma before an aside with no verb, not a list or an aside the content goes on after: %s', (text, content) => {
    expect(only(extract(text)).text).toBe(content);
  });

  it.each([
    ['The race went on. Tom Hill said he will back the nominee, even as he has raised taxes.', 'he will back the nominee'],
    ['The race went on. Ann Lee said the plan would pass, despite the cost.', 'the plan would pass'],
    ['The race went on. Ann Lee said the plan, despite its cost, would pass.', 'the plan, despite its cost, would pass'],
    ['The race went on. Tom Hill pointed out that Dayton would win – even though he picked Troy.', 'that Dayton would win'],
    ['The race went on. Tom Hill is pledging to take his campaign to the floor -- even as the front-runner closed in.', 'to take his campaign to the floor'],
  ])('ends a reported clause before a concession set off by a comma or an opening dash: %s', (text, content) => {
    expect(only(extract(text)).text).toBe(content);
  });

  it.each([
    ['The race went on. Tom Hill said the tax would pass, a plan the council has dropped since.', 'the tax would pass'],
    ['The race went on. Tom Hill said the tax would pass, a step he has long resisted.', 'the tax would pass'],
    ['The race went on. Tom Hill said the more votes he wins, the more power he will have.', 'the more votes he wins, the more power he will have'],
  ])('ends a reported clause before a closing comment whose noun takes a relative clause with no "that": %s', (text, content) => {
    expect(only(extract(text), (statement) => statement.cue?.text === 'said').text).toBe(content);
  });

  it('ends the content before an aside in parentheses that opens with a clause word', () => {
    const statement = only(extract('The race went on. Tom Hill said the plan was dead (although Ann Lee disagreed).'), (candidate) => candidate.cue?.text === 'said');
    expect(statement.text).toBe('the plan was dead');
  });

  it('ends the content where its sentence ends inside a parenthesis', () => {
    const statement = only(extract('The race went on. (Tom Hill said the plan was dead.) And the vote went on anyway.'));
    expect(statement.text).toBe('the plan was dead');
  });

  it('runs the content on to the close of a quote opened inside it', () => {
    const statement = only(extract('The race went on. Dan Reyes insisted that the mayor told him: “We will win. Nobody can stop us now.” Others disagreed.'), (candidate) => candidate.cue?.text === 'insisted');
    expect(statement.text).toBe('that the mayor told him: “We will win. Nobody can stop us now.”');
  });

  it.each([
    ['The race went on. The senator is expected to run for re-election next year.', 'is expected', 'The senator is expected to run for re-election next year'],
    ['The race went on. Her supporters seemed unmoved by the news.', 'seemed', 'Her supporters seemed unmoved by the news'],
    ['The race went on. The group is reportedly spending millions on advertisements.', 'reportedly', 'The group is reportedly spending millions on advertisements'],
  ])('reads an attribution without a source: %s', (text, cue, content) => {
    const statement = only(extract(text));
    expect(statement).toMatchObject({ text: content, speaker: null, speakerMention: null });
    expect(statement.cue?.text).toBe(cue);
  });

  it('takes the whole subject of what seems so, over a preposition inside it', () => {
    const statement = only(extract('The race went on. The mayor’s habit of deferring to Tom Hill did not appear to help her.'));
    expect(statement).toMatchObject({ text: 'The mayor’s habit of deferring to Tom Hill did not appear to help her', source: null });
  });

  it.each([
    ['The race went on. The crowd seemed relieved as the band played the last song.', 'The crowd seemed relieved'],
    ['The race went on. The mayor appeared calm, despite the noise from the street.', 'The mayor appeared calm'],
    ['The race went on. The mayor seemed tired, with little sleep behind her after the long campaign.', 'The mayor seemed tired'],
    ['The race went on. The mayor appeared calm, even though the noise from the street grew.', 'The mayor appeared calm'],
  ])('ends what seems so before a clause of time, cause or concession: %s', (text, content) => {
    expect(only(extract(text))).toMatchObject({ text: content, source: null });
  });

  it.each([
    ['The race went on. Tom Hill seemed to mock the plan for the city of Dayton.', 'Tom Hill', 'seemed to mock', 'the plan for the city of Dayton'],
    ['The race went on. Ann Lee appeared to imply that the mayor would resign.', 'Ann Lee', 'appeared to imply', 'that the mayor would resign'],
    ['The race went on. Her emails seem to show that the mayor of Dayton knew.', 'Her emails', 'seem to show', 'that the mayor of Dayton knew'],
  ])('reads a subject that seemed to say or show something as its source: %s', (text, source, cue, content) => {
    const statement = only(extract(text));
    expect(statement).toMatchObject({ text: content, speakerMention: { text: source } });
    expect(statement.cue?.text).toBe(cue);
  });

  it.each([
    ['The race went on. The plan seemed to backfire: the city of Dayton lost the vote.', 'The plan seemed to backfire'],
    ['The race went on. The mayor appears to be well liked in Dayton - so much so that Tom Hill stayed out.', 'The mayor appears to be well liked in Dayton'],
    ['The race went on. The mayor seemed ready for a no-holds fight with Tom Hill.', 'The mayor seemed ready for a no-holds fight with Tom Hill'],
  ])('ends what seems so at a colon or a dash between words: %s', (text, content) => {
    expect(only(extract(text))).toMatchObject({ text: content, source: null });
  });

  it.each([
    ['The race went on. Tom Hill may seem tired of the campaign in Dayton.', 'may seem', 'Tom Hill may seem tired of the campaign in Dayton'],
    ['The race went on. Ann Lee doesn\'t seem ready for the vote.', 'doesn\'t seem', 'Ann Lee doesn\'t seem ready for the vote'],
  ])('reads the plain "seem" after a modal or "do" as what seems so, the hedge in the cue: %s', (text, cue, content) => {
    const statement = only(extract(text));
    expect(statement).toMatchObject({ text: content, source: null });
    expect(statement.cue?.text).toBe(cue);
  });

  it('does not read failing to do something ("can\'t seem to win") as something that seems so', () => {
    expect(extract('The race went on. Tom Hill can\'t seem to win the voters of Dayton.').statements).toHaveLength(0);
  });

  it('ends what seems so of a relative pronoun with its clause', () => {
    const statement = only(extract('The vote was close. Ann Lee, who seems tired of the race, has not picked up any support this month.'));
    expect(statement).toMatchObject({ text: 'who seems tired of the race', source: null });
  });

  it('does not read someone appearing somewhere as something that seems so', () => {
    expect(extract('The race went on. Senator Ann Lee appeared on television to defend the plan.').statements).toHaveLength(0);
  });

  it.each([
    ['The race went on. The mayor appeared before the council to defend the plan.'],
    ['The race went on. When the senator appeared, the crowd rose and cheered loudly.'],
  ])('does not read someone appearing before others, or appearing on their own, as something that seems so: %s', (text) => {
    expect(extract(text).statements.filter((statement) => /^appear/.test(statement.cue?.text ?? ''))).toHaveLength(0);
  });

  it('reads what was asked in "Asked …, X said" without a source', () => {
    const statement = only(extract('The race went on. Asked if he would run again, Tom Weller smiled.'));
    expect(statement).toMatchObject({ text: 'if he would run again', speaker: null, act: 'ASKED' });
  });

  it.each([
    ['The vote was close. Asked at a briefing Monday about the plan, Tom Hill smiled.', 'about the plan'],
    ['The vote was close. Asked about the plan after the debate, Tom Hill smiled.', 'the plan'],
    ['The vote was close. Asked about her vote in the event that Lee loses, Ann Roe smiled.', 'her vote in the event that Lee loses'],
  ])('leaves the occasion of a question out of what was asked: %s', (text, content) => {
    expect(only(extract(text), (statement) => /^Asked/.test(statement.cue?.text ?? '')).text).toBe(content);
  });

  it('reads what was asked through an abbreviation inside it: "Asked whether Mr. Hill …, X said"', () => {
    const document = extract('The vote was close. Asked whether Mr. Hill would run again, the mayor said she did not know.');
    const asked = only(document, (statement) => statement.cue?.text === 'Asked');
    expect(asked).toMatchObject({ text: 'whether Mr. Hill would run again', source: null });
  });

  it('reads what was asked after "when asked" and "was asked", with the asker after "by" as the source', () => {
    const whenAsked = extract('The race went on. “It was fine,” Tom Hill said when asked about the vote.');
    expect(only(whenAsked, (statement) => statement.act === 'ASKED')).toMatchObject({ text: 'the vote', speaker: null });
    const byHost = only(extract('The race went on. Tom Hill was asked by the host Ann Lee whether the plan would pass.'));
    expect(byHost).toMatchObject({ text: 'whether the plan would pass', act: 'ASKED' });
    expect(byHost.source?.text).toBe('the host Ann Lee');
  });

  it('reads what was asked after ", when asked" up to the end of the sentence', () => {
    const document = extract('The race went on. “It was fine,” Ann Lee said, when asked whether she wanted Tom Hill to campaign in Dayton.');
    expect(only(document, (statement) => statement.act === 'ASKED')).toMatchObject({ text: 'whether she wanted Tom Hill to campaign in Dayton', source: null });
  });

  it('does not read a capitalised "When" before "asked" as a source', () => {
    const statement = only(extract('The race went on. When asked about the vote, Tom Hill smiled.'));
    expect(statement).toMatchObject({ text: 'the vote', source: null, act: 'ASKED' });
  });

  it('keeps the noun after a possessive pronoun in an "according to" source', () => {
    const statement = only(extract('The race went on. According to his longtime physician, the senator is healthy.'));
    expect(statement).toMatchObject({ text: 'the senator is healthy' });
    expect(statement.source?.text).toBe('his longtime physician');
  });

  it('does not read the subject of a linking verb as a speaker', () => {
    const statement = only(extract('The plane landed at noon. The airline seems ready to resume its flights.'));
    expect(statement).toMatchObject({ speaker: null, source: null, text: 'The airline seems ready to resume its flights' });
  });

  it('keeps an infinitive after the cue as its content even when a comma follows it', () => {
    const document = extract('The vote was close. Tom Hill declined to comment, citing the coming trial.');
    expect(containing(document, 'comment')).toMatchObject({ text: 'to comment', speaker: 'Tom Hill' });
  });

  it('reads the noun phrase after "warned" as the content\'s subject when a verb follows it', () => {
    const statement = only(extract('The vote was close. The mayors warned the new tax would close shops.'));
    expect(statement).toMatchObject({ text: 'the new tax would close shops', act: 'WARNED' });
  });

  it('reads a reported clause around its relative pronoun ("which the experts say could …")', () => {
    const statement = only(extract('Sales rose again, which the experts say could lift the shares.'));
    expect(statement).toMatchObject({ text: 'could lift the shares' });
    expect(statement.source?.text).toBe('the experts');
  });

  it('keeps a reported relative clause inside another content as an attribution of its own ("a finish that he said …")', () => {
    const document = extract('Tom Hill says he is tied for second place with Ann Lee, in a finish that he said defied expectations.');
    const inner = only(document, (statement) => statement.cue?.text === 'said');
    expect(inner.text).toBe('defied expectations');
    expect(inner.source?.text).toBe('he');
    expect(document.statements).toHaveLength(2);
  });

  it('keeps "who said …" after a share inside another content as an attribution of its own', () => {
    const document = extract('One in four said the party was hostile, about the same number who said the party truly cares.');
    const inner = only(document, (statement) => statement.source?.text === 'who');
    expect(inner.text).toBe('the party truly cares');
    expect(document.statements).toHaveLength(2);
  });

  it('reads a reported relative clause without a pronoun ("a move they say hurt …")', () => {
    const statement = only(extract('The plant closed last year, a move they say ruined the town.'));
    expect(statement).toMatchObject({ text: 'ruined the town' });
    expect(statement.source?.text).toBe('they');
  });

  it('reads "notes", "hope" after a plain noun as a cue when a clause follows', () => {
    const notes = only(extract('The budget was late. The audit notes the city spent too much on roads.'));
    expect(notes).toMatchObject({ text: 'the city spent too much on roads' });
    expect(notes.source?.text).toBe('The audit');
    const hope = only(extract('The budget was late. But farmers hope the rain will save the crop.'));
    expect(hope).toMatchObject({ text: 'the rain will save the crop', act: 'BELIEVED' });
  });

  it('finds the source past a verb that carries the cue on ("went on to say", "continues to insist")', () => {
    const wentOn = only(extract('The budget was late. Ann Lee went on to say the roads came first.'));
    expect(wentOn).toMatchObject({ text: 'the roads came first', speaker: 'Ann Lee' });
    expect(wentOn.cue?.text).toBe('went on to say');
    const continues = only(extract('The budget was late. The mayor continues to insist that the roads come first.'));
    expect(continues).toMatchObject({ text: 'that the roads come first', act: 'CLAIMED' });
    expect(continues.source?.text).toBe('The mayor');
  });

  it('reads any verb with an object after "went on to" as a cue, but not winning ("went on to win the seat")', () => {
    const named = only(extract('The budget was late. Ann Lee went on to name three roads in Dayton.'));
    expect(named).toMatchObject({ text: 'three roads in Dayton', speaker: 'Ann Lee' });
    expect(named.cue?.text).toBe('went on to name');
    expect(extract('The budget was late. Ann Lee went on to win the seat.').statements).toHaveLength(0);
  });

  it.each([
    ['The budget was late. Women in Dayton were more likely to say that Ann Lee was honest.', 'Women in Dayton', 'were more likely to say'],
    ['The budget was late. Tom Hill was not willing to say who would run.', 'Tom Hill', 'was not willing to say'],
  ])('finds the source past a copula and a word of readiness before "to" and a cue: %s', (text, source, cue) => {
    const statement = only(extract(text));
    expect(statement.source?.text).toBe(source);
    expect(statement.cue?.text).toBe(cue);
  });

  it.each([
    ['The budget was late. Ann Lee was quick to embrace the plan.', 'was quick to embrace', 'the plan'],
    ['The budget was late. Tom Hill continued to portray “reckless” donors as the problem.', 'continued to portray', '“reckless” donors as the problem'],
    ['The budget was late. Ann Lee was quick to point out that the count was wrong.', 'was quick to point out', 'that the count was wrong'],
  ])('keeps the infinitive after a carrier in the cue, its object as the content: %s', (text, cue, content) => {
    const statement = only(extract(text));
    expect(statement.cue?.text).toBe(cue);
    expect(statement.text).toBe(content);
  });

  it('leaves an infinitive with nothing after it as the content ("continued to interject")', () => {
    expect(only(extract('The budget was late. Tom Hill continued to interject.'))).toMatchObject({ text: 'to interject' });
  });

  it('reads what a subject wants as its stance ("voters want …")', () => {
    const want = only(extract('The budget was late. Most voters in Dayton want the roads fixed first.'));
    expect(want).toMatchObject({ text: 'the roads fixed first', act: 'BELIEVED' });
    expect(want.source?.text).toBe('Most voters in Dayton');
  });

  it('reads what a subject knows as a view, but not knowing someone ("we know him")', () => {
    const know = only(extract('The budget was late. Most drivers in Dayton know the roads will stay closed.'));
    expect(know).toMatchObject({ text: 'the roads will stay closed', act: 'BELIEVED' });
    expect(extract('The budget was late. The drivers in Dayton know him from the market.').statements).toHaveLength(0);
  });

  it('reads "call" with a pronoun and a label as a cue, the label ending before a joined verb ("call it a tax and ask …")', () => {
    const call = containing(extract('The budget was late. Critics call it a tax on drivers and ask for a vote.'), 'tax');
    expect(call).toMatchObject({ text: 'it a tax on drivers' });
    expect(call.source?.text).toBe('Critics');
  });

  it('takes the lowercase run between the last comma and a closing cue as the source, whatever the tagger read in it', () => {
    const records = only(extract('The budget was late. The city spent $5,000 on the bridge in May, campaign finance records show.'));
    expect(records).toMatchObject({ text: 'The city spent $5,000 on the bridge in May' });
    expect(records.source?.text).toBe('campaign finance records');
  });

  it('reads the clause after "it seems" or "it appears" as what seems so, with no source', () => {
    const seems = only(extract('The budget was late. It seems the roads in Dayton will stay closed.'));
    expect(seems).toMatchObject({ text: 'the roads in Dayton will stay closed', source: null });
    expect(seems.cue?.text).toBe('seems');
    expect(extract('The budget was late. It seems to work.').statements).toHaveLength(0);
  });

  it('reads a curated cue the tagger calls a noun after a quantifier opening the clause ("Many fear …"), not before a noun', () => {
    const fear = only(extract('The budget was late. Many fear the roads in Dayton will stay closed.'));
    expect(fear).toMatchObject({ text: 'the roads in Dayton will stay closed', act: 'BELIEVED' });
    expect(fear.source?.text).toBe('Many');
    expect(extract('The budget was late. Some state officials left early.').statements).toHaveLength(0);
  });

  it('takes a share restated as a number between commas, with the share before it, as the source ("about half, 51 percent, say")', () => {
    const share = only(extract('The budget was late. Among drivers in Dayton, just over a quarter, 26 percent, say the roads are fine.'));
    expect(share).toMatchObject({ text: 'the roads are fine' });
    expect(share.source?.text).toBe('just over a quarter, 26 percent');
  });

  it('reads "signaled", "likened" and "doubts" as cues', () => {
    expect(only(extract('The budget was late. The mayor signaled that the roads would wait.'))).toMatchObject({ text: 'that the roads would wait' });
    expect(only(extract('The budget was late. Ann Lee likened the plan to a tax on work.')).speaker).toBe('Ann Lee');
    expect(only(extract('The budget was late. Tom Hill doubts the roads will be fixed.'))).toMatchObject({ text: 'the roads will be fixed', act: 'BELIEVED' });
  });

  it('reads participles of saying, criticism and praise after a comma as cues ("…, joking that …", "…, decrying …")', () => {
    const joking = only(extract('The budget was late. Tom Hill left the hall early, joking that the roads would wait.'));
    expect(joking).toMatchObject({ text: 'that the roads would wait' });
    expect(joking.source?.text).toBe('Tom Hill');
    expect(only(extract('The budget was late. Ann Lee spoke in Dayton, contending that the tax was too high.')).speaker).toBe('Ann Lee');
    expect(only(extract('The budget was late. Ann Lee spoke in Dayton, decrying the new tax on bread.'))).toMatchObject({ text: 'the new tax on bread', act: 'CRITICIZED' });
    expect(only(extract('The budget was late. Tom Hill spoke in Dayton, applauding the council for its work.'))).toMatchObject({ act: 'PRAISED' });
  });

  it('reads a participle aside between a subject and its verb as a cue of that subject ("Ann Lee, citing the report, said …")', () => {
    const document = extract('The budget was late. Ann Lee, citing the city audit, said the roads would wait.');
    const citing = only(document, (statement) => statement.cue?.text === 'citing');
    expect(citing).toMatchObject({ text: 'the city audit' });
    expect(citing.source?.text).toBe('Ann Lee');
    expect(only(document, (statement) => statement.cue?.text === 'said').source?.text).toBe('Ann Lee');
    // A role or a place after the participle is no one's words.
    expect(extract('The budget was late. Tom Hill, writing in the Dayton Herald, said the roads would wait.').statements.map((statement) => statement.cue?.text)).toEqual(['said']);
  });

  it('reads participles of fear and sense after a comma as cues of belief ("…, sensing …", "…, fearing …")', () => {
    const sensing = only(extract('The budget was late. Ann Lee left the hall early, sensing the vote would fail.'));
    expect(sensing).toMatchObject({ text: 'the vote would fail', act: 'BELIEVED' });
    expect(sensing.source?.text).toBe('Ann Lee');
    expect(only(extract('The budget was late. Tom Hill kept quiet, fearing the anger of the council.'))).toMatchObject({ text: 'the anger of the council', act: 'BELIEVED' });
  });

  it.each([
    ['The budget was late. Ann Lee chided the council for the delay.', 'chided'],
    ['The budget was late. Tom Hill has publicly derided the new tax.', 'has publicly derided'],
    ['The budget was late. The mayor rebuked the council for its delay.', 'rebuked'],
    ['The budget was late. Ann Lee scolded the mayor of Dayton.', 'scolded'],
    ['The budget was late. Ann Lee bashed the new tax on bread.', 'bashed'],
  ])('reads a rarer verb of reproach as a cue of criticism: %s', (text, cue) => {
    const statement = only(extract(text));
    expect(statement.cue?.text).toBe(cue);
    expect(statement.act).toBe('CRITICIZED');
  });

  it('finds the subject of a participle cue past "had" or "did" used as main verbs', () => {
    const had = only(extract('The budget was late. The mayor had a long day, noting that the roads were closed.'));
    expect(had).toMatchObject({ text: 'that the roads were closed' });
    expect(had.source?.text).toBe('The mayor');
    const didGive = only(extract('The budget was late. The mayor did give the council some credit, saying it had tried.'));
    expect(didGive.source?.text).toBe('The mayor');
  });

  it('does not read a participle cue after a comma as an inverted cue with its hearer as the source', () => {
    const statement = only(extract('The budget was late. On Monday, the mayor waved to her, telling CNN her plan would change.'));
    expect(statement).toMatchObject({ text: 'her plan would change' });
    expect(statement.source?.text).toBe('the mayor');
  });

  it('reads "was first reported by X" with the subject as the content and X as the source', () => {
    const statement = only(extract('The budget was late. The town hall deal was first reported by the Daily Planet.'));
    expect(statement).toMatchObject({ text: 'The town hall deal' });
    expect(statement.source?.text).toBe('the Daily Planet');
    expect(statement.cue?.text).toBe('was first reported by');
  });

  it('reads "In a … poll, …" as the poll\'s finding, and not "In a memo released as polls closed, …"', () => {
    const statement = only(extract('The race is close. In a Daily Planet poll released Monday, the mayor led by nine points.'));
    expect(statement).toMatchObject({ text: 'the mayor led by nine points' });
    expect(statement.source?.text).toBe('a Daily Planet poll released Monday');
    expect(extract('The race is close. In a memo released as polls closed, the mayor led by nine points.').statements).toHaveLength(0);
  });

  it.each([
    'In a Daily Planet poll released Monday, 40 percent of voters backed the mayor, while 30 percent said they backed Tom Hill.',
    'In a Daily Planet poll released Monday, 40 percent of voters approved of the mayor, although they were less keen on his plan.',
    'In a Daily Planet poll released Monday, 40 percent of voters backed the mayor at first, but dropped him after the debate.',
  ])('reads the contrast, concession or second verb after what a poll found as part of the finding: %s', (sentence) => {
    const statement = containing(extract(`The race is close. ${sentence}`), '40 percent');
    expect(statement.text).toBe(sentence.slice('In a Daily Planet poll released Monday, '.length, -1));
    expect(statement.source?.text).toBe('a Daily Planet poll released Monday');
  });

  it('leaves "In a poll, X found …" to X, the clause\'s own source, past an aside with an abbreviated month', () => {
    const statement = only(extract('The race is close. In a poll of 800 voters, taken from Feb. 11 to Feb. 16, Dayton Research found that the mayor led.'));
    expect(statement).toMatchObject({ text: 'that the mayor led' });
    expect(statement.source?.text).toBe('Dayton Research');
  });

  it.each([
    ['The race is close. In an early-May Herald-Tribune poll, the mayor led by nine points.', 'an early-May Herald-Tribune poll'],
    ["The race is close. In May's Daily Planet poll, the mayor led by nine points.", "May's Daily Planet poll"],
    ['The race is close. In exit polls, the mayor led by nine points.', 'exit polls'],
    ['The race is close. In the Daily Planet poll, conducted May 1-3, the mayor led by nine points.', 'the Daily Planet poll, conducted May 1-3'],
  ])('reads "In … poll, …" with a hyphenated word, a possessive, a bare noun or when it was taken in the poll: %s', (text, source) => {
    const statement = only(extract(text));
    expect(statement).toMatchObject({ text: 'the mayor led by nine points' });
    expect(statement.source?.text).toBe(source);
  });

  it.each([
    ['Patch, a former party director, said the count was wrong.', 'Patch, a former party director'],
    ['Rep. Ann Lee (D-Ohio), chair of the roads committee, said the count was wrong.', 'Rep. Ann Lee (D-Ohio), chair of the roads committee'],
    ['Tom Hill, a founder of the center-left think tank Open Roads, said the count was wrong.', 'Tom Hill, a founder of the center-left think tank Open Roads'],
    ['The Daily Planet, owned by a bank, said the count was wrong.', 'The Daily Planet, owned by a bank'],
    ['Ann Lee Jr. said the count was wrong.', 'Ann Lee Jr'],
    ['Tom Hill — a farmer from the valley — said the count was wrong.', 'Tom Hill — a farmer from the valley'],
    ['Tom Hill - a farmer from the valley - said the count was wrong.', 'Tom Hill - a farmer from the valley'],
    ['Tom Hill, in a statement released by his office, said the count was wrong.', 'Tom Hill'],
    ['Gates, in contrast, said the count was wrong.', 'Gates'],
  ])('reads a source the tagger stumbles on (a name read as a verb, a parenthesis, a compound, a participle, an abbreviation, dashes, an adjunct): %s', (sentence, source) => {
    const statement = only(extract(`The vote was close. ${sentence}`));
    expect(statement).toMatchObject({ text: 'the count was wrong' });
    expect(statement.source?.text).toBe(source);
  });

  it('reads a plural noun the tagger takes for a verb as a noun, after the cue and in the source, and not a verb after "says"', () => {
    expect(only(extract('The vote was close. The mayor said comments from the council were unfair.'))).toMatchObject({ text: 'comments from the council were unfair' });
    expect(only(extract('The vote was close. Ohio biofuels advocates say the bridge is unsafe.')).source?.text).toBe('Ohio biofuels advocates');
    expect(extract('The vote was close. Everything the mayor says is true.').statements).toHaveLength(0);
  });

  it.each([
    ['The mayor cut the budget by a third, promising lower taxes in return.', 'The mayor', 'promising', 'lower taxes in return'],
    ['Local farmers speak with one voice, arguing that the bridge must stay open.', 'Local farmers', 'arguing', 'that the bridge must stay open'],
    ['They cut the budget, arguing that the roads come first.', 'They', 'arguing', 'that the roads come first'],
    ['Then she cut the budget, arguing that the roads come first.', 'she', 'arguing', 'that the roads come first'],
  ])('gives a participle cue after a comma the subject of its clause, whatever the tagger calls the words: %s', (sentence, source, cue, text) => {
    const statement = only(extract(`The vote was close. ${sentence}`));
    expect(statement).toMatchObject({ text });
    expect(statement.source?.text).toBe(source);
    expect(statement.cue?.text).toBe(cue);
  });

  it('gives a participle cue that opens the sentence, alone or after "After"/"While", the main clause\'s subject as its source', () => {
    const document = extract('The vote was close. While saying that she respects Mr. Hill, the mayor voted against the bridge.');
    const saying = only(document, (statement) => statement.cue?.text === 'saying');
    expect(saying).toMatchObject({ text: 'that she respects Mr. Hill' });
    expect(saying.source?.text).toBe('the mayor');
    const noting = only(extract('The vote was close. Noting the delay, the mayor closed the bridge.'));
    expect(noting).toMatchObject({ text: 'the delay' });
    expect(noting.source?.text).toBe('the mayor');
  });

  it('reads a present-tense cue the tagger takes for a plural noun after a name or its appositive, and not after a determiner', () => {
    const calls = only(extract('The vote was close. Ann Lee, a former mayor, calls the plan "a disaster" for the town.'));
    expect(calls).toMatchObject({ text: 'the plan "a disaster" for the town' });
    expect(calls.source?.text).toBe('Ann Lee, a former mayor');
    const hopes = only(extract('The vote was close. Tom Hill, meanwhile, hopes that the bridge will open in May.'));
    expect(hopes).toMatchObject({ text: 'that the bridge will open in May', speaker: 'Tom Hill' });
    expect(extract('The vote was close. The council ignored the calls the mayor made.').statements).toHaveLength(0);
  });

  it('keeps a reduced relative ("a farmer based in Ohio") inside an appositive source', () => {
    const based = only(extract('The vote was close. Tom Hill, a farmer based in Ohio, said the tariff would hurt exports.'));
    expect(based).toMatchObject({ text: 'the tariff would hurt exports', speaker: 'Tom Hill' });
    expect(based.source?.text).toBe('Tom Hill, a farmer based in Ohio');
  });

  it('takes a post-modified noun before an appositive name as part of the source ("A spokesman for the group, Tom Hill, said")', () => {
    const statement = only(extract('The vote was close. A spokesman for the group, Tom Hill, said the plan was dead.'));
    expect(statement).toMatchObject({ text: 'the plan was dead' });
    expect(statement.source?.text).toBe('A spokesman for the group, Tom Hill');
  });

  it('reads a cue in "-ing" after "is" as a progressive verb even when the tagger calls it an adjective', () => {
    const statement = only(extract('The vote was close. Rep. Ann Lee is supporting Sen. Tom Hill for governor.'));
    expect(statement).toMatchObject({ text: 'Sen. Tom Hill for governor', speaker: 'Ann Lee' });
    expect(statement.cue?.text).toBe('is supporting');
  });

  it.each([
    ['The vote was close. The senator was talking about the new budget.', 'was talking about', 'the new budget'],
    ['The vote was close. Ann Lee seldom speaks of her brother.', 'seldom speaks of', 'her brother'],
    ['The vote was close. The mayor spoke out against the new tax.', 'spoke out against', 'the new tax'],
  ])('reads a talking verb with what it is about as a cue: %s', (text, cue, content) => expectCueAndContent(text, cue, content));

  it('does not read talk as a noun ("talk of a deal") as a cue', () => {
    expect(extract('The vote was close. There was talk of a deal.').statements).toHaveLength(0);
  });

  it('reads "worry" as a cue of belief with its clause as the content', () => {
    const statement = only(extract('The vote was close. Some farmers now worry that the new tariff will hurt exports.'));
    expect(statement).toMatchObject({ text: 'that the new tariff will hurt exports', act: 'BELIEVED' });
    expect(statement.source?.text).toBe('Some farmers');
  });

  it('keeps a possessive name inside an appositive source ("Germany\'s largest bank") though the tagger splits off a silent "is"', () => {
    const statement = only(extract('The vote was close. Eva Roe of Bergbank, Germany\'s largest private bank, warned that the tariff would hurt exports.'));
    expect(statement).toMatchObject({ text: 'that the tariff would hurt exports', speaker: 'Eva Roe' });
    expect(statement.source?.text).toBe("Eva Roe of Bergbank, Germany's largest private bank");
  });

  it.each([
    ['The vote was close. The mayor was said to be furious with the council.', 'was said', 'The mayor was said to be furious with the council'],
    ['The vote was close. Ann Lee was declared the winner of the race.', 'was declared', 'Ann Lee was declared the winner of the race'],
  ])('reads a passive report of its subject with no source: %s', (text, cue, content) => {
    const statement = only(extract(text));
    expect(statement.cue?.text).toBe(cue);
    expect(statement.text).toBe(content);
    expect(statement.source).toBeNull();
  });

  it('takes the clause before a long source that ends with a name as the content ("…, foreign affairs ministry deputy spokesman John Smith said Thursday")', () => {
    const statement = only(extract('The flight was full. Two children were also among the passengers, foreign affairs ministry deputy spokesman John Smith said Thursday.'));
    expect(statement).toMatchObject({ text: 'Two children were also among the passengers', speaker: 'John Smith' });
    expect(statement.source?.text).toBe('foreign affairs ministry deputy spokesman John Smith');
  });

  it('reads a subject the noun-phrase walk cannot (a poll "released Wednesday") for a mined cue as well as a curated one', () => {
    const statement = only(extract('The race is close. A poll from the college released Wednesday found Lee leading Hill by 15 points.'));
    expect(statement).toMatchObject({ text: 'Lee leading Hill by 15 points' });
    expect(statement.source?.text).toBe('A poll from the college released Wednesday');
  });

  it('takes the whole subject before a mined cue, not the object of its post-modifier ("Groups on the left endorsed")', () => {
    const statement = only(extract('The race is close. Groups on the left endorsed the mayor last week.'));
    expect(statement.source?.text).toBe('Groups on the left');
  });

  it('reads a noun-like cue after a name and an adverb ("Lee often questions …")', () => {
    const statement = only(extract('The race is close. Ann Lee often questions the mayor\'s ties to the unions.'));
    expect(statement).toMatchObject({ text: "the mayor's ties to the unions", speaker: 'Ann Lee' });
    expect(statement.cue?.text).toBe('often questions');
  });

  it('reads a present-tense cue the tagger takes for a plural noun before "to" and a noun phrase ("Lee refers to the plan as …")', () => {
    const statement = only(extract('The race is close. Ann Lee refers to the plan as a disaster.'));
    expect(statement).toMatchObject({ text: 'the plan as a disaster', speaker: 'Ann Lee' });
    expect(statement.cue?.text).toBe('refers to');
  });

  it('takes a name right before a colon as the source of the quote it introduces, unless the name opens the sentence', () => {
    const statement = only(extract('The numbers moved late. More from Ann Lee: “The polls were right all along, and the turnout model was not.”'));
    expect(statement).toMatchObject({ direct: true, text: 'The polls were right all along, and the turnout model was not.' });
    expect(statement.source?.text).toBe('Ann Lee');
    const label = extract('The numbers moved late.\n\nThe Daily Planet\'s Ann Lee: “The polls were right all along, and the turnout model was not.”');
    expect(label.statements.some((other) => other.source?.text === 'Ann Lee')).toBe(false);
  });

  it('takes names joined by "and" after a spaced dash as the source before a colon', () => {
    const statement = only(extract('The numbers moved late.\n\nTHE COUNT IN DAYTON - Ann Lee and Tom Hill: “The count was slow, and the result was close.”'));
    expect(statement.source?.text).toBe('Ann Lee and Tom Hill');
  });

  it.each([
    ['Readers wrote in.\n“The plan is a disgrace and the council knows it.” ― Ann Lee\n“We need a new mayor.”\u00a0―\u00a0Maria G. Lopez.', 'Maria G. Lopez'],
    ['Readers wrote in. “The plan is a disgrace and the council knows it.”— Ann Lee “Dayton deserves a new mayor.” — Maria Lopez, a farmer.', 'Maria Lopez'],
  ])('takes a name signed after a quote with a dash as its source, and stops the name at the next quote: %s', (text, second) => {
    const document = extract(text);
    expect(containing(document, 'council knows it')).toMatchObject({ direct: true, speaker: 'Ann Lee' });
    expect(containing(document, 'new mayor').speakerMention?.text).toBe(second);
    expect(document.people.map((person) => person.name)).toContain('Ann Lee');
  });

  it('takes a name signed with a dash on the line below a quote that is its whole paragraph as its source', () => {
    const statement = only(extract('The race went on.\n\n"Almost all new income is going to the top 1 percent of Dayton."\n\n- Ann Lee.\n\nThe figures are old.'));
    expect(statement).toMatchObject({ direct: true, speaker: 'Ann Lee', text: 'Almost all new income is going to the top 1 percent of Dayton.' });
  });

  it('takes a think tank whole as the source', () => {
    const statement = only(extract('The vote was close. The London-based think tank said it believed the economy could recover.'));
    expect(statement.speakerMention?.text).toBe('The London-based think tank');
  });

  it.each([
    ['The vote was close. The London-based group said it believed the economy could recover.'],
    ['The vote was close. Chart-topping pop band Red Lane confirmed that they plan to take a break.'],
    ['The vote was close. Low-cost airlines criticised the new rules.'],
  ])('makes no person of a word joined by a hyphen to what describes the source: %s', (text) => {
    const document = extract(text);
    expect(document.statements).toHaveLength(1);
    expect(document.statements[0].speaker).toBeNull();
    expect(document.people).toEqual([]);
  });

  it.each([['Ann May'], ['Tom Long'], ['Ann Will']])('keeps a surname spelled like an auxiliary or an adverb in the source: %s', (name) => {
    const statement = only(extract(`The vote was close. ${name} said the plan was dead.`));
    expect(statement).toMatchObject({ speaker: name, text: 'the plan was dead' });
    expect(statement.source?.text).toBe(name);
  });

  it('leaves a role that opens the sentence out of the name, so the person is one with the later mentions', () => {
    const document = extract('Guitarist Ann Lee said the tour would start in April. Archbishop Tom Tutu agreed. Archbishop Tutu later said the plan was good.');
    expect(document.people.map((person) => person.name).sort()).toEqual(['Ann Lee', 'Tom Tutu']);
    expect(containing(document, 'tour would start').speaker).toBe('Ann Lee');
    expect(containing(document, 'plan was good').speaker).toBe('Tom Tutu');
  });

  it('keeps a name whose last part follows a hyphen', () => {
    expect(only(extract('The vote was close. Lee Ji-ho said the creditors would seek sanctions.')).speaker).toMatch(/^Lee Ji/);
  });

  it('lets quotes go on from a participle of saying ("stating …, and noting she later “…”")', () => {
    const document = extract('Ann Lee was angry. On Wednesday she made an appearance on the radio, stating his claims were "absurd", and noting she later "had a long talk" with him about it during which "he actually said sorry".');
    expect(containing(document, 'had a long talk').speaker).toBe('Ann Lee');
    expect(containing(document, 'he actually said sorry').speaker).toBe('Ann Lee');
  });

  it.each([
    ['Tom Hill has insisted the deal was fair, but on Wednesday Ann Lee made an appearance on the radio, stating his claims were absurd.'],
    ['The deal was signed. On Wednesday Ann Lee made an appearance on the radio, stating his claims were absurd.'],
  ])('gives a participle the name after a fronted day as its subject: %s', (text) => {
    expect(containing(extract(text), 'his claims were absurd').speaker).toBe('Ann Lee');
  });

  it('reads no statement from a line-up after a label', () => {
    const document = extract('The team is named.\n\nReplacements: Ellis, Sigley, Cornwell, Page, Mauger.\n\nAnn Lee: The plan is good and we will win.');
    expect(document.statements.map((statement) => statement.speaker)).toEqual(['Ann Lee']);
  });

  it('reads no statement from a line-up of names after a label, whatever the tagger reads in a name', () => {
    const document = extract('The team is named.\n\nOhio: Tom Hill, Will Carter, Jo Marsh, Ann Lee.\n\nAnn Lee: The plan is good and we will win.');
    expect(document.statements.map((statement) => statement.speaker)).toEqual(['Ann Lee']);
  });

  it('takes a name ending like a newspaper for an outlet, so a later "he" goes to a person', () => {
    const document = extract('The Dayton Evening Standard quoted Maria Lopez telling voters that she wanted change. "We need it," she said.');
    expect(document.people.map((person) => person.name)).toEqual(['Maria Lopez']);
    expect(containing(document, 'We need it').speaker).toBe('Maria Lopez');
  });

  it('reads no signature from a dash that only continues the sentence after a quote', () => {
    const statement = containing(extract('Tom Hill spoke first. He called the plan “a disgrace” — Ann Lee agreed.'), 'a disgrace');
    expect(statement.speakerMention?.text).not.toBe('Ann Lee');
  });

  it.each([
    ['The week in culture. —“The museum will close in May,” by the Daily Planet’s Ann Lee: “The old museum on Main Street will close its doors for good.”'],
    ['The week in culture. —“The museum will close in May,” by Ann Lee: “The old museum on Main Street will close its doors for good.”'],
  ])('reads no byline before a colon as the source of the excerpt after it: %s', (text) => {
    expect(extract(text).statements.some((statement) => statement.source?.text.includes('Ann Lee'))).toBe(false);
  });

  it('hands a quote after a colon to the cue after it when a comma closes the quote and no cue introduced it', () => {
    const handed = only(extract('The vote was close. Tom Hill went through the rules: “Civility was assumed,” he said.'));
    expect(handed).toMatchObject({ direct: true, text: 'Civility was assumed,' });
    expect(handed.speakerMention?.text).toBe('he');
    const introduced = only(extract('The vote was close. Ann Lee declared the need for drive: “Change the world,” she said.'));
    expect(introduced).toMatchObject({ direct: true, text: 'Change the world,' });
    expect(introduced.speakerMention?.text).toBe('Ann Lee');
  });

  it('attributes a quote ending with a period to a following sentence of only its source and cue', () => {
    const statement = only(extract('The rally was loud. “I hope you are able to find the missing emails.” Tom Hill said. Then the crowd left.'));
    expect(statement).toMatchObject({ direct: true, text: 'I hope you are able to find the missing emails.', speaker: 'Tom Hill' });
  });

  it('ends what a cue names after "whom" at its first punctuation ("whom he called heroes, for an hour")', () => {
    const statement = only(extract('The march was calm. The mayor met the marchers, whom he called heroes, for an hour.'));
    expect(statement).toMatchObject({ text: 'heroes' });
    expect(statement.cue?.text).toBe('called');
  });

  it.each([
    ['The vote was close. As reported by the Daily Planet, the party now controls both chambers.', 'the party now controls both chambers'],
    ['The vote was close. The party now controls both chambers, as reported by the Daily Planet.', 'The party now controls both chambers'],
  ])('reads "as reported by" like "according to": %s', (text, content) => {
    const statement = only(extract(text));
    expect(statement.text).toBe(content);
    expect(statement.source?.text).toBe('the Daily Planet');
  });

  it('never takes "according to …" as the content of an earlier cue word; it is a source of its own', () => {
    const statement = only(extract('The vote was close. Ann Lee has support from 52 percent, while Tom Hill has backing from 33 percent, according to a Daily Planet survey.'));
    expect(statement).toMatchObject({ text: 'Ann Lee has support from 52 percent, while Tom Hill has backing from 33 percent' });
    expect(statement.source?.text).toBe('a Daily Planet survey');
  });

  it('reads what a poll "shows" as its finding, with the whole poll phrase as the source, and not "talk shows aired …"', () => {
    const statement = only(extract('The race is close. A Daily Planet poll out this week shows the mayor with a wide lead.'));
    expect(statement).toMatchObject({ text: 'the mayor with a wide lead' });
    expect(statement.source?.text).toBe('A Daily Planet poll out this week');
    expect(statement.cue?.text).toBe('shows');
    expect(extract('The race is close. Two talk shows aired the debate.').statements).toHaveLength(0);
  });

  it('reads a clause closed by "in" a named poll as the poll\'s finding, and not a bare "in the polls"', () => {
    const statement = only(extract('The race is close. The mayor led Tom Hill by nine points in a Daily Planet poll released Monday.'));
    expect(statement).toMatchObject({ text: 'The mayor led Tom Hill by nine points' });
    expect(statement.source?.text).toBe('a Daily Planet poll released Monday');
    expect(statement.cue?.text).toBe('in');
    expect(extract('The race is close. The mayor has a wide lead in the polls.').statements).toHaveLength(0);
  });

  it.each([
    'The mayor is running ahead of Tom Hill in New Mexico polls.',
    'The mayor kept up his attacks on Tom Hill in the hours before the first Daily Planet polls.',
  ])('does not read a clause closed by a state\'s polls, or by a phrase with a poll inside it, as a poll\'s finding: %s', (sentence) => {
    expect(extract(`The race is close. ${sentence}`).statements.filter((s) => /polls?$/.test(s.source?.text ?? ''))).toHaveLength(0);
  });

  it.each([
    ['The Daily Planet poll has the mayor leading Tom Hill by nine points.', 'has', 'The Daily Planet poll', 'the mayor leading Tom Hill by nine points'],
    ['The city count gives Ann Lee 40 delegates.', 'gives', 'The city count', 'Ann Lee 40 delegates'],
    ['Early estimates put the cost of the bridge at $9 million.', 'put', 'Early estimates', 'the cost of the bridge at $9 million'],
    ['A Daily Planet survey released Friday had Ann Lee at 4 percent.', 'had', 'A Daily Planet survey released Friday', 'Ann Lee at 4 percent'],
  ])('reads where a poll, count or estimate places someone or something as its finding: %s', (sentence, cue, source, text) => {
    const statement = only(extract(`The race is close. ${sentence}`));
    expect(statement).toMatchObject({ text });
    expect(statement.source?.text).toBe(source);
    expect(statement.cue?.text).toBe(cue);
    expect(extract('The race is close. The Daily Planet poll has a margin of error of three points.').statements).toHaveLength(0);
  });

  it.each([
    ['The mayor leads Tom Hill in latest poll.', 'latest poll'],
    ['The mayor led Tom Hill by nine points in the 50-state poll.', 'the 50-state poll'],
    ['The mayor came in second in January polls.', 'January polls'],
    ['The mayor moved from third to second in a recent survey from Dayton State College.', 'a recent survey from Dayton State College'],
  ])('reads a clause closed by a poll that a headline, a number, a month or its pollster marks out: %s', (sentence, source) => {
    const statement = only(extract(`The race is close. ${sentence}`));
    expect(statement.source?.text).toBe(source);
    expect(statement.cue?.text).toBe('in');
  });

  it('reads "made it clear" and "as X put it," as cues, and not "put it on the table"', () => {
    const clear = only(extract('The budget was late. The mayor made it clear that the roads come first.'));
    expect(clear).toMatchObject({ text: 'that the roads come first' });
    expect(clear.cue?.text).toBe('made it clear');
    const putIt = only(extract('The budget was late. As the mayor put it, the roads come first.'));
    expect(putIt).toMatchObject({ text: 'the roads come first' });
    expect(putIt.source?.text).toBe('the mayor');
    expect(extract('The budget was late. The mayor put it on the table.').statements).toHaveLength(0);
  });

  it.each([
    ['The budget was late. Tom Hill took aim at the new road tax.', 'took aim at', 'the new road tax'],
    ['The budget was late. Ann Lee also took some shots at the mayor of Dayton.', 'also took some shots at', 'the mayor of Dayton'],
    ['The budget was late. The council takes issue with the cost of the roads.', 'takes issue with', 'the cost of the roads'],
    ['The budget was late. Ann Lee has made no secret of her doubts about the roads.', 'has made no secret of', 'her doubts about the roads'],
    ['The budget was late. The mayor made no mention of the deficit.', 'made no mention of', 'the deficit'],
    ['The budget was late. Tom Hill took credit for the new road.', 'took credit for', 'the new road'],
    ['The budget was late. Tom Hill shot back that the mayor had lied.', 'shot back', 'that the mayor had lied'],
    ['The budget was late. Ann Lee fired back at the city council.', 'fired back at', 'the city council'],
  ])('reads a stance taken or a silence kept as a cue with its object as the content: %s', (text, cue, content) => expectCueAndContent(text, cue, content));

  it.each([
    ['The budget was late. Tom Hill vouched for the new mayor of Dayton.', 'vouched for', 'the new mayor of Dayton'],
    ['The budget was late. Ann Lee would not speculate about the cost of the roads.', 'would not speculate about', 'the cost of the roads'],
    ['The budget was late. Tom Hill singled out the council of Dayton.', 'singled out', 'the council of Dayton'],
    ['The budget was late. Ann Lee acquiesced to the demand of the council.', 'acquiesced to', 'the demand of the council'],
    ['The budget was late. Tom Hill has dwelled on the cost of the roads.', 'has dwelled on', 'the cost of the roads'],
    ['The budget was late. Tom Hill alluded to the cost of the roads.', 'alluded to', 'the cost of the roads'],
  ])('reads a rarer speech verb as a cue: %s', (text, cue, content) => expectCueAndContent(text, cue, content));

  it('does not read "shot back up" of a figure as a retort', () => {
    expect(extract('The budget was late. Spending on the roads shot back up last year.').statements).toHaveLength(0);
  });

  it('reads "spoke about" as a cue with what was spoken about as the content', () => {
    const statement = only(extract('The budget was late. Ann Lee spoke about the cost of the roads.'));
    expect(statement).toMatchObject({ text: 'the cost of the roads', speaker: 'Ann Lee' });
    expect(statement.cue?.text).toBe('spoke about');
  });

  it('gives a participle cue after an inverted cue ("“…,” said X, a …, referring to …") the source after that cue', () => {
    const document = extract('The budget was late. “That is the plan for the fall,” said Ann Lee, a former mayor, referring to the list of roads.');
    const referring = containing(document, 'the list of roads');
    expect(referring.speaker).toBe('Ann Lee');
    expect(referring.cue?.text).toBe('referring to');
  });

  it('reads "calls for" after a plain noun as a cue', () => {
    const statement = only(extract('The budget was late. The council calls for a ban on cars downtown.'));
    expect(statement).toMatchObject({ text: 'a ban on cars downtown' });
    expect(statement.source?.text).toBe('The council');
  });

  it('reads "was quick to" and "is eager to" as cues, "quick" keeping its infinitive in the cue', () => {
    const statement = only(extract('The budget was late. The mayor was quick to blame the council for the delay.'));
    expect(statement).toMatchObject({ text: 'the council for the delay' });
    expect(statement.cue?.text).toBe('was quick to blame');
    expect(statement.source?.text).toBe('The mayor');
    const eager = only(extract('The budget was late. The mayor is eager to blame the council.'));
    expect(eager).toMatchObject({ text: 'to blame the council' });
    expect(eager.cue?.text).toBe('is eager');
  });

  it('keeps "It is expected to …" as a sourceless attribution, "it" standing for something named before', () => {
    const statement = only(extract('The budget was late. It is expected to pass next week.'));
    expect(statement).toMatchObject({ text: 'It is expected to pass next week', source: null, act: 'BELIEVED' });
  });

  it('reads "plans to" + a verb as a cue, and not "the plans to …"', () => {
    const statement = only(extract('The budget was late. The mayor plans to close the bridge in May.'));
    expect(statement).toMatchObject({ text: 'to close the bridge in May' });
    expect(statement.source?.text).toBe('The mayor');
    expect(extract('The budget was late. The plans to close the bridge in May were dropped.').statements).toHaveLength(0);
  });

  it('reads "is known for …" as a sourceless attribution', () => {
    const statement = only(extract('The budget was late. The mayor is known for speaking her mind.'));
    expect(statement).toMatchObject({ text: 'The mayor is known for speaking her mind', source: null });
    expect(statement.cue?.text).toBe('is known');
  });

  it('reads "is seen as …" as a sourceless view, with a holder after "by", but not "was seen leaving"', () => {
    const statement = only(extract('The budget was late. Tom Hill is widely seen as the favorite in Dayton.'));
    expect(statement).toMatchObject({ text: 'Tom Hill is widely seen as the favorite in Dayton', source: null });
    expect(statement.cue?.text).toBe('is widely seen');
    expect(only(extract('The budget was late. The vote was seen by many voters as a setback for Ann Lee.')).source?.text).toBe('many voters');
    expect(extract('The budget was late. Tom Hill was seen leaving the hall in Dayton.').statements).toHaveLength(0);
  });

  it('reads "signed" or "passed" a bill as a stance on it, but not a lease or a microphone', () => {
    const statement = only(extract('The budget was late. Ann Lee signed a bill that closes the bridge in Dayton.'));
    expect(statement).toMatchObject({ text: 'a bill that closes the bridge in Dayton' });
    expect(statement.source?.text).toBe('Ann Lee');
    expect(containing(extract('The budget was late. The city council passed a measure that closes the bridge.'), 'a measure').source?.text).toBe('The city council');
    expect(extract('The budget was late. Ann Lee signed a lease for a shop in Dayton.').statements).toHaveLength(0);
    expect(extract('The budget was late. Tom Hill passed the microphone to a delegate from Dayton.').statements).toHaveLength(0);
  });

  it('reads a stance adjective after "be" ("has been critical of", "are worried that") as its subject\'s view, but not "might be"', () => {
    const critical = only(extract('The budget was late. Ann Lee has often been critical of the mayor of Dayton.'));
    expect(critical).toMatchObject({ text: 'the mayor of Dayton' });
    expect(critical.source?.text).toBe('Ann Lee');
    expect(critical.cue?.text).toBe('has often been critical of');
    const worried = only(extract('The budget was late. Some voters in Dayton are worried that the bridge will close.'));
    expect(worried).toMatchObject({ text: 'that the bridge will close' });
    expect(worried.source?.text).toBe('Some voters in Dayton');
    expect(extract('The budget was late. Tom Hill might be worried about the bridge.').statements).toHaveLength(0);
  });

  it.each([
    ['The budget was late. Tom Hill has been an outspoken supporter of the new bridge, which opens in May.', 'Tom Hill', 'has been an outspoken supporter of', 'the new bridge'],
    ['The budget was late. Voters in Dayton were early backers of Ann Lee.', 'Voters in Dayton', 'were early backers of', 'Ann Lee'],
  ])('reads a holder of a stance after "be" ("is a fierce critic of") as its subject\'s view of the noun phrase after "of": %s', (text, source, cue, content) => {
    const statement = only(extract(text));
    expect(statement).toMatchObject({ text: content, direct: false });
    expect(statement.source?.text).toBe(source);
    expect(statement.cue?.text).toBe(cue);
  });

  it.each(['Critics of the plan were loud.', 'Fans of Tom Hill cheered.', 'The election love-in', 'in', 'telling', 'reporting,'])(
    'reads a text that opens with a holder of a stance, or is only a word or two, as no statement without failing: %s',
    (text) => {
      expect(extract(text).statements).toEqual([]);
    },
  );

  it.each([
    ['The mayor is said to have praised the Supreme Court for', 'SAID'],
    ['"Jobs will grow," the firm said in a', 'SAID'],
    ['Ann Lee met the council and denied he frequently', 'DENIED'],
    ['The vote was an indication, some people in Dayton believe, that', 'BELIEVED'],
  ])('reads a text that stops before its last word is answered without failing, its statement\'s span exact: %s', (text, act) => {
    const statement = only(extract(text));
    expect(statement.act).toBe(act);
    expect(text.slice(statement.start, statement.end)).toBe(statement.text);
  });

  it('reads "are divided on" and "was adamant that" as stances, the whole subject before a post-modifier the source', () => {
    const divided = only(extract('The budget was late. Voters in Dayton are evenly divided on the plan to close the bridge.'));
    expect(divided).toMatchObject({ text: 'the plan to close the bridge' });
    expect(divided.source?.text).toBe('Voters in Dayton');
    const adamant = only(extract('The budget was late. People close to Ann Lee were adamant that the bridge would stay open.'));
    expect(adamant).toMatchObject({ text: 'that the bridge would stay open' });
    expect(adamant.source?.text).toBe('People close to Ann Lee');
    expect(only(extract('The budget was late. Tom Hill has been outspoken on the bridge in Dayton.')).source?.text).toBe('Tom Hill');
    expect(only(extract('The budget was late. Ann Lee and her aides remain confident that the bridge will open.')).source?.text).toBe('Ann Lee and her aides');
  });

  it('reads "who is expected to …" as a sourceless attribution of the relative clause', () => {
    const statement = only(extract('The budget was late. Delegates who are expected to back Ann Lee met in Dayton.'));
    expect(statement).toMatchObject({ text: 'who are expected to back Ann Lee', source: null });
    expect(statement.cue?.text).toBe('are expected');
  });

  it('reads "hopes to" + a verb after a common noun as a cue, but not "her hopes to …"', () => {
    const statement = only(extract('The budget was late. The city council hopes to reopen the bridge in May.'));
    expect(statement).toMatchObject({ text: 'to reopen the bridge in May' });
    expect(statement.source?.text).toBe('The city council');
    expect(extract('The budget was late. Her hopes to reopen the bridge in Dayton faded.').statements).toHaveLength(0);
  });

  it('reads "would like to" + a verb as a cue', () => {
    const statement = only(extract('The budget was late. The mayor would like to close the bridge in May.'));
    expect(statement).toMatchObject({ text: 'to close the bridge in May' });
    expect(statement.cue?.text).toBe('would like');
  });

  it('ends the content where a new cue clause starts', () => {
    const document = extract('Ella Ray praised the staff, saying they had worked hard all year.');
    expect(containing(document, 'the staff').text).toBe('the staff');
    expect(containing(document, 'worked hard').speaker).toBe('Ella Ray');
  });

  it.each([
    ['Tom Hill said the plant would close in May, a move that could cost hundreds of jobs.', 'the plant would close in May'],
    ['Ann Lee praised the new budget, the first in a decade.', 'the new budget'],
    ['The race went on. Tom Hill said she should face no charges, a finding Attorney General Ann Lee adopted.', 'she should face no charges'],
  ])('ends the content before a closing noun phrase that comments on it: %s', (text, content) => {
    expect(only(extract(text)).text).toBe(content);
  });

  it('ends a content before its source and cue when a participle cue follows them ("…, Lee said, adding …")', () => {
    const document = extract('The two men will meet next week, Sean Spicer said, adding, "They need to sit down and talk."');
    expect(containing(document, 'The two men').text).toBe('The two men will meet next week');
    expect(containing(document, 'They need to sit down')).toMatchObject({ speaker: 'Sean Spicer', direct: true });
  });

  it.each([
    ['While Ann Lee said the plan was dead, she voted for it anyway.'],
    ['While Ann Lee said the plan was dead, the city council passed it anyway.'],
    ['But while Ann Lee said the plan was dead, she voted for it anyway.'],
    ['Until Ann Lee said the plan was dead, the council had backed it.'],
    ['While Ann Lee said the plan was dead, 27 percent of those who backed it said it would pass.'],
  ])('ends a content inside a fronted clause where the main clause starts: %s', (text) => {
    expect(containing(extract(text), 'the plan was dead').text).toBe('the plan was dead');
  });

  it.each([
    ['The race went on. A week after Tom Hill announced that the plan was dead, the council met again.', 'that the plan was dead'],
    ['The race went on. Last month, when Ann Lee asked Tom Hill if he would run, he laughed.', 'if he would run'],
  ])('ends a content inside a fronted clause that a few words of time open: %s', (text, content) => {
    expect(containing(extract(text), content).text).toBe(content);
  });

  it('ends a content inside an aside after the subject where the subject\'s own verb follows a comma', () => {
    const document = extract('The race went on. Ann Lee, though she praised Tom Hill and said the plan was dead, quietly stopped short of backing it.');
    expect(containing(document, 'the plan was dead').text).toBe('the plan was dead');
  });

  it('ends a one-word content inside a fronted clause where the main clause starts', () => {
    expect(only(extract('The race went on. While Ann Lee criticized Hill, the council kept him in office.')).text).toBe('Hill');
  });

  it.each([
    ['The race went on. Ann Lee said the plan was dead — but the council passed it in May.', 'the plan was dead'],
    ['The race went on. Ann Lee said the plan was dead - and the council was split on it.', 'the plan was dead'],
  ])('ends the content at a dash before "but" or before "and" with a clause: %s', (text, content) => {
    expect(only(extract(text)).text).toBe(content);
  });

  it('ends the content before "and she" with a cue of her own, after a name too', () => {
    const document = extract('The race went on. Ann Lee said Dayton spies hacked into Ohio Green Party computers and she accused Tom Hill of helping them.');
    expect(containing(document, 'spies').text).toBe('Dayton spies hacked into Ohio Green Party computers');
    expect(containing(document, 'Tom Hill').source?.text).toBe('she');
  });

  it.each([
    ['The race went on. Ann Lee called the plan "a disaster," and the council passed it in May.', 'the plan "a disaster,"'],
    ['The race went on. Ann Lee said the plan was "a disaster," and she voted against it.', 'the plan was "a disaster,"'],
  ])('ends the content at ", and" with a clause when the comma sits inside a closing quote mark: %s', (text, content) => {
    expect(containing(extract(text), 'disaster').text).toBe(content);
  });

  it.each([
    ['The race went on. Ann Lee said she would cut the tax, and Ms. Hill is among her backers.', 'she would cut the tax'],
    ['The race went on. Ann Lee said the tax must go, and the two men clearly are close on it.', 'the tax must go'],
  ])('ends the content at ", and" with a clause whose subject has a title or adverbs before its verb: %s', (text, content) => {
    expect(only(extract(text)).text).toBe(content);
  });

  it.each([
    ['The race went on. A new poll found that 49 percent support Ann Lee, while 19 percent support Tom Hill.', 'that 49 percent support Ann Lee, while 19 percent support Tom Hill'],
    ['The race went on. The poll shows Lee leads, 49 percent to 40 percent, while Hill trails.', 'Lee leads, 49 percent to 40 percent, while Hill trails'],
  ])('keeps the contrast with "while" in what a poll found: %s', (text, content) => {
    expect(only(extract(text)).text).toBe(content);
  });

  it.each([
    ['The race went on. Ann Lee said the mayor had begun calling members - there are two from each ward.', 'the mayor had begun calling members'],
    ['The race went on. Ann Lee said the plan would pass — she had the votes counted twice.', 'the plan would pass'],
    ['The race went on. Ann Lee said the plan would pass — both sides wanted it done by May.', 'the plan would pass'],
  ])('ends the content at an unclosed dash before a clause of the writer\'s: %s', (text, content) => {
    expect(containing(extract(text), content.slice(0, 12)).text).toBe(content);
  });

  it.each([
    ['The race went on. Ann Lee said the council was in decline — a decline that began in May.', 'the council was in decline — a decline that began in May'],
    ['The race went on. Ann Lee said the council was in decline — something a rival also noted.', 'the council was in decline — something a rival also noted'],
    ['The race went on. Ann Lee said that – in her view – the council is wrong.', 'that – in her view – the council is wrong'],
  ])('keeps a comment after a dash, and the clause after a closing dash: %s', (text, content) => {
    expect(only(extract(text)).text).toBe(content);
  });

  it.each([
    ['The race went on. Ann Lee said the group is not a party and supports candidates on both sides.', 'the group is not a party and supports candidates on both sides'],
    ['The race went on. Ann Lee said that she backs a higher wage but supports cities that go further.', 'that she backs a higher wage but supports cities that go further'],
  ])('goes on past "and" or "but" before a present-tense verb that agrees with the content\'s subject after a past-tense cue: %s', (text, content) => {
    expect(only(extract(text)).text).toBe(content);
  });

  it('ends the content at "and" before a present-tense verb that agrees with a present-tense cue, not with a content in the past', () => {
    expect(only(extract('The race went on. Ann Lee denies that the plan was a failure and goes to great lengths to defend it.'), (s) => s.cue?.text === 'denies').text).toBe(
      'that the plan was a failure',
    );
  });

  it.each([
    ['The race went on. Half of the voters said so in December.', 'so'],
    ['The race went on. Ann Lee thinks so, too.', 'so'],
    ['The race went on. Tom Hill said so many voters were angry.', 'so many voters were angry'],
  ])('takes "so" standing for what was said as the whole content: %s', (text, content) => {
    expect(only(extract(text)).text).toBe(content);
  });

  it('still splits at "and" before a second cue in the tense of the first', () => {
    expect(extract('The race went on. Ann Lee said the group is not a party and added that it backs both sides.').statements.map((s) => s.text)).toEqual([
      'the group is not a party',
      'that it backs both sides',
    ]);
  });

  it('keeps an aside between two dashes in the content', () => {
    expect(only(extract('The race went on. Ann Lee said the council had begun - but never finished - the new bridge.')).text).toBe(
      'the council had begun - but never finished - the new bridge',
    );
  });

  it('ends the content before ", compared with …"', () => {
    expect(only(extract('The race went on. Ann Lee said turnout rose sharply, compared with the last election.')).text).toBe('turnout rose sharply');
  });

  it('ends the content at a semicolon written after a closing quote mark', () => {
    expect(containing(extract('Ann Lee called it her “responsibility gene”; rivals deride it as caution.'), 'responsibility').text).toBe('it her “responsibility gene”');
  });

  it('ends the content before ", and" with a new subject and its verb, but not before ", and that …"', () => {
    expect(only(extract('Ann Lee said the plan was dead, and the council passed it anyway.')).text).toBe('the plan was dead');
    expect(only(extract('Ann Lee said the plan was dead, so the council dropped it.')).text).toBe('the plan was dead');
    expect(only(extract('Ann Lee said that the plan was dead, and that the council would vote again.')).text)
      .toBe('that the plan was dead, and that the council would vote again');
  });

  it('ends the content before ", and" with a subject that holds an "of" phrase and a plain present verb', () => {
    expect(only(extract('The race went on. Ann Lee backs the plan, and most of the members of the council support it too.')).text).toBe('the plan');
  });

  it('goes on past ", and" with a possessive noun phrase that has no verb, but ends before one that has', () => {
    expect(containing(extract('The race went on. Ann Lee praised the new school in Dayton, and its plan to hire more teachers.'), 'school').text)
      .toBe('the new school in Dayton, and its plan to hire more teachers');
    expect(only(extract('The race went on. Tom Hill said the plan was dead, and its backers were angry.')).text).toBe('the plan was dead');
  });

  it('ends the content before a second clause after a comma, but not one a subordinating word opened', () => {
    expect(only(extract('The race went on. The council says they are close to their goal, they have no help from donors.')).text).toBe('they are close to their goal');
    expect(only(extract('The race went on. Tom Hill said that if Lee wins, he will leave Dayton.')).text).toBe('that if Lee wins, he will leave Dayton');
    expect(only(extract('The race went on. Tom Hill said that by the time the vote came, it was too late.')).text).toBe('that by the time the vote came, it was too late');
  });

  it.each([
    ['The club is in what Tom Hill called the old model, a course north of the city.', 'the old model'],
    ['The club is in what Tom Hill called “the old model,” a course north of the city.', '“the old model'],
    ['It was what Tom Hill called “the loudest, most bitter race in years,” and it showed.', '“the loudest, most bitter race in years'],
  ])('ends the name given in "what X called …" at its punctuation, or at its closing quote mark: %s', (text, content) => {
    expect(only(extract(text)).text).toBe(content);
  });

  it('keeps a main clause after a condition inside the content', () => {
    expect(only(extract('Ann Lee said that if the plan failed, she would resign.')).text).toBe('that if the plan failed, she would resign');
  });

  it('keeps a clause after a fronted phrase and its comma in the content', () => {
    expect(only(extract('Ann Lee said that with the votes counted, the race was over.')).text).toBe('that with the votes counted, the race was over');
  });
});

describe('common-noun sources after an inverted cue', () => {
  it.each([
    ['The bridge will close for repairs next month, said the chief engineer.', 'the chief engineer'],
    ['The plan was doomed from the start, said several former aides.', 'several former aides'],
  ])('takes a noun phrase that closes the sentence after "said" as the source: %s', (text, source) => {
    const statement = only(extract(text));
    expect(statement.source?.text).toBe(source);
    expect(text.startsWith(statement.text)).toBe(true);
  });
});

describe('a curated past tense the tagger reads as an adjective after "but"', () => {
  it('reads "smiled, but suggested Hill went too far" as a cue joined to the verb before', () => {
    const statement = only(extract('Tom Hewitt smiled, but suggested Ann Lee went too far.'));
    expect(statement).toMatchObject({ text: 'Ann Lee went too far', speaker: 'Tom Hewitt' });
    expect(statement.cue?.text).toBe('suggested');
  });
});

describe('an adjunct between a long subject and its cue', () => {
  it('steps over ", for instance," to the subject before it', () => {
    const statement = only(extract('Most judges who heard the case, for instance, said the problem was not the ID.'));
    expect(statement.text).toBe('the problem was not the ID');
    expect(statement.source?.text).toBe('Most judges who heard the case');
  });
});

describe('a conjunction after a cue\'s comma', () => {
  it('takes no content from the next clause: "Tom Hewitt agreed, but suggested Hill went too far."', () => {
    expect(extract('Tom Hewitt agreed, but suggested Hill went too far.').statements.filter((statement) => statement.cue?.text === 'agreed')).toHaveLength(0);
  });
});

describe('"according to" after a colon', () => {
  it('reads the clause after the source as the content, as at a sentence start', () => {
    const statement = only(extract('And it has not gone unnoticed: according to recent polls, Tom Hill holds only 14 percent of the vote.'));
    expect(statement.text).toBe('Tom Hill holds only 14 percent of the vote');
    expect(statement.source?.text).toBe('recent polls');
  });
});

describe('a parenthetical "told" with its hearer', () => {
  it('goes on with the content after the hearer: "Instead, Tom Hill told CNN, his policy …"', () => {
    const statement = only(extract('Instead, Tom Hill told CNN, his policy would be to go after them.'));
    expect(statement.text).toBe('his policy would be to go after them');
    expect(statement.speaker).toBe('Tom Hill');
  });
});

describe('a clause of time after a closing cue', () => {
  it.each([
    ['The plan is dead, Tom Hill said as he left the hall.', 'said'],
    ['The plan is dead, Tom Hill told reporters as he left the hall.', 'told'],
  ])('keeps the clause before the cue as the content: %s', (text, cue) => {
    const statement = only(extract(text));
    expect(statement.text).toBe('The plan is dead');
    expect(statement.cue?.text).toBe(cue);
  });
});

describe('a relative clause in a source after an inverted cue', () => {
  it('reads "…, said a handful of Democrats who point to …" with the relative clause in the source', () => {
    const statement = only(extract('The plan is squarely within his wheelhouse, said a handful of Democrats who point to his ties.'));
    expect(statement.text).toBe('The plan is squarely within his wheelhouse');
    expect(statement.source?.text).toContain('a handful of Democrats');
  });
});

describe('adverbs the tagger reads as other words between a source and its cue', () => {
  it.each([
    ['Ann Lee has since said she would back the wage increase.', 'Ann Lee'],
    ['Fact-checkers soon noted that the figure was wrong.', 'Fact-checkers'],
    ['Most voters overall said they had made up their minds.', 'Most voters'],
  ])('steps over "since", "soon" and "overall": %s', (text, source) => {
    expect(only(extract(text)).source?.text).toBe(source);
  });
});

describe('nouns the tagger reads as verbs after a comma', () => {
  it('keeps "campaign" in "…, campaign officials said" as part of the source', () => {
    const statement = only(extract('The senator has won the race, campaign officials said.'));
    expect(statement.text).toBe('The senator has won the race');
    expect(statement.source?.text).toBe('campaign officials');
  });
});

describe('nouns the tagger reads as adjectives', () => {
  it('reads "a software firm" as a noun phrase whose head may end the source', () => {
    const statement = only(extract('An employee at a software firm said it would be a bad career move.'));
    expect(statement.text).toBe('it would be a bad career move');
    expect(statement.source?.text).toBe('An employee at a software firm');
  });
});

describe('views held with "see … as"', () => {
  it.each([
    ['Most developers see golf courses as wasted space.', 'golf courses as wasted space', 'Most developers'],
    ['Some view the nomination of Tom Hill as a hostile takeover.', 'the nomination of Tom Hill as a hostile takeover', 'Some'],
  ])('reads the object and its "as" phrase as the view of the subject: %s', (text, content, source) => {
    const statement = only(extract(text));
    expect(statement.text).toBe(content);
    expect(statement.source?.text).toBe(source);
  });

  it('reads no view in a sight before a time clause, nor in a passive', () => {
    expect(extract('Ann Lee will view the house as she leaves town.').statements).toHaveLength(0);
    expect(extract('The plan was regarded as a threat.').statements.filter((s) => s.cue?.text === 'regarded')).toHaveLength(0);
  });
});

describe('"discuss" as a cue', () => {
  it('reads what someone will discuss as their topic', () => {
    const statement = only(extract('The council met in Dayton. Tom Hill will discuss the new budget with the mayor.'));
    expect(statement.speaker).toBe('Tom Hill');
    expect(statement.cue?.text).toBe('will discuss');
    expect(statement.text).toContain('the new budget');
  });
});

describe('a reflexive that stresses the source', () => {
  it.each([
    ['The vote was close. Ann Lee herself has said the plan was dead.', 'Ann Lee herself'],
    ['The vote was close. The candidates themselves agreed that the count was fair.', 'The candidates themselves'],
  ])('keeps the noun phrase before the reflexive in the source: %s', (text, source) => {
    expect(only(extract(text)).source?.text).toBe(source);
  });
});

describe('appositive sources', () => {
  it('reads "the authors of that 2019 report, Ann Lee," as the source though the tagger reads "report" as a verb', () => {
    const statement = only(extract('One of the authors of that 2019 report, Ann Lee, said the new rules will fail.'));
    expect(statement.text).toBe('the new rules will fail');
    expect(statement.source?.text).toContain('Ann Lee');
  });

  it('reads an appositive with a relative clause opened by "that" as part of the source', () => {
    const statement = only(extract('Tom Hill, the head of Dayton Watch, a group that has sued the city, said the damage is done.'));
    expect(statement.text).toBe('the damage is done');
    expect(statement.source?.text).toContain('a group that has sued the city');
  });

  it.each([
    ['Tom Hill, struck by her story, told her she was right.', 'she was right', 'Tom Hill'],
    ['Ann Lee, clad in a red cape, said the plan is dead.', 'the plan is dead', 'Ann Lee'],
  ])('reads an irregular participle before a preposition as opening an appositive: %s', (text, content, speaker) => {
    expect(only(extract(text))).toMatchObject({ text: content, speaker });
  });

  it('takes in a post-modifier with "on" before the name: "Another delegate on the slate, Tom Hill,"', () => {
    const statement = only(extract('Another delegate on the slate, Tom Hill, said he was only leaning toward the governor.'));
    expect(statement.source?.text).toBe('Another delegate on the slate, Tom Hill');
  });

  it('reads a list opened by "along with" whose last name has an appositive as one source', () => {
    const statement = only(extract('Ann Lee, along with Judge Tom Hill of the Court of Appeals and Bob Dole, a professor at the University of Dayton, wrote that the rule was wrong.'));
    expect(statement.source?.text).toBe('Ann Lee, along with Judge Tom Hill of the Court of Appeals and Bob Dole, a professor at the University of Dayton');
  });
});

describe('"that" after a long setting', () => {
  it('finds "that" past a time, a place with its comma and the comma before it', () => {
    const statement = only(extract('Ann Lee said Thursday during a taping of a town hall meeting in Dayton, Ohio, that the state law is wrong.'));
    expect(statement.text).toBe('that the state law is wrong');
  });
});

describe('answers', () => {
  it.each([
    ['Asked about the plan, most members said yes, compared with a third a year ago.', 'yes'],
    ['Asked if he was ever bullied, the candidate said no.', 'no'],
  ])('takes a bare "yes" or "no" as the whole content: %s', (text, answer) => {
    expect(extract(text).statements.some((statement) => statement.text === answer && statement.cue?.text === 'said')).toBe(true);
  });
});

describe('plural subjects the tagger reads as verbs', () => {
  it('reads "said states like Ohio will …" as reported words about states', () => {
    const statement = only(extract('Ann Lee said states like Ohio and Iowa will decide the race.'));
    expect(statement.text).toBe('states like Ohio and Iowa will decide the race');
    expect(statement.speaker).toBe('Ann Lee');
  });
});

describe('possessives the tagger reads as "is"', () => {
  it('keeps "Hill\'s former campaign manager, Ann Lee," as the source of what she said', () => {
    const statement = only(extract("Tom Hill's former campaign manager, Ann Lee, said the new staff member should be fired."));
    expect(statement.text).toBe('the new staff member should be fired');
    expect(statement.source?.text).toContain('Ann Lee');
  });
});

describe('via', () => {
  it.each([
    ['“We are done here,” Kevin Long said in a statement to E! News.', 'E! News'],
    ['Kevin Long described the claims as "false" in a statement to E! News.', 'E! News'],
    ['Rita Moss wrote on Instagram: “Thank you all for the support this year.”', 'Instagram'],
    ['Carl Webb told CNN that the deal was off.', 'CNN'],
    ['Nina Frost penned an article for The Hollywood Reporter accusing the director of abuse.', 'The Hollywood Reporter'],
    ['Appearing on Megyn Kelly Today, Dana Fox said that she had been treated unfairly.', 'Megyn Kelly Today'],
  ])('%s', (text, outlet) => {
    const document = extract(text);
    expect(document.statements.some((statement) => statement.via.includes(outlet))).toBe(true);
    expect(document.organizations.map((organization) => organization.name)).toContain(outlet);
    expect(document.people.map((person) => person.name)).not.toContain(outlet);
  });
});

describe('organizations', () => {
  it('never makes an organization of a capitalised article alone', () => {
    const document = extract('Jane Roe said: "We will not stop until the plant is closed." The company denied the claims in a statement to Reuters.');
    expect(document.organizations.map((organization) => organization.name)).toEqual(['Reuters']);
  });

  it.each([
    ['The vote was close. The Weller campaign denied the report.', 'Weller campaign', 'DENIED'],
    ['The vote was close. The Hill administration said the talks would go on.', 'Hill administration', 'SAID'],
    ['The vote was close. On Monday, Weller campaign officials said they would win.', 'Weller campaign', 'SAID'],
    ['The update shipped. A Microsoft spokesman said the update was safe.', 'Microsoft', 'SAID'],
    ['The talks ended. A White House spokeswoman denied the report.', 'White House', 'DENIED'],
    ['The talks ended. The White House’s statement said the talks would go on.', 'White House', 'SAID'],
  ])('makes an organization (a name and a group noun, one a spokesperson speaks for, one whose statement it is) the speaker: %s', (text, organization, act) => {
    const document = extract(text);
    const statement = only(document);
    expect(statement).toMatchObject({ speaker: organization, act });
    expect(document.organizations).toEqual([expect.objectContaining({ name: organization, type: 'other' })]);
  });

  it('makes no organization of a common noun or a possessive before a group noun, nor of a name a person speaks for', () => {
    const general = extract('The vote was close. Election campaign officials said turnout was high.');
    expect(general.organizations).toEqual([]);
    expect(only(general).speaker).toBeNull();
    const named = extract('The vote was close. Weller campaign spokesman Tom Hill said they would win.');
    expect(only(named).speaker).toBe('Tom Hill');
    const possessive = extract("The vote was close. Tom Hill's campaign said it would win.");
    expect(possessive.organizations).toEqual([]);
  });

  it.each([
    ['Russian oil firm Northwind sued the government on Monday.', 'Northwind', 'company'],
    ['Chip maker Zentek said sales rose.', 'Zentek', 'company'],
    ['Italian news agency Kanalpress quoted the minister on Monday.', 'Kanalpress', 'outlet'],
  ])('makes a name right after a kind of organization ("oil firm", "news agency") that organization, not a person: %s', (text, name, type) => {
    const document = extract(text);
    expect(document.organizations).toEqual(expect.arrayContaining([expect.objectContaining({ name, type })]));
    expect(document.people.map((person) => person.name)).not.toContain(name);
    expect(only(document).speaker).toBe(name);
  });

  it.each([
    ['Shares rose. Dayton Motors Corporation said sales were strong.', 'Dayton Motors Corporation', 'company'],
    ['Shares fell. The Securities and Exchange Commission said it would look at the deal.', 'Securities and Exchange Commission', 'other'],
    ['Shares rose. The Dayton Farmers Union said prices were too low.', 'Dayton Farmers Union', 'other'],
    ['The vote was close. The Dayton Labour Party said it would win.', 'Dayton Labour Party', 'other'],
  ])('types a name by its last word, with an "and" inside it: a company ("Corporation") or a public body ("Union", "Commission"), never a party as a company: %s', (text, name, type) => {
    const document = extract(text);
    expect(document.organizations).toEqual([expect.objectContaining({ name, type })]);
    expect(only(document).speaker).toBe(name);
  });

  it('keeps two names joined by "and" apart when the first is a name of its own', () => {
    const document = extract('Shares fell. Northwind Bank and Dayton Motors Corporation said the deal was off.');
    expect(document.organizations.map((organization) => organization.name)).toEqual(['Northwind Bank', 'Dayton Motors Corporation']);
  });

  it('keeps a hyphenated name whole, as a person and as an organization, and joins its later mentions to it', () => {
    const person = extract('Tom Hill-Lee said he would stand again. Hill-Lee added that the party was finished.');
    expect(person.people.map((p) => p.name)).toEqual(['Tom Hill-Lee']);
    expect(person.statements.map((statement) => statement.speaker)).toEqual(['Tom Hill-Lee', 'Tom Hill-Lee']);
    const body = extract('The Dayton Anti-Doping Agency said the tests were clean.');
    expect(body.organizations.map((organization) => organization.name)).toEqual(['Dayton Anti-Doping Agency']);
    expect(only(body).speaker).toBe('Dayton Anti-Doping Agency');
  });

  it.each([
    ['Tom Hill lost in the Davis Cup final on Sunday.', 'Davis Cup'],
    ['Ann Lee called for a new Marshall Plan for the region.', 'Marshall Plan'],
    ['Tom Hill won the Jesse Owens Award in Dayton.', 'Jesse Owens Award'],
    ['The 31-year-old Scot beat Tom Hill in Dayton.', 'Scot'],
    ['Tom Hill was involved in a verbal spat with Britain’s Ann Lee earlier this year.', 'Britain'],
  ])('makes no person of a prize, plan or event named after one, nor of a country or nation the tagger misreads: %s', (text, thing) => {
    const names = extract(text).people.map((person) => person.name);
    expect(names).not.toContain(thing);
    expect(names).not.toContain(thing.split(' ')[0]);
  });

  it.each([
    ['Rodrigo de Rato, the fund\'s managing director, said growth was slowing. De Rato added that rates would rise.', 'Rodrigo de Rato'],
    ['The Dutch director Ann van der Berg said the film would open in May. Van der Berg said it was finished.', 'Ann van der Berg'],
    ['President Ana Maria da Costa said the deal was done. Ms da Costa said it would hold.', 'Ana Maria da Costa'],
  ])('keeps the lower-case particles of a name in it and joins its later mentions to it: %s', (text, name) => {
    const document = extract(text);
    expect(document.people.map((person) => person.name)).toEqual([name]);
    expect(document.statements.map((statement) => statement.speaker)).toEqual([name, name]);
  });

  it.each([
    'Ann Lee spoke about the Sydney Olympics.',
    'Ann Lee spoke about the Blair Witch Project.',
    'Ann Lee was at the Lawrence Livermore National Laboratory.',
    'The plan will cost £9m, according to Jupiter Research. Ann Lee agreed.',
    'Scottish Finance Minister, Ann Lee, said the plan would work.',
  ])('makes no person of a name ending in an event, a research body or a role: %s', (text) => {
    expect(extract(text).people.map((person) => person.name)).toEqual(['Ann Lee']);
  });

  it('makes no person of common words around a particle ("the Tour de France")', () => {
    expect(extract('Ann Lee said the Tour de France would start in Dayton.').people.map((person) => person.name)).toEqual(['Ann Lee']);
  });

  it('makes no person of a first name alone that the article uses as a modifier ("Chelsea defender"), unless a full name holds it', () => {
    const club = extract('Ann Lee joined Chelsea in May. The Chelsea defender said she was happy. Chelsea won the game.');
    expect(club.people.map((person) => person.name)).toEqual(['Ann Lee']);
    const person = extract('Chelsea Lee won the race. The Chelsea fan club cheered. Chelsea said she was happy.');
    expect(person.people.map((p) => p.name)).toEqual(['Chelsea Lee']);
    const headline = extract('Harry apology accepted\n\nHarry said he was sorry for the costume.');
    expect(headline.people.map((p) => p.name)).toEqual(['Harry']);
  });

  it.each([
    ['Ann Lee signed a deal with Chelsea, which pays her well. Chelsea said the deal was fair.', '", which"'],
    ['Ann Lee has left. Chelsea have yet to name a coach, and Chelsea said the search goes on.', 'a plural verb'],
    ['Ann Lee said Chelsea face a fine. Chelsea said it would appeal.', 'a plural verb without -s'],
    ['Ann Lee flew between Leeds and Chelsea. Chelsea said the flight was late.', 'listed with a place'],
    ['Ann Lee scored twice at Chelsea. Chelsea said she was welcome.', '"at"'],
  ])('makes no person of a first name alone used as a place\'s or a body\'s (%#: %s)', (text) => {
    expect(extract(text).people.map((person) => person.name)).toEqual(['Ann Lee']);
  });

  it('makes a body, not a person, of a source whose name holds a number ("Pier 9 Imports said")', () => {
    const result = extract('Pier 9 Imports said its sales fell. Ann Lee agreed.');
    expect(result.people.map((person) => person.name)).toEqual(['Ann Lee']);
    expect(result.organizations.map((organization) => organization.name)).toContain('Pier 9 Imports');
    expect(result.statements[0]).toMatchObject({ speaker: 'Pier 9 Imports', text: 'its sales fell' });
    expect(extract('90 Cent said the tour was over.').statements[0]).toMatchObject({ speaker: '90 Cent', text: 'the tour was over' });
    for (const text of ['One Republican said the plan was bad.', 'Some 32 Labour MPs said the plan was bad.']) {
      const counted = extract(text);
      expect(counted.organizations).toEqual([]);
      expect(counted.statements[0].speaker).toBeNull();
    }
  });

  it.each([
    ["Ann Lee praised Chelsea's Tom Baker. Chelsea said he was fit.", ['Ann Lee', 'Tom Baker']],
    ['Chelsea chief executive Tom Baker met Ann Lee. Chelsea said the talks went well.', ['Tom Baker', 'Ann Lee']],
    ['Chelsea left-back Tom Baker met Ann Lee. Chelsea said the talks went well.', ['Tom Baker', 'Ann Lee']],
    ['Acme filed for bankruptcy in Houston. A Houston court said it would rule soon.', []],
    ['Ann Lee sang in Houston. Ann Houston said she was happy. Houston said so too.', ['Ann Lee', 'Ann Houston']],
    ["Ann Lee read Lord Chelsea's Tom Baker, a novel. Chelsea said it sold well.", ['Ann Lee', 'Tom Baker', 'Chelsea']],
    ['Ann Lee liked Tom Baker 2. Tom Baker was born in a lab, the film says.', ['Ann Lee']],
    ['Tom Baker 2 won an award, Ann Lee said.', ['Ann Lee']],
    ['Final score: Ann Lee 2 Tom Baker 1.', ['Ann Lee', 'Tom Baker']],
    ['Tom Baker beat Ann Lee 6-3 6-4.', ['Tom Baker', 'Ann Lee']],
  ])('makes no person of a lone name before a member of its club, before a role and a name, named as a place, or numbered as a sequel (%#: %s)', (text, people) => {
    expect(extract(text).people.map((person) => person.name)).toEqual(people);
  });

  it.each([
    ['Ann Lee and Chelsea have left. Chelsea said she was tired.', 'a plural verb after two names'],
    ['Ann Lee let Chelsea have the car. Chelsea said she was grateful.', 'a bare verb after "let"'],
    ['Ann Lee went to Leeds and Chelsea stayed home. Chelsea said she was tired.', 'clauses joined, not names'],
    ['Ann Lee looked at Chelsea. Chelsea said she was tired.', '"looked at"'],
    ['Ann Lee looked over at Chelsea. Chelsea said she was tired.', '"looked over at"'],
    ['Ms Chelsea have been here. Chelsea said she was tired.', 'an honorific'],
  ])('keeps a first name alone a person where a person can stand (%#: %s)', (text) => {
    expect(extract(text).people.map((person) => person.name)).toEqual(['Ann Lee', 'Chelsea'].filter((name) => text.includes(name.split(' ')[0])));
  });

  it.each([
    ['Microsoft said the deal was done. Shares in Microsoft rose 5%.', 'Microsoft'],
    ['Microsoft said the deal was done. Microsoft shares rose 5%.', 'Microsoft'],
    ["Microsoft said the deal was done. Microsoft's profits rose.", 'Microsoft'],
    ['Nokia, the mobile phone maker, said the deal was done.', 'Nokia'],
  ])('types a body a company at every mention where the article treats it as one: %s', (text, name) => {
    expect(extract(text).organizations).toContainEqual(expect.objectContaining({ name, type: 'company' }));
  });

  it.each([
    ["Critics attacked Mr Lee's office over the plan.", []],
    ["He praised Mr Lee's International Finance Facility.", ['International Finance Facility']],
    ['On Tuesday Microsoft said it would cut jobs.', ['Microsoft']],
    ['On 14 October Google released new software.', ['Google']],
    ['The book, by Sunday Times journalist Ann Lee, sold well.', ['Sunday Times']],
  ])('names no body with an honorific or a date before it: %s', (text, names) => {
    expect(extract(text).organizations.map((organization) => organization.name)).toEqual(names);
  });

  it('keeps a body that is no company typed as it was ("EU revenue", ", the world body,")', () => {
    const organizations = extract('The European Union said EU revenue had fallen. The United Nations, the world body, agreed.').organizations;
    expect(organizations.filter((organization) => organization.type === 'company')).toEqual([]);
  });

  it.each([
    ['Tom Hill, the chief economist at the Bank of Dayton, said rates would rise.', 'Bank of Dayton'],
    ['A Department for Roads spokesman said the bridge would close.', 'Department for Roads'],
    ['The Association of Dayton Farmers warned that prices would fall.', 'Association of Dayton Farmers'],
  ])('names a body through its "of" or "for", typed by the word before it: %s', (text, name) => {
    const names = extract(text).organizations.map((organization) => organization.name);
    expect(names).toContain(name);
    expect(names).not.toContain(name.split(' ')[0]);
  });

  it('makes a body named through "of" the speaker, and a person before "of" the person', () => {
    expect(only(extract('The Department of Health said the bridge would close.')).speaker).toBe('Department of Health');
    const document = extract('Ann Lee of Dayton Bank said rates would rise.');
    expect(only(document).speaker).toBe('Ann Lee');
    expect(document.organizations.map((organization) => organization.name)).toEqual(['Dayton Bank']);
  });

  it.each([
    ['Shares fell. The German company said profits would fall.', 'German'],
    ['Shares fell. A British company said profits would fall.', 'British'],
    ['Shares fell. The Irish group said profits would fall.', 'Irish'],
    ['Shares fell. The Bank raised rates on Monday.', 'Bank'],
    ['Firms in Western Europe - but not the UK - are lacking confidence, Tom Hill said.', 'UK'],
    ['Tom Hill was the star of US TV drama Dayton Nights, Ann Lee said.', 'US TV'],
    ['Ann Lee, who edits the News of the World in Dayton, said the paper would close.', 'News of'],
  ])('makes no organization of a nationality, a body\'s common last word alone, a name cut at "of", or a place: %s', (text, name) => {
    expect(extract(text).organizations.map((organization) => organization.name)).not.toContain(name);
  });

  it('makes no organization or person of a nationality alone', () => {
    const document = extract('The German-US carmaker saw profits fall. The talks with German workers failed, Japanese analysts said.');
    const names = [...document.people, ...document.organizations].map((entity) => entity.name);
    expect(names).not.toContain('German');
    expect(names).not.toContain('Japanese');
    expect(document.statements.every((statement) => statement.speaker === null)).toBe(true);
  });

  it.each([
    ['Shares rose. But the Treasury said there would be no relaxation.', 'Treasury', 'no relaxation'],
    ['Shares rose. The Dayton Stock Exchange (DSE) said it was in talks.', 'Dayton Stock Exchange', 'in talks'],
    ['Shares in Orange fell on Monday. Orange said sales were strong.', 'Orange', 'sales were strong'],
    ['The Dayton Farmers Alliance said it would fight. The alliance said the new law was vague.', 'Dayton Farmers Alliance', 'law was vague'],
  ])('makes a body the speaker: a name after "the", one the article capitalises alone, one named again by its last word: %s', (text, name, content) => {
    const document = extract(text);
    expect(document.people).toEqual([]);
    expect(document.organizations.map((organization) => organization.name)).toContain(name);
    expect(containing(document, content).speaker).toBe(name);
  });

  it('makes the name after an abbreviated title, before a parenthesis, the speaker, and closes the parenthesis in the source', () => {
    const statement = only(extract('The bill passed on Monday. Gov. Tom Hill (R-Ohio) said the bill was a disgrace.'));
    expect(statement.speaker).toBe('Tom Hill');
    expect(statement.source?.text).toBe('Gov. Tom Hill (R-Ohio)');
  });

  it('ends an organization\'s name before its abbreviation in parentheses', () => {
    const document = extract('Prices rose. A report by the Dayton Monetary Fund (DMF) said growth would slow.');
    expect(document.organizations.map((organization) => organization.name)).toContain('Dayton Monetary Fund');
    expect(document.organizations.map((organization) => organization.name).join()).not.toContain('(');
  });

  it('gives an abbreviation introduced in parentheses the full name of its organization', () => {
    const document = extract('Prices rose. The Dayton Monetary Fund (DMF) said growth would slow. The DMF added that rates would rise.');
    expect(containing(document, 'rates would rise').speaker).toBe('Dayton Monetary Fund');
    expect(document.organizations.map((organization) => organization.name)).toEqual(['Dayton Monetary Fund']);
  });

  it('makes a name of common words only a body, while an unknown first name with a surname stays a person', () => {
    const document = extract('Voter Watch said older voters are ignored. Gus Pellow said the survey was fair.');
    expect(document.organizations.map((organization) => organization.name)).toContain('Voter Watch');
    expect(document.people.map((person) => person.name)).toEqual(['Gus Pellow']);
    expect(containing(document, 'older voters').speaker).toBe('Voter Watch');
  });

  it.each([
    ['Rates rose. But the chairman of Dorvex, Ann Lee, said the rise hurt savers.', 'Dorvex', 'Ann Lee'],
    ['Rates rose. Analysts at Kelvaro said the rise hurt savers.', 'Kelvaro', null],
  ])('makes a name no tagger knows after a preposition inside a source the body of its role: %s', (text, body, speaker) => {
    const document = extract(text);
    expect(document.people.map((person) => person.name)).not.toContain(body);
    expect(document.organizations.map((organization) => organization.name)).toContain(body);
    expect(containing(document, 'hurt savers').speaker).toBe(speaker);
  });

  it.each([
    ["Shares rose. Lord Ann Lee's Dorvex International sold its stake.", ['Dorvex International'], ['Ann Lee']],
    ["Shares rose. Sunday's Dayton Herald ran the story.", ['Dayton Herald'], []],
    ['Shares rose. But Dayton Watch said it was wrong.', ['Dayton Watch'], []],
    ["Crowds came to St Ann's Shopping Centre.", ["St Ann's Shopping Centre"], []],
    ["Sales rose at Kelvar's Group last year.", ["Kelvar's Group"], []],
  ])('keeps an owner\'s possessive and an opening conjunction out of a body\'s name, a saint\'s or a company\'s own in: %s', (text, bodies, people) => {
    const document = extract(text);
    expect(document.organizations.map((organization) => organization.name)).toEqual(bodies);
    expect(document.people.map((person) => person.name)).toEqual(people);
  });

  it('gives a body found once every later mention of its name, so "the Kelvaro spokesman" speaks for it', () => {
    const document = extract('Prices rose. A spokesman for Kelvaro said the plan was sound. Later the Kelvaro spokesman said that costs would fall.');
    expect(containing(document, 'costs would fall').speaker).toBe('Kelvaro');
    expect(document.organizations.map((organization) => organization.name)).toEqual(['Kelvaro']);
    expect(document.people).toEqual([]);
  });

  it('makes no person of a month, a sentence-opening common word, or an office after "the"', () => {
    const document = extract('In January, Ann Lee issued a warning. Others claim it will fail. The Lord Chancellor said the rules were unfair.');
    expect(document.people.map((person) => person.name)).toEqual(['Ann Lee']);
    expect(document.organizations).toEqual([]);
    expect(containing(document, 'it will fail').speaker).toBeNull();
  });
});

describe('speakers', () => {
  it('makes a name the article gives a company anywhere that company\'s everywhere, not a person', () => {
    const document = extract('Shares in oil giant Zentek fell on Monday. Zentek said it would appeal against the ruling.');
    expect(document.people).toEqual([]);
    expect(only(document)).toMatchObject({ speaker: 'Zentek', text: 'it would appeal against the ruling' });
  });

  it('gives a statement to a body heading its source before a name in a clause after it, but to a name in apposition', () => {
    expect(only(extract('Dayton Bank, which sponsors Ann Lee, said profits rose sharply.')).speaker).toBe('Dayton Bank');
    expect(only(extract('The Dayton Party\'s spokeswoman, Ann Lee, said the vote was fair.')).speaker).toBe('Ann Lee');
  });

  it('leaves a plural description (more than one person) unresolved', () => {
    const document = extract('Maria Lopez hosted the show on Monday. The show’s producers defended Lopez in a statement.');
    const statement = containing(document, 'Lopez');
    expect(statement.speakerMention?.text).toBe('The show’s producers');
    expect(statement.speaker).toBeNull();
  });

  it('resolves a nationality used as a description to the person the text was speaking of', () => {
    const document = extract('Maria Lopez won the final in three sets on Sunday. “It was my best match,” the Spaniard said.');
    expect(containing(document, 'best match').speaker).toBe('Maria Lopez');
    expect(document.people.map((person) => person.name)).toEqual(['Maria Lopez']);
  });

  it('leaves a people named by its adjective ("the British") unresolved, though a nationality can describe one person', () => {
    const document = extract('Ann Lee met the minister in Dayton on Monday. The British said the deal was off.');
    expect(containing(document, 'deal was off').speaker).toBeNull();
  });

  it('resolves a pronoun to the person named before it', () => {
    const statement = containing(extract('Michael Brown arrived at the court. “I am innocent of every charge,” he said.'), 'innocent');
    expect(statement.speaker).toBe('Michael Brown');
    expect(statement.speakerMention?.text).toBe('he');
  });

  it('resolves "part of his statement read" to the man it belongs to', () => {
    const text = 'Victor Hale issued a statement. “I did nothing wrong at any point,” part of his statement read.';
    expect(containing(extract(text), 'nothing wrong').speaker).toBe('Victor Hale');
  });

  it('resolves a description used earlier as a title', () => {
    const text = 'Former model Julia Vance spoke to reporters on Monday. “It happened exactly as I said,” the former model said.';
    expect(containing(extract(text), 'It happened').speaker).toBe('Julia Vance');
  });

  it('resolves an age description to the speaker it follows', () => {
    const text = 'Robert King denied the report on Friday. “It is a complete fabrication,” the 60-year-old wrote.';
    expect(containing(extract(text), 'fabrication').speaker).toBe('Robert King');
  });

  it('groups name variants into one person and keeps a namesake apart', () => {
    const text =
      'Tom Baker and his ex-wife Anna Lee Baker spoke on Monday. Baker said the divorce was friendly. ' +
      'Anna said she agreed. Tom added that he was relieved.';
    const document = extract(text);
    const tom = document.people.find((person) => person.name === 'Tom Baker');
    expect(tom?.aliases).toEqual(expect.arrayContaining(['Baker', 'Tom']));
    expect(document.people.map((person) => person.name)).toContain('Anna Lee Baker');
    expect(containing(document, 'divorce').speaker).toBe('Tom Baker');
    expect(containing(document, 'she agreed').speaker).toBe('Anna Lee Baker');
  });

  it('never makes God, section labels or photo credits speakers or people', () => {
    const text =
      'LATEST NEWS\n\nJane Roe/Getty Images\n\nGod said nothing, the priest joked.\n\n“Pray for us all tonight,” said Paul Stone.';
    const document = extract(text);
    const names = document.people.map((person) => person.name);
    expect(names).not.toContain('God');
    expect(names).not.toContain('Jane Roe');
    expect(names.some((name) => /LATEST/.test(name))).toBe(false);
    expect(document.statements.every((statement) => statement.speaker !== 'God')).toBe(true);
  });

  it('does not make a name that modifies the source (whom its speakers work for) the speaker', () => {
    const text =
      'Mara Quill spoke in Ohio on Monday, and Leo Brandt stood beside her.\n\n' +
      'Quill campaign officials said the count was wrong.\n\n' +
      'Quill spokesman Leo Brandt said the rally was full.\n\n' +
      'Senator Quill said the vote would pass.\n\n' +
      'Quill, who is about to leave office, recalled the first campaign.';
    const document = extract(text);
    const officials = containing(document, 'count was wrong');
    expect(officials.speaker).toBeNull();
    expect(officials.speakerMention?.text).toBe('Quill campaign officials');
    expect(containing(document, 'rally was full').speaker).toBe('Leo Brandt');
    expect(containing(document, 'vote would pass').speaker).toBe('Mara Quill');
    expect(containing(document, 'first campaign').speaker).toBe('Mara Quill');
  });

  it.each([
    ['the subject of a verb, no word of it a common word', 'Priya Natarajan left the meeting early on Monday.', 'Priya Natarajan'],
    ['followed by a role in apposition', 'The appeal was filed by Oluwaseun Adeyemi, a lawyer, in the morning.', 'Oluwaseun Adeyemi'],
    ['followed by an age', 'The house of Tom Hill, 54, was searched by the police on Monday.', 'Tom Hill'],
    ['after a role', 'The crowd cheered for activist Ngozi Okafor outside the court on Tuesday.', 'Ngozi Okafor'],
    ['after a capitalised role opening the sentence', 'Economist Kolade Bankole arrived at the conference hall on Monday morning.', 'Kolade Bankole'],
  ])('finds a name the tagger does not know when the article treats it as a person: %s', (_, sentence, name) => {
    const document = extract(`${sentence} “We will appeal the ruling,” she said.`);
    expect(document.people.map((person) => person.name)).toContain(name);
    expect(containing(document, 'appeal the ruling').speaker).toBe(name);
  });

  it('does not make a place, a club or a company of common words a person', () => {
    const text = 'Dayton United beat Hill Park on Saturday. Sunrise Software grew fast this year. “We will appeal the ruling,” she said.';
    const document = extract(text);
    expect(document.people).toEqual([]);
    expect(containing(document, 'appeal the ruling').speaker).toBeNull();
  });

  it('lists byline authors as people without making them speakers', () => {
    const document = extractArticle('“Fine,” said Ben Ode.', { id: 'a', metadata: { authors: ['Jill Writer'] } });
    expect(document.people.map((person) => person.name)).toContain('Jill Writer');
    expect(document.statements.every((statement) => statement.speaker !== 'Jill Writer')).toBe(true);
  });
});

describe('acts from content', () => {
  it('makes a quoted apology an apology', () => {
    expect(containing(extract('Sam Reed spoke. “I sincerely apologize to everyone I hurt,” he said.'), 'apologize').act).toBe('APOLOGIZED');
  });

  it('makes "absolutely untrue" a denial', () => {
    const statement = only(extract('Ivan Cole described the allegations as "absolutely untrue" in a statement.'));
    expect(statement.act).toBe('DENIED');
  });

  it('does not make a report of someone else apologizing an apology', () => {
    const statement = containing(extract('Rosa Diaz told reporters that her former boss had apologized to her.'), 'apologized');
    expect(statement.act).toBe('SAID');
  });
});

describe('ids and offsets', () => {
  it('derives stable ids from names and positions', () => {
    const text = '“We will win this,” Maria Lopez told CNN.';
    const first = extractArticle(text, { id: 'doc-1' });
    const second = extractArticle(text, { id: 'doc-1' });
    expect(first.people[0].id).toBe('maria-lopez');
    expect(first.organizations[0].id).toBe('org:cnn');
    expect(first.statements[0].id).toBe(second.statements[0].id);
    expect(extractArticle(text, { id: 'doc-2' }).statements[0].id).not.toBe(first.statements[0].id);
  });

  it('gives offsets into the text as given, before any line-ending or space', () => {
    const text = '\r\n  \u00a0Intro line.\r\n\r\n“Quoted words here,” said Ada Park.\r\n';
    const statement = containing(extract(text), 'Quoted words here');
    expect(text.slice(statement.start, statement.end)).toBe(statement.text);
    expect(text.slice(statement.cue!.start, statement.cue!.end)).toBe('said');
    expect(text.slice(statement.speakerMention!.start, statement.speakerMention!.end)).toBe('Ada Park');
  });
});

describe('a cue in the middle of a sentence', () => {
  it('starts the content after a dash that opens the clause the source interrupts', () => {
    const document = extract('The mayor held a rally in Dayton - and the permit, his aides said, had been hard to get.');
    const statement = only(document, (s) => s.cue?.text === 'said');
    expect(statement.text).toBe('the permit, his aides said, had been hard to get');
  });

  it.each([
    ['After the storm, the new bridge, Tom Hill said, was safe to cross.', 'the new bridge, Tom Hill said, was safe to cross'],
    ['The park is near the stadium, which, Ann Lee said, is usually full on game days.', 'which, Ann Lee said, is usually full on game days'],
  ])('starts the content at the subject after the front\'s last comma when the clause goes on with its verb: %s', (text, content) => {
    expect(only(extract(text)).text).toBe(content);
  });

  it('goes on past an inverted source set off by commas when the clause\'s verb follows it', () => {
    const statement = only(extract('Part of the problem, said Tom Hill, a local expert, is the ground itself.'));
    expect(statement.text).toBe('Part of the problem, said Tom Hill, a local expert, is the ground itself');
    expect(statement.source?.text).toBe('Tom Hill, a local expert');
  });

  it('starts the content at a single word after the opening dash', () => {
    const document = extract('A judge kept Tom Hill in jail after hearing his radio show - proof, the state argued, of his role in the plot.');
    expect(only(document, (s) => s.cue?.text === 'argued').text).toBe('proof, the state argued, of his role in the plot');
  });

  it('takes the words before the source into the content when a quote opening in lower case goes on with them after the cue', () => {
    const text = "The vote was close. The county's new golf course, Ann Lee said, \"is a perfect example of adapting\" to a changing market.";
    const statement = only(extract(text));
    expect(statement.text).toBe("The county's new golf course, Ann Lee said, \"is a perfect example of adapting\" to a changing market");
    expect(statement.direct).toBe(false);
    expect(statement.source?.text).toBe('Ann Lee');
  });

  it('keeps a quote opening in capitals after a lead-in and a parenthetical cue as the quote alone', () => {
    const statement = only(extract('The vote was close. In Dayton, Ann Lee said, "We will win this fight."'));
    expect(statement.text).toBe('We will win this fight.');
    expect(statement.direct).toBe(true);
  });
});

describe('poll words the tagger reads as verbs', () => {
  it.each([
    ['The race is close in Dayton, where polls show Ann Lee slightly trailing Tom Hill.', 'polls', 'Ann Lee slightly trailing Tom Hill'],
    ['Exit polling showed that Tom Hill won every group except young voters.', 'Exit polling', 'that Tom Hill won every group except young voters'],
  ])('takes the poll as the source of what it shows: %s', (text, source, content) => {
    const statement = only(extract(text));
    expect(statement.source?.text).toBe(source);
    expect(statement.text).toBe(content);
  });
});

describe('what a poll shows', () => {
  it('keeps the phrases after a name in what a poll shows', () => {
    const statement = only(extract('A Herald rolling poll shows Ann Lee at the top with 36 percent support.'));
    expect(statement.text).toBe('Ann Lee at the top with 36 percent support');
    expect(statement.source?.text).toBe('A Herald rolling poll');
  });
});

describe('an aside after a closing cue and its time', () => {
  it('keeps the clause before the source as the content when a dash aside follows the time', () => {
    const statement = only(extract('The deficit will end this year, the Dayton Budget Office reported on Tuesday -- a development that could hurt Ann Lee.'));
    expect(statement.text).toBe('The deficit will end this year');
    expect(statement.source?.text).toBe('the Dayton Budget Office');
  });
});

describe('an "-ing" noun after "has"', () => {
  it('reads "has backing from" as a noun, leaving the closing "the poll found" its whole clause', () => {
    const statement = only(extract('Ann Lee has support from 52 percent, while Tom Hill has backing from 33 percent, the poll found.'));
    expect(statement.cue?.text).toBe('found');
    expect(statement.text).toBe('Ann Lee has support from 52 percent, while Tom Hill has backing from 33 percent');
  });
});

describe('"shown" after "have"', () => {
  it('reads "have shown" as what the polls show', () => {
    const statement = only(extract('Recent polls have shown Ann Lee ahead of Tom Hill in Dayton.'));
    expect(statement.source?.text).toBe('Recent polls');
    expect(statement.text).toBe('Ann Lee ahead of Tom Hill in Dayton');
  });
});

describe('a content after a fronted "as" clause', () => {
  it('goes on past a conditional inside the main clause after "As the Herald reported,"', () => {
    const statement = only(extract('As the Dayton Herald reported, even if Ann Lee wins the county, she would still need most of the remaining delegates.'));
    expect(statement.source?.text).toBe('the Dayton Herald');
    expect(statement.text).toBe('even if Ann Lee wins the county, she would still need most of the remaining delegates');
  });
});

describe('a dated participle inside a finding\'s subject', () => {
  it('takes "The report published Tuesday" as the source of what it showed', () => {
    const statement = only(extract('The report published Tuesday showed that Ann Lee met donors in Dayton.'));
    expect(statement.cue?.text).toBe('showed');
    expect(statement.source?.text).toBe('The report published Tuesday');
    expect(statement.text).toBe('that Ann Lee met donors in Dayton');
  });

  it('takes "A statement posted on the city website" as the source of what it said', () => {
    const statement = only(extract('A statement posted on the city website said the park in Dayton would close.'));
    expect(statement.cue?.text).toBe('said');
    expect(statement.source?.text).toBe('A statement posted on the city website');
    expect(statement.text).toBe('the park in Dayton would close');
  });
});

describe('adverbs grading a modifier inside a source', () => {
  it.each([
    ['A newly elected mayor said the plan was dead.', 'A newly elected mayor'],
    ["Ann Lee's most ardent fans said the plan was dead.", "Ann Lee's most ardent fans"],
  ])('keeps the adverb and what comes before it in the source: %s', (text, source) => {
    expect(only(extract(text)).source?.text).toBe(source);
  });
});

describe('"according to" with an appositive set off by commas', () => {
  it.each([
    ["According to Ann Lee, the campaign's vote director, the campaign has targeted young voters.", "Ann Lee, the campaign's vote director", 'the campaign has targeted young voters'],
    ['At the heart of the trouble, according to Tom Hill, another former envoy, was a decision by the mayor.', 'Tom Hill, another former envoy', 'At the heart of the trouble, according to Tom Hill, another former envoy, was a decision by the mayor'],
  ])('takes the appositive into the source: %s', (text, source, content) => {
    expect(only(extract(text))).toMatchObject({ text: content, source: expect.objectContaining({ text: source }) });
  });

  it('leaves a number opening the clause after the comma out of the source', () => {
    expect(only(extract('According to a survey, 70% of adults need support, and 49% live at home.')).source?.text).toBe('a survey');
  });
});

describe('a share with two degree words before it, ending in a post-modifier', () => {
  it.each([
    ['Only about 4 in 10 voters in each state want a wall.', 'Only about 4 in 10 voters in each state'],
    ['Just over half of voters in each state want a wall.', 'Just over half of voters in each state'],
  ])('takes the whole share as the source: %s', (text, source) => {
    expect(only(extract(text)).source?.text).toBe(source);
  });
});

describe('a capitalised cue word opening a name', () => {
  it('reads "State" before a capitalised word as part of an appositive, not as a cue', () => {
    const statement = only(extract('In an email, Tom Hill, State Department security director, informed Ann Lee that he would be glad to call.'));
    expect(statement.source?.text).toBe('Tom Hill, State Department security director');
    expect(statement.cue?.text).toBe('informed');
  });
});

describe('a campaign noun the tagger reads as a verb before a participle cue', () => {
  it('takes "The Hill campaign" whole as the subject of a participle after its verb', () => {
    const statement = only(extract('The Hill campaign sent an email Wednesday saying that Lee lied.'));
    expect(statement.source?.text).toBe('The Hill campaign');
  });
});

describe('hyphenated words in a subject run', () => {
  it.each([
    ['Some 56 percent of Cuban-Americans polled said they liked Lee.', 'Some 56 percent of Cuban-Americans polled'],
    ['Thirty-one percent of those surveyed say they liked Lee.', 'Thirty-one percent of those surveyed'],
  ])('keeps the words before a hyphen in the subject: %s', (text, source) => {
    expect(only(extract(text)).source?.text).toBe(source);
  });
});

describe('"that evening" between a source and its cue', () => {
  it('steps over the time to the noun phrase before it', () => {
    expect(only(extract('A second officer at the base that evening backed the account of the guard.')).source?.text).toBe('A second officer at the base');
  });
});

describe('a fronted time with no comma before the subject', () => {
  it.each([
    ['Last week Tom Hill said the plan was dead.', 'Tom Hill'],
    ['Last year Democrats said the plan was dead.', 'Democrats'],
  ])('leaves the time out of the source: %s', (text, source) => {
    expect(only(extract(text)).source?.text).toBe(source);
  });
});

describe('an "-ing" modifier after a possessive noun inside a source', () => {
  it('keeps the possessive and the modifier in the source', () => {
    expect(only(extract("By a wide margin, more than two-thirds of the nation's rising generation predict they will do well.")).source?.text)
      .toBe("more than two-thirds of the nation's rising generation");
  });
});

describe('a plural noun the tagger reads as a verb before "and" in a joined subject', () => {
  it('takes both nouns into the source', () => {
    expect(only(extract('Though media reports and party sources described the push as impossible, delegates went on.')).source?.text)
      .toBe('media reports and party sources');
  });

  it('does not join a name and its verb to the subject after "and"', () => {
    expect(only(extract('Hill reports and Lee says the plan is dead.')).source?.text).toBe('Lee');
  });
});

describe('the cue phrase', () => {
  it.each([
    ['The vote was close. Tom Hill also said the plan would fail.', 'also said', 'SAID'],
    ['The vote was close. Ann Lee has repeatedly said the tax is unfair.', 'has repeatedly said', 'SAID'],
    ['The vote was close. Tom Hill did not immediately deny that he met the mayor.', 'did not immediately deny', 'DENIED'],
    ['The vote was close. Ann Lee went on to say the city of Dayton would pay.', 'went on to say', 'SAID'],
    ['The vote was close. Tom Hill has said repeatedly that the plan would fail.', 'has said repeatedly', 'SAID'],
  ])('takes the helpers and adverbs right before the cue into it, the act still read from the verb: %s', (text, cue, act) => {
    const statement = only(extract(text));
    expect(statement.cue?.text).toBe(cue);
    expect(statement.act).toBe(act);
    expect(text.slice(statement.cue?.start, statement.cue?.end)).toBe(cue);
  });

  it('binds "about" into an "asked" cue, what follows being the topic', () => {
    const statement = containing(extract('The vote was close. Tom Hill was asked about the new tax in Dayton.'), 'the new tax');
    expect(statement).toMatchObject({ text: 'the new tax in Dayton', act: 'ASKED' });
    expect(statement.cue?.text).toBe('was asked about');
  });

  it('reads "issued a statement Tuesday saying" as one cue, what the statement says the content', () => {
    const statement = only(extract('The vote was close. The Dayton council issued a statement Tuesday saying the tax would pass.'));
    expect(statement).toMatchObject({ text: 'the tax would pass', act: 'SAID' });
    expect(statement.cue?.text).toBe('issued a statement Tuesday saying');
  });

  it.each([
    ['The race went on. Ann Lee laid out her plan for Dayton.', 'laid out', 'her plan for Dayton'],
    ['The race went on. Tom Hill shrugged off the criticism.', 'shrugged off', 'the criticism'],
    ['The race went on. Ann Lee said up to forty people came.', 'said', 'up to forty people came'],
  ])('takes a particle before the object into the cue, not "up to" a number: %s', (text, cue, content) => expectCueAndContent(text, cue, content));

  it('stops the cue phrase at the source and at a comma', () => {
    const statement = only(extract('The vote was close. Tom Hill, however, later said the plan would fail.'));
    expect(statement.cue?.text).toBe('later said');
    expect(statement.source?.text).toBe('Tom Hill');
  });
});

describe('a colon as the cue', () => {
  it('takes the colon right after a name that introduces a quote as its cue', () => {
    const text = 'The vote was close.\n\nMore from Ann Lee: “The council in Dayton will never pass this plan.”';
    const statement = containing(extract(text), 'The council in Dayton');
    expect(statement.source?.text).toBe('Ann Lee');
    expect(statement.cue?.text).toBe(':');
    expect(text.slice(statement.cue?.start, statement.cue?.end)).toBe(':');
  });
});

describe('a cue closing its paragraph with a colon', () => {
  it('takes the whole unquoted paragraph after it as the content, not the lead-in before the source', () => {
    const statement = only(extract('Tom Hill was angry.\n\nIn a post on his blog, Hill wrote:\n\nThe council is wrong about the plan. It will cost Dayton millions.\nWe should stop it now.\n\nThe council did not respond.'));
    expect(statement.source?.text).toBe('Hill');
    expect(statement.cue?.text).toBe('wrote');
    expect(statement.text).toBe('The council is wrong about the plan. It will cost Dayton millions.\nWe should stop it now');
  });

  it('leaves an embedded post after the colon alone', () => {
    expect(extract('Tom Hill was angry.\n\nOne user tweeted:\n\n<tweet tweet-author="@annlee">The council is wrong.<tweet/>.\n\nThe council did not respond.').statements).toHaveLength(0);
  });
});

describe('the bare verb "point to" / "point out"', () => {
  it.each([
    ['The race went on. Labor leaders point out that Ann Lee could draw many voters.', 'point out', 'Labor leaders'],
    ['The race went on. Tom Hill would point to his long record in Dayton.', 'would point to', 'Tom Hill'],
  ])('reads it as a cue after someone who speaks: %s', (text, cue, source) => {
    const statement = only(extract(text), (found) => found.cue?.text === cue);
    expect(statement.source?.text).toBe(source);
  });

  it.each([
    'The race went on. The findings point to growing support for Ann Lee.',
    'The race went on. The very trends Tom Hill and his allies point to with alarm complicate the budget.',
  ])('reads no cue after evidence or before a stranded "to": %s', (text) => {
    expect(extract(text).statements.filter((statement) => /point/.test(statement.cue?.text ?? ''))).toHaveLength(0);
  });
});

describe('a quote after a sentence of only a source, its cue and where it spoke', () => {
  it('gives the quote to "Name said in a statement."', () => {
    const document = extract('The party lost in Dayton. Tom Hill, the spokesman for the party, said in a statement. “There are no ballots to recount. The vote was a unique event.”');
    const statement = only(document, (found) => found.text.startsWith('There are no ballots'));
    expect(statement.speaker).toBe('Tom Hill');
  });
});

describe('a contracted helper before the cue', () => {
  it('reads "’s"/"’d"/"’ve" before a speech verb as "has"/"had"/"have", the pronoun alone as the source', () => {
    const statement = only(extract('The vote in Dayton was close. Tom Hill spoke on Monday. We’ve argued that the plan would fail.'));
    expect(statement.source?.text).toBe('We');
    expect(statement.text).toBe('that the plan would fail');
    const relative = only(extract('The vote in Dayton was close. Ann Lee, who’s claimed that the plan would fail, spoke on Monday.'));
    expect(relative.source?.text).toBe('who');
    expect(relative.speaker).toBe('Ann Lee');
  });

  it('leaves "I’d add" (would) and a contraction before a participle of no speech verb alone', () => {
    expect(extract('The vote in Dayton was close. I’d add a park to the plan.').statements).toHaveLength(0);
    expect(extract('The vote in Dayton was close. We’ve learned five things about the plan.').statements).toHaveLength(0);
  });
});

describe('missed: attributions the finder used to miss', () => {
  it.each([
    ['The vote in Dayton was close. Tom Hill is stressing that the plan would fail.', 'Tom Hill', 'SAID', 'is stressing', 'that the plan would fail'],
    ['The vote in Dayton was close. Ann Lee congratulated Tom Hill on his victory.', 'Ann Lee', 'PRAISED', 'congratulated', 'Tom Hill on his victory'],
    ['The vote in Dayton was close. Ann Lee brushed off the criticism.', 'Ann Lee', 'DENIED', 'brushed off', 'the criticism'],
    ['The vote in Dayton was close. Tom Hill often mentions his granddaughter.', 'Tom Hill', 'SAID', 'often mentions', 'his granddaughter'],
    ['The vote in Dayton was close. Ann Lee later contradicted her own aides.', 'Ann Lee', 'SAID', 'later contradicted', 'her own aides'],
  ])('reads the verbs added to the lexicon, and other inflections of its speech verbs, as cues: %s', (text, speaker, act, cue, content) => {
    const statement = only(extract(text));
    expect(statement.speaker).toBe(speaker);
    expect(statement.act).toBe(act);
    expect(statement.cue?.text).toBe(cue);
    expect(statement.text).toBe(content);
  });
});

describe('cues …', () => {
  it.each([
    ['Ann Lee spoke in Dayton on Monday, mocking the mayor for his plan to raise taxes.', 'mocking', 'CRITICIZED', 'the mayor for his plan to raise taxes'],
    ['Tom Hill left the room, hoping that the council would vote against the plan.', 'hoping', 'BELIEVED', 'that the council would vote against the plan'],
  ])('reads the unlisted "-ing" form of a listed cue of stance after a comma as a participle clause: %s', (text, cue, act, content) => {
    const statement = only(extract(text));
    expect(statement.speaker).toBe(text.startsWith('Ann') ? 'Ann Lee' : 'Tom Hill');
    expect(statement.act).toBe(act);
    expect(statement.cue?.text).toBe(cue);
    expect(statement.text).toBe(content);
  });

  it('reads a listed "-ing" cue after a comma inside closing quote marks as a participle clause of its own', () => {
    const document = extract('Ann Lee said the plan was "reckless," noting that it would cost the city $9 million.');
    const noting = only(document, (found) => found.cue?.text === 'noting');
    expect(noting.speaker).toBe('Ann Lee');
    expect(noting.act).toBe('SAID');
    expect(noting.text).toBe('that it would cost the city $9 million');
    expect(only(document, (found) => found.cue?.text === 'said').text).toBe('the plan was "reckless,"');
  });

  it('leaves the "-ing" form of a plain act of the SAID list alone: "…, revealing a scar"', () => {
    expect(extract('Ann Lee rolled up her sleeve, revealing a scar on her arm.').statements).toHaveLength(0);
  });
});

describe('spurious: a content that says only where, when or why (a phrase of place, time or ground; a link)', () => {
  it.each([
    'The vote in Dayton was close. It is the sort of defeat that Tom Hill fears in the coming election.',
    'The vote in Dayton was close. Ann Lee would not share the figures when asked back in 2008, but they came out.',
    'The vote in Dayton was close. The plan was questioned on legal grounds.',
    'The vote in Dayton was close. Ann Lee wrote under the pen name “Ann Hill,” but it did not help.',
  ])('reads no statement from a cue followed only by "in/at/on/during/under/from …": %s', (text) => {
    expect(extract(text).statements).toHaveLength(0);
  });

  it('keeps the phrase after "believe in" and "voted in favor", a report that follows the phrase, and a phrase before a quote', () => {
    const belief = only(extract('The vote in Dayton was close. We believe in freedom of speech.'));
    expect([belief.source?.text, belief.act, belief.cue?.text, belief.text]).toEqual(['We', 'BELIEVED', 'believe', 'in freedom of speech']);
    const vote = only(extract('The vote in Dayton was close. Most members voted in favor of the plan.'));
    expect([vote.source?.text, vote.act, vote.cue?.text, vote.text]).toEqual(['Most members', 'SAID', 'voted', 'in favor of the plan']);
    const comment = only(extract('The vote in Dayton was close. Ann Lee commented on the plan.'));
    expect([comment.speaker, comment.act, comment.cue?.text, comment.text]).toEqual(['Ann Lee', 'SAID', 'commented on', 'the plan']);
    const report = only(extract('The vote in Dayton was close. Ann Lee said in an interview that the plan would fail.'));
    expect([report.speaker, report.act, report.cue?.text, report.text]).toEqual(['Ann Lee', 'SAID', 'said', 'that the plan would fail']);
    const quoted = only(extract("The vote was close. At day's end, however, Tom Hill said as he left, ''Finally, we are free'' to talk."), (found) => found.direct);
    expect([quoted.speaker, quoted.act, quoted.text]).toEqual(['Tom Hill', 'SAID', 'Finally, we are free']);
  });

  it.each([
    'The vote in Dayton was close. Tom Hill is a columnist. He tweets @thill42.',
    'The vote in Dayton was close. Ann Lee at the Dayton Post reports, http://dayt.on/1AbC.',
  ])('reads no statement from a link or a handle alone: %s', (text) => {
    expect(extract(text).statements).toHaveLength(0);
  });
});

describe('sources: the subject of a cue (a verb joined by "and" or "but", a time or a phrase between subject and verb)', () => {
  /** The statement of `text` whose cue is `cue` says `content`, and its source is `source`. */
  function expectSaid(text: string, cue: string, source: string, content: string): void {
    const statement = only(extract(text), (found) => found.cue?.text === cue);
    expect(statement.source?.text).toBe(source);
    expect(statement.act).toBe('SAID');
    expect(statement.text).toBe(content);
  }

  it.each([
    ['Judge Ann Lee put off deciding whether the group could question the mayor but said the group could come back later.', 'said', 'Judge Ann Lee', 'the group could come back later'],
    ['The mayor met with relatives of the workers killed on Thursday and said the city must act.', 'said', 'The mayor', 'the city must act'],
  ])('skips a verb inside the clause before the join: %s', expectSaid);

  it('reads a negated verb before the join as the clause\'s own: "did not mention …, but told"', () => {
    expectSaid('The race went on. Ann Lee did not mention Hill by name, but told city leaders that the country needs steady hands.', 'told', 'Ann Lee', 'that the country needs steady hands');
    const relative = only(extract('The race went on. Ann Lee, who was speaking to the mayors, did not mention Hill by name, but told city leaders that the country needs steady hands.'), (found) => found.cue?.text === 'told');
    expect(relative.source?.text).toBe('Ann Lee, who was speaking to the mayors');
  });

  it('keeps the subject of a plain clause before the join', () => {
    const statement = only(extract('The vote in Dayton was close. The council voted on Monday and said the plan failed.'), (found) => found.cue?.text === 'said');
    expect(statement.source?.text).toBe('The council');
    expect(statement.text).toBe('the plan failed');
  });

  it.each([
    ['The race went on. Paul Ryan a week ago said he could not yet support Hill.', 'said', 'Paul Ryan', 'he could not yet support Hill'],
    ['The race went on. He met Paul Ryan, who just a week ago surprised Hill by declaring he could not yet support him.', 'declaring', 'who', 'he could not yet support him'],
  ])('steps over a span of time before "ago" between the subject and its verb: %s', expectSaid);

  it('takes "who" as the subject past a prepositional phrase right after it: "who through his office declined"', () => {
    const statement = only(extract('The race went on. Judge Lee, who through his office declined to comment, was born in Dayton.'), (found) => found.cue?.text === 'declined');
    expect(statement.source?.text).toBe('who');
    expect(statement.speaker).toBe('Lee');
    expect(statement.act).toBe('SAID');
    expect(statement.text).toBe('to comment');
  });
});

describe('bounds: where a content ends', () => {
  /** The one statement of `text` has this speaker, act, cue and content. */
  const expectStatement = (text: string, speaker: string, act: string, cue: string, content: string): void => {
    const statement = only(extract(text));
    expect(statement.speaker).toBe(speaker);
    expect(statement.act).toBe(act);
    expect(statement.cue?.text).toBe(cue);
    expect(statement.text).toBe(content);
  };

  it('ends an object before ", but that" or "and it" with a verb of their own, the writer’s next clause', () => {
    expectStatement('The race went on. Ann Lee praised Tom Hill, but that has changed in recent days.', 'Ann Lee', 'PRAISED', 'praised', 'Tom Hill');
    expectStatement('The race went on. Ann Lee mocked the bridge plan and it failed in May.', 'Ann Lee', 'CRITICIZED', 'mocked', 'the bridge plan');
  });

  it('keeps a short subject before a source set off by commas when the words after it open with the verb', () => {
    expectStatement('The race went on. The new plan, Ann Lee said, never worked.', 'Ann Lee', 'SAID', 'said', 'The new plan, Ann Lee said, never worked');
    expectStatement('The race went on. In fact, Ann Lee said, the plan is dead.', 'Ann Lee', 'SAID', 'said', 'the plan is dead');
  });

  it('runs a reported clause on past an aside on its subject when a quote opens the verb after the aside', () => {
    expectStatement('The race went on. Ann Lee argued that the new bridge, which voters backed, “would not last a year.”', 'Ann Lee', 'SAID', 'argued',
      'that the new bridge, which voters backed, “would not last a year.”');
  });

  it('ends the object of a cue that takes no clause before "and" with a noun phrase and a helper verb', () => {
    const talked = only(extract('The race went on. Ann Lee has not talked about the bridge and her office did not respond to a request for comment.'),
      (statement) => statement.cue?.text === 'has not talked about');
    expect(talked.speaker).toBe('Ann Lee');
    expect(talked.act).toBe('SAID');
    expect(talked.text).toBe('the bridge');
    expectStatement('The race went on. Ann Lee declined to back the bridge and the council could not find the money.', 'Ann Lee', 'SAID', 'declined', 'to back the bridge');
  });

  it('keeps ", but that …" in a reported clause', () => {
    expectStatement('The race went on. Ann Lee said the plan was dead, but that it could come back.', 'Ann Lee', 'SAID', 'said', 'the plan was dead, but that it could come back');
  });
});

describe('subjects: where a source starts after a fronted phrase with no comma', () => {
  /** The one statement of `text` has this speaker, source mention, act, cue and content. */
  const expectSource = (text: string, speaker: string | null, mention: string, act: string, cue: string, content: string): void => {
    const statement = only(extract(text));
    expect(statement.speaker).toBe(speaker);
    expect(statement.source?.text).toBe(mention);
    expect(statement.act).toBe(act);
    expect(statement.cue?.text).toBe(cue);
    expect(statement.text).toBe(content);
  };

  it('starts the source at an abbreviated title after a common noun that names no person', () => {
    expectSource('The race went on. Saturday at the party convention Sen. Ann Lee said the bridge was a failure.', 'Ann Lee', 'Sen. Ann Lee', 'SAID', 'said',
      'the bridge was a failure');
    expectSource('The race went on. The state Sen. Ann Lee said the bridge was a failure.', 'Ann Lee', 'The state Sen. Ann Lee', 'SAID', 'said', 'the bridge was a failure');
  });

  it('starts the source at "the" right after a region that ends a fronted phrase', () => {
    expectSource('The race went on. After his rally in Dayton, Ohio the candidate went further and portrayed the protesters as thugs.', null, 'the candidate',
      'SAID', 'portrayed', 'the protesters as thugs');
  });
});

describe('quotes: quote marks next to cues', () => {
  it('goes on with the subject for a participle after a short quote, whose hearer is no source of the quote', () => {
    const telling = only(extract('The race went on. Ann Lee praised the vote as “fantastic,” telling reporters during a visit to Dayton that the plan would pass.'),
      (statement) => statement.cue?.text === 'telling');
    expect(telling.speaker).toBe('Ann Lee');
    expect(telling.act).toBe('SAID');
    expect(telling.text).toBe('that the plan would pass');
  });

  it('reads a short quoted title closing an appositive with its comma as part of the source', () => {
    const statement = only(extract('The race went on. Joe Hill, host of “Morning Hour,” suggested the plan would fail.'));
    expect(statement.speaker).toBe('Joe Hill');
    expect(statement.act).toBe('SAID');
    expect(statement.cue?.text).toBe('suggested');
    expect(statement.text).toBe('the plan would fail');
  });

  it('goes on with what a speaker was adding in the quote after her cue sentence', () => {
    const document = extract('The race went on. “The plan is dead,” Ann Lee said, adding that the council would vote again in May. “We will win that vote.”');
    const adding = containing(document, 'the council would vote again');
    expect(adding.cue?.text).toBe('adding');
    expect(adding.speaker).toBe('Ann Lee');
    expect(containing(document, 'We will win that vote').group).toBe(adding.group);
    expect(containing(document, 'The plan is dead').group).not.toBe(adding.group);
  });
});

describe('residue: plain speech verbs with words between cue and content', () => {
  it.each([
    // A short time between a cue and its infinitive says when; the infinitive is the content.
    ['The race went on. Ann Lee promised on Tuesday to veto the bridge plan.', 'Ann Lee', 'PROMISED', 'promised', 'to veto the bridge plan'],
    // "even" before the source of a relative clause is part of that clause.
    ['The race went on. Ann Lee gave a speech, which even critics say was her best.', 'critics', 'SAID', 'say', 'was her best'],
    // "say" between a plural subject and a verb is the verb of a relative clause, not the noun.
    ['The race went on. The city has a plan which many economists say is too costly.', 'many economists', 'SAID', 'say', 'is too costly'],
  ])('reads the one statement of %s', expectOneStatement);
});

describe('quotes: quotes over paragraphs, their extents and groups', () => {
  it('splits a quote running over paragraphs where its last paragraph is handed to a cue of its own', () => {
    const document = extract('Ann Lee said: “The plan is dead in Dayton.\n\n“We will not pass it this year,” Tom Hill said. “Nobody wants it.”');
    const first = containing(document, 'The plan is dead');
    expect([first.speakerMention?.text, first.act, first.cue?.text, first.text]).toEqual(['Ann Lee', 'SAID', 'said', 'The plan is dead in Dayton.']);
    const second = containing(document, 'We will not pass');
    expect([second.speakerMention?.text, second.act, second.cue?.text, second.text]).toEqual(['Tom Hill', 'SAID', 'said', 'We will not pass it this year,']);
    expect(containing(document, 'Nobody wants it').group).toBe(second.group);
    expect(first.group).not.toBe(second.group);
  });

  it.each([
    ['The vote was close. Ann Lee claims “Tom Hill is the conservative you can trust.”', 'Ann Lee', 'CLAIMED', 'claims', 'Tom Hill is the conservative you can trust.'],
    ['The vote was close. Ann Lee yelled “You lie!” at the mayor.', 'Ann Lee', 'SAID', 'yelled', 'You lie!'],
  ])('reads a whole sentence quoted right after a cue as the words it reports: %s', (text, mention, act, cue, content) => {
    const statement = only(extract(text));
    expect([statement.speakerMention?.text, statement.act, statement.cue?.text, statement.text, statement.direct]).toEqual([mention, act, cue, content, true]);
  });

  it('reads no statement in a quoted title after a cue word, every word capitalised', () => {
    expect(extract('The vote was close. Ann Lee starred in a reality show called “The Big Win.”').statements).toHaveLength(0);
  });

  it('ends a reported clause at a colon whose quote is handed on to a cue after it, the quote that cue\'s', () => {
    const document = extract('After the vote, Ann Lee asserted that the plan had failed: “Dayton is no longer Dayton,” she said.');
    const reported = containing(document, 'the plan had failed');
    expect([reported.speakerMention?.text, reported.act, reported.cue?.text, reported.text]).toEqual(['Ann Lee', 'CLAIMED', 'asserted', 'that the plan had failed']);
    const quote = containing(document, 'Dayton is no longer');
    expect([quote.speakerMention?.text, quote.act, quote.cue?.text, quote.text, quote.direct]).toEqual(['she', 'SAID', 'said', 'Dayton is no longer Dayton,', true]);
  });
});

describe('sources: spans of the source before the cue', () => {
  it.each([
    // A name and the verb of its own clause before a relative word make the run a clause: the subject after "at which" is the source.
    ['The race went on. Ann Lee used the phrase at a town hall at which she predicted that the bridge would never open.', 'she', 'BELIEVED', 'predicted',
      'that the bridge would never open'],
    ['The race went on. Ann Lee huddled briefly with party leaders announced they would back the plan.', 'party leaders', 'SAID', 'announced',
      'they would back the plan'],
  ])('reads the one statement of %s', (text, source, act, cue, content) => {
    const statement = only(extract(text));
    expect([statement.source?.text, statement.act, statement.cue?.text, statement.text]).toEqual([source, act, cue, content]);
  });
});

describe('cues: cue constructions that were missed outright', () => {
  it.each([
    // The participles of the verbs of getting a stance ("has drawn", "has gotten") read as their past tenses do.
    ['The race went on. The bridge plan has drawn sharp criticism from Ann Lee.', 'Ann Lee', 'SAID', 'has drawn sharp criticism', 'The bridge plan'],
    ['The race went on. The bridge plan has gotten praise from Ann Lee.', 'Ann Lee', 'PRAISED', 'has gotten praise', 'The bridge plan'],
    // An adjective of intent after "be" or "been", or after a word of degree, still takes its infinitive as the content.
    ['The race went on. Ann Lee was more eager to talk about the bridge plan.', 'Ann Lee', 'SAID', 'was more eager', 'to talk about the bridge plan'],
    ["The race went on. The mayor's aides have been eager to ensure that the plan passes.", "The mayor's aides", 'SAID', 'have been eager', 'to ensure that the plan passes'],
    // "first reported by" as an aside after the subject's comma, or after "as": the clause around it is what the outlet reported.
    ['The race went on. The bridge plan, first reported by the Daily Planet, is far too costly.', 'Daily Planet', 'SAID', 'first reported by',
      'The bridge plan, first reported by the Daily Planet, is far too costly'],
    ['The race went on. The vote was delayed again, as first reported by the Daily Planet.', 'Daily Planet', 'SAID', 'as first reported by', 'The vote was delayed again'],
  ])('reads the one statement of %s', expectOneStatement);
});

describe('content: where a content starts and ends', () => {
  it.each([
    // The "-ed" half of a hyphenated compound describes a noun: the object ends before "and" with the subject's next verb.
    ['The race went on. Young voters overwhelmingly rejected the self-described socialist and handed Ann Lee her lead in the state.', 'Young voters', 'DENIED',
      'overwhelmingly rejected', 'the self-described socialist'],
    // A cue with no object of its own, in a relative clause: what it is about is the pronoun or the noun phrase before its subject.
    ['The race went on. Acme filed a complaint, which Ann Lee has denied.', 'Ann Lee', 'DENIED', 'has denied', 'which'],
    ['The race went on. That is what Ann Lee talks about.', 'Ann Lee', 'SAID', 'talks about', 'what'],
    ['The race went on. The council is stuck with a mayor who many voters have criticized.', 'many voters', 'CRITICIZED', 'have criticized', 'who'],
    ['The race went on. Ann Lee has a son in the Marines, a fact she often mentions in speeches.', 'she', 'SAID', 'often mentions', 'a fact'],
  ])('reads the one statement of %s', expectOneStatement);

  it('reads no statement from a bare noun before a relative clause with no object', () => {
    expect(extract('The race went on. Acme later bought companies he criticized.').statements).toEqual([]);
  });
});

describe('spurious (session 17): cue verbs used for a likeness or a question, not for words', () => {
  const statementOf = (text: string) => {
    const statement = only(extract(text));
    return [statement.speaker, statement.act, statement.cue?.text, statement.text];
  };

  it('reads no words in "reminds us of", but keeps "reminded us that"', () => {
    expect(extract('The race went on. Tom Hill reminds us of an old uncle.').statements).toEqual([]);
    expect(statementOf('The race went on. Ann Lee reminded us that the vote was close.')).toEqual(['Ann Lee', 'SAID', 'reminded', 'that the vote was close']);
  });

  it('reads no view in "what people think of", but keeps one that is given', () => {
    expect(extract('The race went on. What do you think of the bridge plan?').statements).toEqual([]);
    expect(extract('The race went on. Her fate hangs on what voters think of Ann Lee.').statements).toEqual([]);
    const view = only(extract('The race went on. Tom Hill thinks of the race as a job interview.'));
    expect([view.speaker, view.act, view.cue?.text, view.text]).toEqual(['Tom Hill', 'BELIEVED', 'thinks of', 'the race as a job interview']);
  });

  it('reads no words in going on with a deed, but keeps going on with words', () => {
    expect(extract('The race went on. Tom Hill continued campaigning on Friday with Ann Lee.').statements).toEqual([]);
    expect(extract('The race went on. Ann Lee continued to grow her lead.').statements).toEqual([]);
    expect(extract('The race went on. The protests continued unabated.').statements).toEqual([]);
    expect(statementOf('The race went on. Ann Lee continued saying the vote was rigged.')).toEqual(['Ann Lee', 'SAID', 'continued', 'saying the vote was rigged']);
    expect(statementOf('The race went on. Ann Lee continued to insist that she won.')).toEqual(['Ann Lee', 'SAID', 'continued to insist', 'that she won']);
  });

  it('reads no view in a worry caused in others or in an idiom of thinking, but keeps a worry or a thought voiced', () => {
    expect(extract('The race went on. The remark worried some analysts and activists, who spoke out.').statements).toEqual([]);
    expect(extract('The race went on. Voters will think twice before they vote.').statements).toEqual([]);
    expect(statementOf('The race went on. Tom Hill worries the party would lose.')).toEqual(['Tom Hill', 'BELIEVED', 'worries', 'the party would lose']);
    const said = only(extract('The race went on. Tom Hill thought for a moment and said the plan was dead.'));
    expect([said.speaker, said.act, said.cue?.text, said.text]).toEqual(['Tom Hill', 'SAID', 'said', 'the plan was dead']);
  });

  it('reads no question in a bare name or pronoun asked about, but keeps a topic asked about', () => {
    expect(extract('The race went on. Tom Hill was asked about it during the debate on Thursday.').statements).toEqual([]);
    const answer = only(extract('The race went on. “It is a disgrace,” Ann Lee said when asked about Tom Hill.'));
    expect([answer.speaker, answer.act, answer.cue?.text, answer.text]).toEqual(['Ann Lee', 'SAID', 'said', 'It is a disgrace,']);
    const asked = only(extract('The race went on. Asked about the plan after the debate, Ann Lee said it would fail.'), (statement) => statement.act === 'ASKED');
    expect([asked.speaker, asked.act, asked.cue?.text, asked.text]).toEqual([null, 'ASKED', 'Asked about', 'the plan']);
  });
});

describe('cshort (session 18): contents that go on past their first stop', () => {
  it.each([
    // A front clause set off by the source and cue goes on after ", and" with a verb of its own subject.
    ['The race went on. The mayor had no unpaid debts, the bank added, and had repaid every loan on time.', 'the bank', 'SAID', 'added',
      'The mayor had no unpaid debts, the bank added, and had repaid every loan on time'],
    // … and after ", but" with a subject and a verb.
    ['The race went on. Ann Lee may not win the county this year, party leaders say, but she is still the favorite in the state.', 'party leaders', 'SAID', 'say',
      'Ann Lee may not win the county this year, party leaders say, but she is still the favorite in the state'],
    // A setting fronted inside a reported "that" clause: the subject and verb after its comma are the clause's own, not a new source and cue.
    ['The race went on. Ann Lee disclosed that after the vote, Tom Hill called her to apologize.', 'Ann Lee', 'SAID', 'disclosed',
      'that after the vote, Tom Hill called her to apologize'],
    ['The race went on. The prosecutors argued that although Hill confessed, he showed no remorse.', 'The prosecutors', 'SAID', 'argued',
      'that although Hill confessed, he showed no remorse'],
  ])('reads the one statement of %s', expectOneStatement);

  it('ends a content at a fronted clause\'s comma only when the cue stands inside that clause', () => {
    const noted = only(extract('As Tom Hill covered old ground, Ann Lee noted that even in little things, the mayor was out of step with voters.'), (found) => found.cue?.text === 'noted');
    expect([noted.speakerMention?.text, noted.act, noted.text]).toEqual(['Ann Lee', 'SAID', 'that even in little things, the mayor was out of step with voters']);
    const inside = only(extract('While Ann Lee said the plan was dead, she kept funding it.'), (found) => found.cue?.text === 'said');
    expect([inside.speakerMention?.text, inside.act, inside.text]).toEqual(['Ann Lee', 'SAID', 'the plan was dead']);
  });

  it('still hands a fronted "that" clause on to a plain verb of speech after its comma', () => {
    const said = only(extract('The race went on. Ann Lee admitted that while the plan was never central, she said it mattered.'), (found) => found.cue?.text === 'said');
    expect([said.speakerMention?.text, said.act, said.text]).toEqual(['she', 'SAID', 'it mattered']);
  });
});

describe('spur: constructions that report no words', () => {
  it('reads no words in writing or publishing a work, but keeps a work that goes on to what it says', () => {
    expect(extract('The race went on. Ann Lee wrote a children\'s book. Tom Hill published a column in the Dayton Gazette.').statements).toEqual([]);
    expect(extract('The race went on. Tom Hill wrote a letter on Monday to the city clerk.').statements).toEqual([]);
    expectOneStatement('The race went on. Ann Lee wrote a letter to the mayor asking him to resign.', 'Ann Lee', 'SAID', 'wrote', 'a letter to the mayor asking him to resign');
    expectOneStatement('The race went on. Tom Hill wrote that the plan had failed.', 'Tom Hill', 'SAID', 'wrote', 'that the plan had failed');
  });

  it('reads no words in renewing a thing or in remembering one, but keeps a recollection voiced', () => {
    expect(extract('The race went on. The network renewed the Acme Hour for a seventh season.').statements).toEqual([]);
    expect(extract('The race went on. We remember nothing else about Ann Lee.').statements).toEqual([]);
    expectOneStatement('The race went on. Tom Hill recalled that the vote was close.', 'Tom Hill', 'SAID', 'recalled', 'that the vote was close');
  });

  it('reads no words in requesting anonymity, but keeps a request voiced', () => {
    expect(extract('The race went on. The aide requested anonymity to discuss the talks.').statements).toEqual([]);
    expectOneStatement('The race went on. Ann Lee requested that the vote be delayed.', 'Ann Lee', 'SAID', 'requested', 'that the vote be delayed');
  });
});

describe('source (session 18): the subject of a cue when the noun phrase before it is only an object inside that subject', () => {
  /** The one statement of `text` has this source, act, cue and content. */
  function expectSource(text: string, source: string, act: string, cue: string, content: string): void {
    const statement = only(extract(text));
    expect([statement.source?.text, statement.act, statement.cue?.text, statement.text]).toEqual([source, act, cue, content]);
  }

  it.each([
    // A focusing adverb before a noun described by a restrictive relative clause: the noun with its clause speaks, not the clause's object.
    ['The race went on. Even voters who backed Ann Lee warned that the party could split.', 'voters who backed Ann Lee', 'WARNED', 'warned', 'that the party could split'],
    ['The race went on. So even economists who favor the plan agree that it will be slow.', 'economists who favor the plan', 'SAID', 'agree', 'that it will be slow'],
  ])('reads the source of %s', expectSource);

  it('gives a participle joined by "and" to a participle whose subject follows "with" the same subject', () => {
    const vowed = only(extract('The race went on. Acme stepped up pressure on Dayton on Saturday, with top officials praising its plan and vowing to stay in the region.'),
      (statement) => statement.cue?.text === 'vowing');
    expect([vowed.source?.text, vowed.act, vowed.text]).toEqual(['top officials', 'PROMISED', 'to stay in the region']);
  });

  it('reads no statement from a participle that modifies the subject of "be" or "have", but keeps its verb of saying', () => {
    expect(extract('The race went on. Most of the refugees admitted to the United States are young.').statements).toEqual([]);
    expect(extract('The race went on. The address listed on the form is a car lot.').statements).toEqual([]);
    expectSource('The race went on. A video posted to her Facebook page shows that the crowd cheered.', 'A video posted to her Facebook page', 'SAID', 'shows', 'that the crowd cheered');
  });

  it.each([
    // An adverb of time between the noun and its participle: the participle still modifies the subject of the verb after its phrase.
    ['The race went on. A textbook just published for pupils explains that the war was won.', 'A textbook just published for pupils', 'SAID', 'explains', 'that the war was won'],
    ['The race went on. Rules recently issued by the city say that schools must comply.', 'Rules recently issued by the city', 'SAID', 'say', 'that schools must comply'],
  ])('reads the subject with its participle in %s', expectSource);
});

describe('cend (session 18): where a content ends before the writer\'s tail', () => {
  it.each([
    // A noun summing up the act, after a comma or an opening dash, is the writer's comment on it.
    ['The race went on. Tom Hill has been embracing his record, something that could help him with older voters.', 'Tom Hill', 'SAID', 'has been embracing', 'his record'],
    ['The race went on. Ann Lee praised Tom Hill for cutting fees - moves that pleased the council.', 'Ann Lee', 'PRAISED', 'praised', 'Tom Hill for cutting fees'],
    ['The race went on. Ann Lee said that she would not vote for the plan — a bold step she has made before.', 'Ann Lee', 'SAID', 'said', 'that she would not vote for the plan'],
    ['The race went on. Ann Lee reported holding shares in Acme and Bolt — all firms that moved jobs abroad.', 'Ann Lee', 'SAID', 'reported', 'holding shares in Acme and Bolt'],
    // Between a pair of dashes or commas inside the content's subject, it stays.
    ['The race went on. Ann Lee said the plan — a move that many backed — was dead.', 'Ann Lee', 'SAID', 'said', 'the plan — a move that many backed — was dead'],
    ['The race went on. Ann Lee said the ban, a move that many backed, was dead.', 'Ann Lee', 'SAID', 'said', 'the ban, a move that many backed, was dead'],
    // After a short object with no verb of its own, a relative clause is the writer's too, unless the cue's phrase goes on after it.
    ['The race went on. Ann Lee never mentioned Tom Hill, who trailed her by ten points.', 'Ann Lee', 'SAID', 'never mentioned', 'Tom Hill'],
    ['The race went on. Ann Lee praised Tom Hill, who left the race, as a fighter.', 'Ann Lee', 'PRAISED', 'praised', 'Tom Hill, who left the race, as a fighter'],
    ['The race went on. Ann Lee said Tom Hill, who left the race, was a fighter.', 'Ann Lee', 'SAID', 'said', 'Tom Hill, who left the race, was a fighter'],
    // The speaker's own statement or interview after an object is the writer's, unless the content goes on after it.
    ['The race went on. Ann Lee touted her recent wins in caucuses in her opening statement on Thursday.', 'Ann Lee', 'SAID', 'touted', 'her recent wins in caucuses'],
    ['The race went on. Ann Lee expressed frustration in an interview that the plan had failed.', 'Ann Lee', 'SAID', 'expressed', 'frustration in an interview that the plan had failed'],
    ['The race went on. Ann Lee thanked her supporters at a victory rally in Dayton.', 'Ann Lee', 'PRAISED', 'thanked', 'her supporters'],
    ['The race went on. Ann Lee plans to unveil her plan at a campaign stop in Dayton.', 'Ann Lee', 'SAID', 'plans', 'to unveil her plan at a campaign stop in Dayton'],
    // The terms of the telling are the writer's.
    ['The race went on. Ann Lee confirmed the meeting on the condition of anonymity because she was not allowed to speak.', 'Ann Lee', 'CONFIRMED', 'confirmed', 'the meeting'],
  ])('reads the one statement of %s', expectOneStatement);
});

describe('core: common cues whose subject or cue reading failed', () => {
  it.each([
    ['The race went on. Hedge, who appraises farms for Acme, said the market had recovered.', 'Hedge', 'SAID', 'said', 'the market had recovered'],
    ['The race went on. "We never discussed that," warm-and-fuzzy Tom Hill said.', 'Tom Hill', 'SAID', 'said', 'We never discussed that,'],
    ['The race went on. "They have to choose between rent and food," Save Our Parks campaign director Ann Lee told reporters.', 'Ann Lee', 'SAID', 'told', 'They have to choose between rent and food,'],
    ['The race went on. Other officers with no part in the case met in Dayton and said the plan was sound.', 'Other officers', 'SAID', 'said', 'the plan was sound'],
    ['The race went on. And then Ann Lee went on the attack, saying the plan was dead.', 'Ann Lee', 'SAID', 'saying', 'the plan was dead'],
  ])('finds the subject of the cue: %s', expectOneStatement);

  it.each([
    ['The race went on. The Dayton Courier reports Ann Lee will endorse Tom Hill.', 'Dayton Courier', 'SAID', 'reports', 'Ann Lee will endorse Tom Hill'],
    ['The race went on. The survey asks whether each resident was born in Ohio.', 'The survey', 'ASKED', 'asks', 'whether each resident was born in Ohio'],
  ])('reads a present tense the tagger took for a noun as the cue: %s', expectOneStatement);

  it('keeps the whole title run and the whole subject with its phrase as the source', () => {
    const told = only(extract('The race went on. "They have to choose between rent and food," Save Our Parks campaign director Ann Lee told reporters.'));
    expect(told.source?.text).toBe('Save Our Parks campaign director Ann Lee');
    const joined = only(extract('The race went on. Other officers with no part in the case met in Dayton and said the plan was sound.'));
    expect(joined.source?.text).toBe('Other officers with no part in the case');
  });

  it('reads a relative clause without "that" and with an auxiliary as part of the subject', () => {
    const said = only(extract('The race went on. The voters we have met in Dayton say the plan is dead.'));
    expect([said.source?.text, said.act, said.cue?.text, said.text]).toEqual(['The voters we have met in Dayton', 'SAID', 'say', 'the plan is dead']);
  });

  it('reads a plural the tagger took for a verb after a relative pronoun as the subject of a verb of saying', () => {
    const said = only(extract('The race went on. The files held the data that investigators said they found on her laptop.'), (found) => found.cue?.text === 'said');
    expect([said.source?.text, said.act, said.text]).toEqual(['investigators', 'SAID', 'they found on her laptop']);
  });

  it('steps over a long parenthesis after the name', () => {
    const said = only(extract('The race went on. Ann Lee (a Dayton Democrat so young she is taken for an aide) says she was lost.'));
    expect([said.source?.text, said.act, said.cue?.text, said.text]).toEqual(['Ann Lee (a Dayton Democrat so young she is taken for an aide)', 'SAID', 'says', 'she was lost']);
  });

  it('reads no question in a plural noun before a relative "who"', () => {
    expect(extract('The race went on. Ann Lee mocked the deficit scolds who run the party.').statements.filter((statement) => statement.cue?.text === 'scolds')).toEqual([]);
  });
});

describe('bugs: small attribution fixes', () => {
  it.each([
    ['The race went on. “We could win this time…” Ann Lee said.', 'Ann Lee', 'SAID', 'said', 'We could win this time…'],
    ['The race went on. "We could win this time..." she said, not finishing.', 'she', 'SAID', 'said', 'We could win this time...'],
  ])('gives a quote trailing off into an ellipsis to the cue right after it: %s', (text, mention, act, cue, content) => {
    const statement = containing(extract(text), 'We could win');
    expect([statement.speakerMention?.text, statement.act, statement.cue?.text, statement.text]).toEqual([mention, act, cue, content]);
  });

  it('goes back over an age between commas to the name before an appositive', () => {
    const said = only(extract("The race went on. ''We will win this time,'' Ann Lee, 67, a teacher in Dayton, Ohio, said."));
    expect([said.speakerMention?.text, said.act, said.cue?.text, said.text]).toEqual(['Ann Lee', 'SAID', 'said', 'We will win this time,']);
  });

  it('reads a noun with a negated post-modifier as one subject', () => {
    const told = only(extract('The race went on. One delegate not on the Lee slate, Kim Hill, told reporters she was leaning toward Lee.'));
    expect([told.source?.text, told.act, told.cue?.text, told.text]).toEqual(['One delegate not on the Lee slate, Kim Hill', 'SAID', 'told', 'she was leaning toward Lee']);
  });

  it('keeps the relative clause of an inverted source before a quote with the source', () => {
    const said = only(extract('The race went on. Said Ann Lee, who runs a shop in Dayton, “We were all so proud of him.”'));
    expect([said.source?.text, said.act, said.cue?.text, said.text]).toEqual(['Ann Lee, who runs a shop in Dayton', 'SAID', 'Said', 'We were all so proud of him.']);
  });
});

describe('paras: direct quotes', () => {
  it.each([
    ['The race went on. Acme workers interrupted her speech, shouting “she wins, we lose!”', 'Acme workers', 'SAID', 'shouting', 'she wins, we lose!'],
    ['The race went on. The protesters marched on Monday, chanting "Lee out, Hill in," as the doors opened.', 'The protesters', 'SAID', 'chanting', 'Lee out, Hill in,'],
  ])('reads a verb of voicing right before a quote as its cue: %s', expectOneStatement);

  it.each([
    ['The race went on. But their chants of “Lee! Lee!” were cut short when the news came.', 'their', 'SAID', 'chants of', 'Lee! Lee!'],
    ['The race went on. The crowd broke into loud chants of "Lock him up!" as she spoke.', 'The crowd', 'SAID', 'chants of', 'Lock him up!'],
    ['The race went on. Tom Hill roused the crowd to loud chants of "Lock him up!" as she spoke.', 'the crowd', 'SAID', 'chants of', 'Lock him up!'],
  ])('reads a noun of voicing with "of" right before a quote as its cue: %s', expectOneStatement);

  it('reads no cue in a verb of voicing without a quote', () => {
    expect(extract('The race went on. The meeting turned into a shouting match.').statements).toEqual([]);
  });
});

describe('spur2: no content in a lone linking word, no speaker in a section label', () => {
  it.each([
    ['The race went on. Ann Lee responded first.'],
    ['The race went on. Only ten percent of voters said otherwise.'],
    ['The race went on. Tom Hill mentioned later.'],
    ['The race went on. Ann Lee defended herself.'],
    ['Delegate Update: The latest count in the race. The race went on.'],
    ['Paid Notice: Deaths LEE, ANN. The race went on.'],
  ])('reads no statement in one ordering, linking, comparing or reflexive word after a cue, nor in a label headed by a page section: %s', (text) => {
    expect(extract(text).statements).toEqual([]);
  });

  it.each([
    ['The race went on. Ann Lee said so.', 'Ann Lee', 'SAID', 'said', 'so'],
    ['Ann Lee: The plan is dead. The race went on.', 'Ann Lee', 'SAID', ':', 'The plan is dead'],
  ])('keeps "so" as the content it stands for, and a name before a colon as the speaker: %s', expectOneStatement);
});

describe('speech: plain speech verbs', () => {
  it('ends an inverted source before what the speaker was asked', () => {
    const said = only(extract('The race went on. “We will win,” said Ann Lee, asked about reports that she had won a prize.'), (statement) => statement.act === 'SAID');
    expect([said.source?.text, said.act, said.cue?.text, said.text]).toEqual(['Ann Lee', 'SAID', 'said', 'We will win,']);
  });

  it('reads "the two" after a quote as its source', () => {
    const said = only(extract('The race went on. Lee and Hill met on Monday. “We will both run,” the two said.'));
    expect([said.source?.text, said.act, said.cue?.text, said.text]).toEqual(['the two', 'SAID', 'said', 'We will both run,']);
  });

  it.each([
    ['The race went on. Ann Lee said she would cut farm taxes — a costly proposal she has raised before.', 'Ann Lee', 'SAID', 'said', 'she would cut farm taxes'],
    ['The race went on. Ann Lee said she was pleased with the bridge — a modest boost for the mayor.', 'Ann Lee', 'SAID', 'said', 'she was pleased with the bridge'],
  ])('ends the content before a dash that opens a noun summing up what was said: %s', expectOneStatement);

  it('keeps an inverted source closing the sentence when a relative clause that reports follows it', () => {
    const say = only(extract('The race went on. A quieter mayor may be good for the town, say some voters, who added that Hill would win.'), (statement) => statement.cue?.text === 'say');
    expect([say.source?.text, say.act, say.cue?.text, say.text]).toEqual(['some voters', 'SAID', 'say', 'A quieter mayor may be good for the town']);
  });
});

describe('verbprep: verbs of stance that are a cue only with their words after them', () => {
  const expectNoStatement = (text: string) => expect(extract(text).statements).toEqual([]);

  it.each([
    ['The race went on. Ann Lee has pushed for a new tax on banks.', 'Ann Lee', 'SAID', 'has pushed for', 'a new tax on banks'],
    ['The race went on. Tom Hill will call for a recount.', 'Tom Hill', 'SAID', 'will call for', 'a recount'],
    ['The race went on. Ann Lee lashed out at the mayor.', 'Ann Lee', 'SAID', 'lashed out at', 'the mayor'],
    ['The race went on. Tom Hill bristled at the suggestion that he had lost.', 'Tom Hill', 'SAID', 'bristled at', 'the suggestion that he had lost'],
    ['The race went on. Ann Lee came out against the Acme merger.', 'Ann Lee', 'SAID', 'came out against', 'the Acme merger'],
    ['The race went on. Tom Hill doubled down on his remarks.', 'Tom Hill', 'SAID', 'doubled down on', 'his remarks'],
    ['The race went on. Ann Lee hints at a new plan.', 'Ann Lee', 'SAID', 'hints at', 'a new plan'],
    ['The race went on. Tom Hill opened up about his years in Dayton.', 'Tom Hill', 'SAID', 'opened up about', 'his years in Dayton'],
    ['The race went on. Ann Lee has spoken out in favor of the plan.', 'Ann Lee', 'SAID', 'has spoken out in favor of', 'the plan'],
    ['The race went on. Tom Hill distanced himself from the Acme deal.', 'Tom Hill', 'SAID', 'distanced himself from', 'the Acme deal'],
    ['The race went on. The skit poked fun at Ann Lee.', 'The skit', 'SAID', 'poked fun at', 'Ann Lee'],
    ['The race went on. Tom Hill sided with the unions.', 'Tom Hill', 'SAID', 'sided with', 'the unions'],
  ])('reads the verb with its words as the cue, its object the content: %s', expectOneStatement);

  it.each([
    'The race went on. His push for a tax drew fire.',
    'The race went on. Voters heed her call for change.',
    'The race went on. Ann Lee opened up a big lead.',
    'The race went on. It would undo the rules Acme has pushed for. In May the deal closed.',
  ])('reads no cue in the noun, another particle or a stranded preposition: %s', expectNoStatement);

  it.each([
    ['The race went on. Instead, Ann Lee focused on the mayor.', 'Ann Lee', 'SAID', 'focused on', 'the mayor'],
    ['The race went on. Tom Hill has also focused on schools.', 'Tom Hill', 'SAID', 'has also focused on', 'schools'],
  ])('reads what people focus on as their stance: %s', expectOneStatement);

  it.each([
    'The race went on. The debate focused on schools.',
    'The race went on. Debates between Ann Lee and Tom Hill have focused on schools.',
    'The race went on. Tom Hill is focused on building Acme.',
  ])('reads no cue in what a debate focuses on, or in being focused: %s', expectNoStatement);

  it('reads "is accused of" as a charge with no source, the subject and the charge its content', () => {
    const accused = only(extract('The race went on. Tom Hill is accused of fraud in Dayton.'));
    expect([accused.source, accused.act, accused.cue?.text, accused.text]).toEqual([null, 'ACCUSED', 'is accused', 'Tom Hill is accused of fraud in Dayton']);
    expectNoStatement('The race went on. It is the fraud that Tom Hill is accused of.');
  });

  it('reads "upbeat about" after a form of "be" as a stance', () => {
    expectOneStatement('The race went on. Tom Hill was more upbeat about the plan.', 'Tom Hill', 'SAID', 'was more upbeat about', 'the plan');
  });
});

describe('wsrc: source spans', () => {
  it.each([
    ['The race went on. Police receive 911 calls saying shots were fired.', '911 calls', 'SAID', 'saying', 'shots were fired'],
    ['The race went on. Ann Lee’s newly installed campaign chief said that the plan was weak.', 'Ann Lee’s newly installed campaign chief', 'SAID', 'said', 'that the plan was weak'],
    ['The race went on. Speaking to “Hill Talk,” Acme’s pollster and strategist Tom Hill said the plan was weak.', 'Acme’s pollster and strategist Tom Hill', 'SAID', 'said', 'the plan was weak'],
    ['The race went on. During an interview on “Hill Live,” Ann Lee, the hacker known as “Blue Fox,” stated that she had access to the server.', 'Ann Lee, the hacker known as “Blue Fox', 'SAID', 'stated', 'that she had access to the server'],
  ])('reads the whole source phrase: %s', (text, source, act, cue, content) => {
    const statement = only(extract(text));
    expect([statement.source?.text, statement.act, statement.cue?.text, statement.text]).toEqual([source, act, cue, content]);
  });
});

describe('wsrc: quotes after a colon', () => {
  it('gives both halves of a quote split by its own cue to the cue that introduced it before the colon', () => {
    const statement = only(extract('The vote was close. Tom Hill fired back: “As a guardian of the plan,” he wrote, “we know you are rooting for it too.”'));
    expect([statement.source?.text, statement.act, statement.cue?.text, statement.text]).toEqual(['Tom Hill', 'SAID', 'fired back', '“As a guardian of the plan,” he wrote, “we know you are rooting for it too.”']);
  });
});

describe('dquote: direct quotes', () => {
  it('keeps a curly quote nested in a curly quote inside it', () => {
    expectOneStatement(
      'The race went on. Ann Lee tweeted: “Fans wearing “Vote Lee” shirts cheered at the rally. Great day.” Then she left.',
      'Ann Lee', 'SAID', 'tweeted', 'Fans wearing “Vote Lee” shirts cheered at the rally. Great day.',
    );
  });

  it('keeps a phrase quoted inside the writer\'s clause after the cue out of the quote before it', () => {
    expectOneStatement(
      'The polls opened late. “It was truly shameful,” said Ann Lee, who waited in a “very long line snaking around” the school for hours.',
      'Ann Lee', 'SAID', 'said', 'It was truly shameful,',
    );
  });
});

describe('overlap20: a negated cue joined after a content', () => {
  it('ends the content before "but did not" and a cue, which starts an attribution of the same source', () => {
    const statements = extract('The race went on. Ann Lee said that she would back the winner but did not suggest it would be Tom Hill.').statements;
    expect(statements.map((statement) => [statement.source?.text, statement.act, statement.cue?.text, statement.text])).toEqual([
      ['Ann Lee', 'SAID', 'said', 'that she would back the winner'],
      ['Ann Lee', 'SAID', 'did not suggest', 'it would be Tom Hill'],
    ]);
  });
});

describe('fp20: sources that are no speakers', () => {
  it.each([
    'The week ended in Ann Lee’s suggestion that the mayor resign.',
    'The plan was mocked in a video posted to her Facebook account.',
    'The talks collapsed in Acme’s announcement that it would leave.',
  ])('finds no speaker in the object of a preposition before a cue: %s', (text) => {
    expect(extract(text).statements).toHaveLength(0);
  });

  it.each([
    'The memo is a guide to how voters should think about the race.',
    'The study looks at how markets respond when wages rise.',
  ])('finds no speaker in a question opened by "how": %s', (text) => {
    expect(extract(text).statements).toHaveLength(0);
  });

  it.each([
    'The city holds an open primary, which allows voters of any party to vote for whomever they like.',
    'The win puts Ann Lee atop the party’s ticket.',
  ])('reads no words in a verb of enabling or placing: %s', (text) => {
    expect(extract(text).statements).toHaveLength(0);
  });

  it('still takes the same noun phrase as the source when it opens the clause', () => {
    expectOneStatement('The week ended badly. Acme announced that it would leave.', 'Acme', 'SAID', 'announced', 'that it would leave');
  });
});

describe('cuefound: content boundaries around a found cue', () => {
  it('keeps a preposition the cue takes in the cue when a comma closes its object', () => {
    expectOneStatement('The race went on. Ann Lee agreed with much of the plan, but the mayor rejected it.', 'Ann Lee', 'SAID', 'agreed with', 'much of the plan');
  });

  it.each([
    ['The race went on. If Ann Lee thought the deal was safe, then she would not need to be there.', 'Ann Lee', 'BELIEVED', 'thought', 'the deal was safe'],
    ['The race went on. Because Ann Lee said that the plan was popular, there is a sense that it might pass.', 'Ann Lee', 'SAID', 'said', 'that the plan was popular'],
    ['The race went on. Though Ann Lee said the plan was dead, the front-runner did offer a new one.', 'Ann Lee', 'SAID', 'said', 'the plan was dead'],
  ])('ends a content inside a fronted clause where the main clause starts: %s', (text, source, act, cue, content) => {
    expectOneStatement(text, source, act, cue, content);
  });
});

describe('cuefound: an adverb before the cue\'s preposition', () => {
  it('puts an adverb in "-ly" between the verb and its preposition in the cue', () => {
    expectOneStatement('The race went on. Ann Lee bragged prematurely about her win.', 'Ann Lee', 'SAID', 'bragged prematurely about', 'her win');
  });

  it('puts how much was said about a thing in the cue with its "about"', () => {
    expectOneStatement('The race went on. Ann Lee said almost nothing about the plan.', 'Ann Lee', 'SAID', 'said almost nothing about', 'the plan');
  });
});

describe('infcue: cues in infinitive chains', () => {
  it.each([
    ['The race went on. The loss led Ann Lee to declare that the race was over.', 'Ann Lee', 'SAID', 'to declare', 'that the race was over'],
    ['The race went on. The delay has left many voters to wonder whether the plan will pass.', 'many voters', 'SAID', 'to wonder', 'whether the plan will pass'],
  ])('reads the object of a bringing verb as the speaker of the infinitive: %s', (text, mention, act, cue, content) => {
    expectOneStatement(text, mention, act, cue, content);
  });

  it('ends a content before a participle that brings someone to speak', () => {
    const document = extract('The race went on. Acme Corp has claimed responsibility for the outage, leading city officials to question whether the grid is safe.');
    expect(document.statements.map((statement) => [statement.cue?.text, statement.text])).toEqual([
      ['has claimed responsibility for', 'the outage'],
      ['to question', 'whether the grid is safe'],
    ]);
  });

  it.each([
    ['The race went on. Ann Lee took to Twitter to defend her tax plan.', 'Ann Lee', 'DEFENDED', 'took to Twitter to defend', 'her tax plan'],
    ['The race went on. Tom Hill went on the radio to criticize the budget.', 'Tom Hill', 'CRITICIZED', 'went on the radio to criticize', 'the budget'],
    ['The race went on. Ann Lee used her speech to call for a new tax.', 'Ann Lee', 'SAID', 'used her speech to call for', 'a new tax'],
    ['The race went on. The loss led Tom Hill to call for a recount.', 'Tom Hill', 'SAID', 'to call for', 'a recount'],
  ])('reads a cue after going on a platform or using a speech to speak: %s', (text, mention, act, cue, content) => {
    expectOneStatement(text, mention, act, cue, content);
  });

  it('reads no cue after using a tool', () => {
    expect(extract('The race went on. Tom Hill used markers to write notes to the boxer.').statements).toEqual([]);
  });

  it('reads going out of one\'s way to speak as the cue', () => {
    expectOneStatement('The race went on. Tom Hill went out of his way to criticize the plan.', 'Tom Hill', 'CRITICIZED', 'went out of his way to criticize', 'the plan');
  });

  it('reads attempting as a cue only with an infinitive of speech', () => {
    expectOneStatement('The race went on. Tom Hill attempted to portray Ann Lee as weak.', 'Tom Hill', 'SAID', 'attempted to portray', 'Ann Lee as weak');
    expect(extract('The race went on. Tom Hill attempted to revive his career in 2013.').statements).toEqual([]);
  });
});

describe('passive: stances held of the subject with no one named', () => {
  it('reads "has been criticized for" as a stance without a source, ending before the writer\'s aside', () => {
    const statement = only(extract('The race went on. Ann Lee has been criticized for skipping the debate, even by her allies.'));
    expect([statement.speakerMention?.text, statement.act, statement.cue?.text, statement.text]).toEqual(
      [undefined, 'CRITICIZED', 'has been criticized', 'Ann Lee has been criticized for skipping the debate']);
  });

  it('reads "was widely dismissed as" with its label as a stance without a source', () => {
    const statement = only(extract('The race went on. The plan was widely dismissed as a gimmick.'));
    expect([statement.speakerMention?.text, statement.act, statement.cue?.text, statement.text]).toEqual(
      [undefined, 'DENIED', 'was widely dismissed', 'The plan was widely dismissed as a gimmick']);
  });

  it('reads a feeling caused "by" something as the subject\'s stance on it', () => {
    expectOneStatement('The race went on. Union leaders were deeply troubled by the new contract.', 'Union leaders', 'SAID', 'were deeply troubled by', 'the new contract');
  });

  it('ends what caused a feeling before a quote that follows it', () => {
    const statement = containing(extract('The race went on. Neither man was impressed by Ann Lee - “Born rich,” Tom Hill said.'), 'Ann Lee');
    expect([statement.speakerMention?.text, statement.cue?.text, statement.text]).toEqual(['Neither man', 'was impressed by', 'Ann Lee']);
  });

  it('reads "is best known for" and "is increasingly seen as" past the adverb as views of the subject', () => {
    expectCueAndContent('The race went on. Acme is best known for making soap.', 'is best known', 'Acme is best known for making soap');
    expectCueAndContent('The race went on. The senator is increasingly seen as a moderate.', 'is increasingly seen', 'The senator is increasingly seen as a moderate');
  });

  it('keeps a relative "that" as what is expected', () => {
    expectCueAndContent('The race went on. It was a vote that is widely expected to fail in May.', 'is widely expected', 'that is widely expected to fail in May');
  });
});

describe('lead review (session 20): things that only look like cues', () => {
  it('reads no cue in an "-ing" noun after an article or "its" ("its showing at the polls")', () => {
    expect(extract('If the Acme party increases its showing at the election, Ann Lee will stay.').statements).toHaveLength(0);
  });

  it('reads no speaker in a thing left in a state or left behind ("leave PCs open to attack", "leaves his seat to confirm")', () => {
    expect(extract('The flaws could leave PCs open to attack if left unpatched.').statements).toHaveLength(0);
    expect(extract('The umpire leaves his seat to confirm a close line-call.').statements).toHaveLength(0);
  });

  it('keeps the speaker after a sentence-opening phrase without its comma ("In a statement Acme said", "at a summit in California Ann Lee said")', () => {
    expectOneStatement('In a statement Acme said it would leave the market.', 'Acme', 'SAID', 'said', 'it would leave the market');
    expectOneStatement('At a summit in California Ann Lee said the plan was dead.', 'Ann Lee', 'SAID', 'said', 'the plan was dead');
  });

  it('reads no cue in a listing of shares or a price ("since listing on the stock exchange", "listed at a low")', () => {
    expect(extract('The firm, reporting its first results since listing on the stock exchange in June, made a profit.').statements).toHaveLength(0);
    expect(extract('The rankings see Acme listed at an all time low of 77th.').statements).toHaveLength(0);
  });

  it('reads no topic in a place or a time after a noun of speech ("made the comments on Radio Acme", "made similar comments on Friday")', () => {
    expect(extract('Ann Lee made the comments on BBC Radio 4 and will repeat them.').statements).toHaveLength(0);
    expect(extract('Tom Hill made similar comments on Friday and dissent continues.').statements).toHaveLength(0);
    expectOneStatement('Tom Hill made harsh comments about the plan.', 'Tom Hill', 'SAID', 'made harsh comments about', 'the plan');
  });

  it('reads no meeting in coming to be ("came to share an office")', () => {
    expect(extract('Ann Lee came to share an office with Tom Hill.').statements).toHaveLength(0);
  });

  it('still gives the infinitive to people the bringing verb leaves ("left many to wonder")', () => {
    expectOneStatement('The result left many to wonder whether it was fair.', 'many', 'SAID', 'to wonder', 'whether it was fair');
  });
});

describe('addhalf: purpose infinitives of meeting verbs', () => {
  it.each([
    ['The race went on. Ann Lee met with donors on Monday to discuss the budget.', 'Ann Lee', 'SAID', 'met with donors on Monday to discuss', 'the budget'],
    ['The race went on. Tom Hill will come on the show to talk about the tax plan.', 'Tom Hill', 'SAID', 'will come on the show to talk about', 'the tax plan'],
    ['The race went on. The workers gathered at a diner in Dayton to talk about the plant.', 'The workers', 'SAID', 'gathered at a diner in Dayton to talk about', 'the plant'],
  ])('reads the subject of a meeting verb as the speaker of its purpose infinitive: %s', (text, mention, act, cue, content) => {
    expectOneStatement(text, mention, act, cue, content);
  });

  it('reads no cue when a verb stands between the meeting verb and the infinitive', () => {
    expect(extract('The race went on. Ann Lee met donors who refused to discuss the budget.').statements.map((statement) => statement.cue?.text)).not.toContain('met donors who refused to discuss');
  });
});

describe('addhalf: hope or fear before a modal in a relative clause', () => {
  it('reads a plural subject\'s "hope" before a modal as the cue', () => {
    expectOneStatement('The race went on. It was a tactic that Democrats hope will dampen support for Tom Hill.', 'Democrats', 'BELIEVED', 'hope', 'will dampen support for Tom Hill');
  });

  it('reads no cue in a noun "fear" before a modal', () => {
    expect(extract('The race went on. Voter fear could rise in Dayton.').statements).toEqual([]);
  });
});

describe('nouncue: cues of a verb, a noun of speech and a preposition', () => {
  it.each([
    ['The race went on. Ann Lee made harsh comments about the mayor.', 'Ann Lee', 'SAID', 'made harsh comments about', 'the mayor'],
    ['The race went on. Tom Hill makes the case for a new tax.', 'Tom Hill', 'SAID', 'makes the case for', 'a new tax'],
    ['The race went on. Ann Lee sounded a cautious note about the deal.', 'Ann Lee', 'SAID', 'sounded a cautious note about', 'the deal'],
  ])('reads a made remark or a sounded note as one cue: %s', (text, mention, act, cue, content) => {
    expectOneStatement(text, mention, act, cue, content);
  });

  it.each([
    ['The race went on. Ann Lee weighed in on the deal.', 'Ann Lee', 'SAID', 'weighed in on', 'the deal'],
    ['The race went on. Tom Hill sounded off against the plan.', 'Tom Hill', 'SAID', 'sounded off against', 'the plan'],
    ['The race went on. Ann Lee held forth on the economy.', 'Ann Lee', 'SAID', 'held forth on', 'the economy'],
  ])('reads a phrasal verb of speech with its preposition as one cue: %s', (text, mention, act, cue, content) => {
    expectOneStatement(text, mention, act, cue, content);
  });

  it.each([
    ['The race went on. Ann Lee offered some kind words about Tom Hill.', 'Ann Lee', 'SAID', 'offered some kind words about', 'Tom Hill'],
    ['The race went on. Ann Lee showed no sign of backing down.', 'Ann Lee', 'SAID', 'showed no sign of', 'backing down'],
  ])('reads "no" or "kind" before a noun of stance as part of the cue: %s', (text, mention, act, cue, content) => {
    expectOneStatement(text, mention, act, cue, content);
  });

  it('reads no cue when what is made is no remark', () => {
    expect(extract('The race went on. Tom Hill made the demands of the union clear.').statements.map((statement) => statement.cue?.text)).not.toContain('made the demands of');
  });
});

describe('saidmiss: quotes opened and closed with marks of different styles', () => {
  it('ends the sentence after a quote opened straight and closed curly, so the next cue keeps its quote', () => {
    const document = extract('Ann Lee spoke first. "We will win.”\n\nBut Tom Hill struck a calmer note, praising his campaign. “I think it caught on,” Tom Hill said.');
    const praise = containing(document, 'his campaign');
    expect([praise.speakerMention?.text, praise.act, praise.cue?.text, praise.text]).toEqual(['Tom Hill', 'PRAISED', 'praising', 'his campaign']);
    const quote = containing(document, 'I think it caught on');
    expect([quote.speakerMention?.text, quote.act, quote.cue?.text, quote.text]).toEqual(['Tom Hill', 'SAID', 'said', 'I think it caught on,']);
  });
});

describe('colon20: rarer finite speech verbs', () => {
  it.each([
    ['The race went on. Tom Hill leaned in and boomed: “We will win in November.”', 'Tom Hill', 'SAID', 'boomed', 'We will win in November.'],
    ['The race went on. Ann Lee heckles the crowd: “You are being silly.”', 'Ann Lee', 'SAID', 'heckles', 'You are being silly.'],
    ['The race went on. Ann Lee affirms that no state shall tax a farmer twice.', 'Ann Lee', 'SAID', 'affirms', 'that no state shall tax a farmer twice'],
  ])('reads the verb as the cue: %s', (text, mention, act, cue, content) => {
    expectOneStatement(text, mention, act, cue, content);
  });
});
