import { Environment, EnvironmentError, validateEnvironment } from '../../../src/config/environment';

describe('validateEnvironment', () => {
  it('gives every setting its default when nothing is set', () => {
    const environment = validateEnvironment({});
    expect(environment).toBeInstanceOf(Environment);
    expect(environment).toMatchObject({
      NEO4J_URI: 'bolt://127.0.0.1:7687',
      NEO4J_USER: 'neo4j',
      NEO4J_DATABASE: 'neo4j',
      HOST: '127.0.0.1',
      PORT: 3000,
      MAX_DOCUMENT_BYTES: 1_048_576,
      NEO4J_TX_TIMEOUT_MS: 30_000,
      SEED_ON_EMPTY: true,
    });
    expect(environment.NEO4J_PASSWORD).toBeUndefined();
    expect(environment.API_TOKEN).toBeUndefined();
  });

  it('converts numbers and booleans from their text', () => {
    const environment = validateEnvironment({ PORT: '8080', SEED_ON_EMPTY: 'false', EXPORT_MAX_NODES: '10', NEO4J_URI: 'neo4j+s://db.example.org' });
    expect(environment).toMatchObject({ PORT: 8080, SEED_ON_EMPTY: false, EXPORT_MAX_NODES: 10, NEO4J_URI: 'neo4j+s://db.example.org' });
  });

  it('treats an empty variable as unset', () => {
    expect(validateEnvironment({ PORT: '', API_TOKEN: '' })).toMatchObject({ PORT: 3000, API_TOKEN: undefined });
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['NEO4J_URI', 'http://127.0.0.1:7474'],
    ['SEED_ON_EMPTY', 'maybe'],
    ['MAX_DOCUMENT_BYTES', '-1'],
    ['NEO4J_TX_TIMEOUT_MS', '1.5'],
  ])('refuses %s=%s with a message that names the variable', (name, value) => {
    expect(() => validateEnvironment({ [name]: value })).toThrow(EnvironmentError);
    expect(() => validateEnvironment({ [name]: value })).toThrow(new RegExp(`^invalid configuration: ${name}="${value}"`));
  });

  it('names every wrong variable at once', () => {
    expect(() => validateEnvironment({ PORT: 'x', NEO4J_DATABASE: ' ', SEED_ON_EMPTY: 'x' })).toThrow(/PORT=.*\| SEED_ON_EMPTY=/);
  });
});
