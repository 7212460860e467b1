import { decodeArticleBytes, MAX_ARTICLE_CHARACTERS, validateArticleText } from '../../../src/extraction/article-input';

const ENGLISH =
  'The minister said on Tuesday that the government would not change its plans, and that the budget was fair to ' +
  'families. Critics in the opposition accused him of ignoring the evidence, which they said was clear.';

describe('validateArticleText', () => {
  it('accepts an English article', () => {
    expect(validateArticleText(ENGLISH)).toBeNull();
  });

  it.each([
    ['', /empty/],
    [' \n\t ', /empty/],
    ['a\u0000b said the minister', /binary/],
    [`${ENGLISH} caf\uFFFD`, /UTF-8/],
    ['<!DOCTYPE html><html><head></head><body>Hi</body></html>', /HTML page/],
    [`<div><p>${ENGLISH}</p></div>`.repeat(1) + '<br>'.repeat(20), /HTML page/],
    [
      'Le président a déclaré mardi que la situation économique du pays était préoccupante et que le gouvernement ' +
        'allait prendre des mesures pour soutenir les entreprises et les ménages dans les prochains mois, selon un ' +
        'communiqué publié par son cabinet après une réunion avec les syndicats.',
      /not English/,
    ],
    ['Президент заявил во вторник, что правительство не изменит свои планы. '.repeat(10), /not English/],
  ])('refuses %j', (text, reason) => {
    expect(validateArticleText(text)).toMatch(reason);
  });

  it('refuses texts over the size limit and non-strings', () => {
    expect(validateArticleText(ENGLISH.padEnd(MAX_ARTICLE_CHARACTERS + 1, ' the'))).toMatch(/too large/);
    expect(validateArticleText(42)).toBe('not text');
  });

  it('accepts inline non-HTML markup and a stray control character', () => {
    const tweets = '<tweet id="1" author="@someone"></tweet>\n'.repeat(12);
    expect(validateArticleText(`${ENGLISH}\n${tweets}${ENGLISH}\u001b`)).toBeNull();
  });
});

describe('decodeArticleBytes', () => {
  it('decodes UTF-8 and keeps a byte-order mark so that offsets index the text as read', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ENGLISH, 'utf8')]);
    expect(decodeArticleBytes(bytes)).toEqual({ text: `\uFEFF${ENGLISH}`, error: null });
  });

  it('refuses Latin-1 with the offset of the first bad byte, and NUL bytes as binary', () => {
    const latin1 = Buffer.from(`${ENGLISH} Caf\xe9.`, 'latin1');
    expect(decodeArticleBytes(latin1).error).toBe(
      `not valid UTF-8 (first bad byte at offset ${ENGLISH.length + 4}; convert it to UTF-8 first)`,
    );
    expect(decodeArticleBytes(Buffer.from([0x41, 0x00, 0x42])).error).toMatch(/binary/);
  });
});
