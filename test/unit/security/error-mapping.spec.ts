import { Neo4jError } from 'neo4j-driver';
import { neo4jErrorToHttp } from '../../../src/common/error.filter';

const neo4jError = (code: string, message = 'Invalid input: MATCH (n) WHERE n.secret = "x" RETURN n') => new Neo4jError(message, code, '', '');

describe('Neo4j errors as HTTP answers', () => {
  it('answers 504, not 500, when the transaction timeout stopped a query waiting for a lock', () => {
    expect(neo4jErrorToHttp(neo4jError('Neo.ClientError.Transaction.LockClientStopped'))).toMatchObject({ statusCode: 504 });
  });

  it('never echoes the database message (which may quote Cypher or data) to the client', () => {
    for (const code of [
      'Neo.ClientError.Statement.SyntaxError',
      'Neo.ClientError.Statement.ParameterMissing',
      'Neo.DatabaseError.General.UnknownError',
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      'ServiceUnavailable',
    ]) {
      const answer = neo4jErrorToHttp(neo4jError(code));
      expect(answer?.message).not.toMatch(/MATCH|secret/);
    }
  });
});
