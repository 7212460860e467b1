import { graphPersonId, isFullName, organizationId, personKey } from '../../../src/graph/person-identity';

describe('person identity', () => {
  it('gives one id to one full name written differently across articles', () => {
    expect(graphPersonId('Russell Simmons', 'a')).toBe('russell-simmons');
    expect(graphPersonId('RUSSELL  SIMMONS', 'b')).toBe('russell-simmons');
    expect(graphPersonId('Russell Simmons’s', 'c')).toBe('russell-simmons');
    expect(graphPersonId('Dr. Russell Simmons', 'c')).toBe('russell-simmons');
    expect(graphPersonId('José Álvarez', 'a')).toBe(graphPersonId('Jose Alvarez', 'b'));
  });

  it('keeps different full names apart', () => {
    expect(graphPersonId('Kimora Lee Simmons', 'a')).not.toBe(graphPersonId('Russell Simmons', 'a'));
  });

  it('scopes a bare single-token name to its article, so it never merges across articles', () => {
    expect(isFullName('Simmons')).toBe(false);
    expect(graphPersonId('Simmons', 'a')).toBe('a/simmons');
    expect(graphPersonId('Simmons', 'b')).toBe('b/simmons');
    expect(graphPersonId('Mr. Simmons', 'a')).toBe('a/simmons');
  });

  it('has no id for a name without letters or digits', () => {
    expect(personKey(' — ')).toBe('');
    expect(graphPersonId('...', 'a')).toBeNull();
  });

  it('drops a leading "The" from organization names', () => {
    expect(organizationId('The Hollywood Reporter')).toBe('hollywood-reporter');
    expect(organizationId('Hollywood Reporter')).toBe('hollywood-reporter');
    expect(organizationId('E! News')).toBe('e-news');
    expect(organizationId('!!')).toBeNull();
  });
});
