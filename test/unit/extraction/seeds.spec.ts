/**
 * The three seed articles, as a careful reader sees them. src/ knows nothing of these articles; the names
 * below live only in the tests.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { extractArticle, ExtractedDocument, Statement } from '../../../src/extraction';

function seed(name: string): { text: string; document: ExtractedDocument } {
  const text = readFileSync(join(__dirname, '..', '..', '..', 'seeds', `${name}.txt`), 'utf8');
  return { text, document: extractArticle(text, { id: name }) };
}

function statementWith(document: ExtractedDocument, words: string): Statement {
  const found = document.statements.find((statement) => statement.text.includes(words));
  if (!found) throw new Error(`no statement contains ${JSON.stringify(words)}`);
  return found;
}

describe('seed 000 (Deadline: the accuser on Megyn Kelly Today)', () => {
  const { text, document } = seed('000_813fe984a3512521');

  it('makes Simmons’ denial to the Los Angeles Times a denial via that paper', () => {
    const denial = statementWith(document, 'the claim of assault');
    expect(denial).toMatchObject({ speaker: 'Russell Simmons', act: 'DENIED', direct: false });
    expect(denial.via).toContain('Los Angeles Times');
  });

  it('gives Khalighi’s quotes to Keri Claussen Khalighi', () => {
    expect(statementWith(document, 'face-to-face confrontation').speaker).toBe('Keri Claussen Khalighi');
    expect(statementWith(document, 'I looked over at Brett').speaker).toBe('Keri Claussen Khalighi');
    expect(statementWith(document, 'I stayed and I took a shower').speaker).toBe('Keri Claussen Khalighi');
  });

  it('resolves "the ex-model" to her', () => {
    const statement = statementWith(document, 'her story was complicated');
    expect(statement.speakerMention?.text).toBe('the ex-model');
    expect(statement.speaker).toBe('Keri Claussen Khalighi');
  });

  it('keeps the byline author a person, not a speaker, and the network an organization', () => {
    expect(document.authors).toContain('Jeremy Gerard');
    expect(document.people.map((person) => person.name)).toContain('Jeremy Gerard');
    expect(document.statements.some((statement) => statement.speaker === 'Jeremy Gerard')).toBe(false);
    expect(document.people.some((person) => /NBC|Times/.test(person.name))).toBe(false);
  });

  it('returns offsets that slice the text as given', () => {
    for (const statement of document.statements) {
      expect(text.slice(statement.start, statement.end)).toBe(statement.text);
      if (statement.cue) expect(text.slice(statement.cue.start, statement.cue.end)).toBe(statement.cue.text);
      if (statement.speakerMention) {
        expect(text.slice(statement.speakerMention.start, statement.speakerMention.end)).toBe(statement.speakerMention.text);
      }
    }
  });
});

describe('seed 001 (the apology statement)', () => {
  const { document } = seed('001_5d88aa63a0095c45');

  it('makes "I sincerely apologize" an apology by Russell Simmons', () => {
    expect(statementWith(document, 'I sincerely apologize')).toMatchObject({ speaker: 'Russell Simmons', act: 'APOLOGIZED', direct: true });
  });

  it('resolves "the 60-year-old" and "he" to Russell Simmons', () => {
    const quote = statementWith(document, 'Keri never accused me');
    expect(quote.speakerMention?.text).toBe('the 60-year-old');
    expect(quote.speaker).toBe('Russell Simmons');
    expect(statementWith(document, 'God knows my heart').speaker).toBe('Russell Simmons');
  });

  it('resolves "the former model" to Keri Claussen Khalighi, accusing', () => {
    const accusation = document.statements.find((statement) => statement.act === 'ACCUSED');
    expect(accusation?.speaker).toBe('Keri Claussen Khalighi');
    expect(accusation?.via).toContain('Los Angeles Times');
  });

  it('makes Russell, Simmons and Russell Simmons one person', () => {
    const russell = document.people.filter((person) => /Simmons|Russell/.test(person.name));
    expect(russell).toHaveLength(1);
    expect(russell[0]).toMatchObject({ id: 'russell-simmons', name: 'Russell Simmons' });
    expect(russell[0].aliases).toEqual(expect.arrayContaining(['Russell', 'Simmons']));
    expect(document.people.find((person) => person.name === 'Keri Claussen Khalighi')?.aliases).toEqual(
      expect.arrayContaining(['Keri']),
    );
    expect(document.statements.some((statement) => statement.speaker === 'God')).toBe(false);
  });
});

describe('seed 002 (E! News: Kimora Lee Simmons defends her ex)', () => {
  const { document } = seed('002_ca187d1cd9f803a8');

  it('denies via E! News: "I completely and unequivocally deny the horrendous allegations"', () => {
    expect(statementWith(document, 'I completely and unequivocally deny the horrendous allegations')).toMatchObject({
      speaker: 'Russell Simmons',
      act: 'DENIED',
      direct: true,
      via: ['E! News'],
    });
  });

  it('makes "absolutely untrue" a denial by Russell Simmons, in a statement to E! News', () => {
    expect(statementWith(document, 'absolutely untrue')).toMatchObject({ speaker: 'Russell Simmons', act: 'DENIED', via: ['E! News'] });
  });

  it('gives Kimora Lee Simmons her Instagram statements, via Instagram', () => {
    const instagram = statementWith(document, 'I add my voice to the chorus');
    expect(instagram).toMatchObject({ speaker: 'Kimora Lee Simmons', direct: true });
    expect(instagram.via).toContain('Instagram');
    expect(statementWith(document, 'pivotal moment').speaker).toBe('Kimora Lee Simmons');
    expect(statementWith(document, 'My sincere hope').speaker).toBe('Kimora Lee Simmons');
  });

  it('has Kimora Lee Simmons defend Russell Simmons', () => {
    const defence = document.statements.find((statement) => statement.act === 'DEFENDED');
    expect(defence).toMatchObject({ speaker: 'Kimora Lee Simmons', about: expect.arrayContaining(['Russell Simmons']) });
  });

  it('has Jenny Lumet accuse Russell Simmons in The Hollywood Reporter', () => {
    const accusation = document.statements.find((statement) => statement.speaker === 'Jenny Lumet' && statement.act === 'ACCUSED');
    expect(accusation?.via).toContain('The Hollywood Reporter');
    expect(accusation?.about).toContain('Russell Simmons');
  });

  it('keeps Russell Simmons, Kimora Lee Simmons and their daughters apart', () => {
    const names = document.people.map((person) => person.name);
    expect(names).toEqual(expect.arrayContaining(['Russell Simmons', 'Kimora Lee Simmons', 'Aoki Lee Simons', 'Ming Lee Simons']));
    const russell = document.people.find((person) => person.name === 'Russell Simmons');
    expect(russell?.aliases).toEqual(expect.arrayContaining(['Russell', 'Simmons']));
    expect(document.people.find((person) => person.name === 'Kimora Lee Simmons')?.aliases).not.toContain('Simmons');
  });

  it('lists E! News and Instagram as organizations, never as people', () => {
    const organizations = document.organizations.map((organization) => `${organization.name}:${organization.type}`);
    expect(organizations).toEqual(expect.arrayContaining(['E! News:outlet', 'Instagram:platform']));
    expect(document.people.some((person) => /E!|Instagram|Recordings/.test(person.name))).toBe(false);
  });
});
