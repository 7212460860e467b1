import { Neo4jError } from 'neo4j-driver';
import { bodyParserErrorToHttp, neo4jErrorToHttp } from '../../../src/common/error.filter';

const driverError = (code: string) => new Neo4jError('boom', code, '', '');

describe('neo4jErrorToHttp', () => {
  it.each([
    ['ServiceUnavailable', 503],
    ['SessionExpired', 503],
    ['Neo.TransientError.Transaction.DeadlockDetected', 503],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 504],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 409],
    ['Neo.ClientError.Security.Unauthorized', 503],
    ['Neo.ClientError.Statement.SyntaxError', 500],
  ])('maps %s to %i by its code', (code, statusCode) => {
    expect(neo4jErrorToHttp(driverError(code))).toMatchObject({ statusCode, error: expect.any(String), message: expect.any(String) });
  });

  it('says what happened when Neo4j is unreachable', () => {
    expect(neo4jErrorToHttp(driverError('ServiceUnavailable'))).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      message: 'Neo4j is not reachable right now; the service reconnects by itself, try again shortly',
    });
  });

  it('leaves errors that do not come from the driver alone', () => {
    expect(neo4jErrorToHttp(new Error('ServiceUnavailable'))).toBeUndefined();
    expect(neo4jErrorToHttp({ code: 'ServiceUnavailable' })).toBeUndefined();
  });
});

describe('bodyParserErrorToHttp', () => {
  it('answers 413 naming the limit for a body that is too large', () => {
    expect(bodyParserErrorToHttp({ type: 'entity.too.large' }, 2048)).toEqual({
      statusCode: 413,
      error: 'Payload Too Large',
      message: 'request body is larger than MAX_DOCUMENT_BYTES (2048 bytes)',
    });
  });

  it('leaves other errors alone', () => {
    expect(bodyParserErrorToHttp(new Error('x'), 2048)).toBeUndefined();
    expect(bodyParserErrorToHttp(null, 2048)).toBeUndefined();
  });
});
