import { ArgumentsHost, Catch, HttpServer, HttpStatus, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { Neo4jError } from 'neo4j-driver';

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  409: 'Conflict',
  413: 'Payload Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

function body(statusCode: number, message: string): ErrorBody {
  return { statusCode, error: STATUS_TEXT[statusCode], message };
}

/** The HTTP answer for a neo4j-driver error, chosen by its code; undefined for anything else. */
export function neo4jErrorToHttp(error: unknown): ErrorBody | undefined {
  if (!(error instanceof Neo4jError)) return undefined;
  const code = error.code;
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.TransientError.')) {
    return body(HttpStatus.SERVICE_UNAVAILABLE, 'Neo4j is not reachable right now; the service reconnects by itself, try again shortly');
  }
  // A transaction stopped by the timeout while it waited for a lock reports LockClientStopped.
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || code === 'Neo.ClientError.Transaction.LockClientStopped') {
    return body(HttpStatus.GATEWAY_TIMEOUT, 'the graph query took longer than NEO4J_TX_TIMEOUT_MS and was stopped');
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return body(HttpStatus.CONFLICT, 'the write conflicts with an existing node of the same id');
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    return body(HttpStatus.SERVICE_UNAVAILABLE, 'the service cannot log in to Neo4j (check NEO4J_USER and NEO4J_PASSWORD)');
  }
  return body(HttpStatus.INTERNAL_SERVER_ERROR, 'the graph database reported an error');
}

/** The HTTP answer for a request body that body-parser refused (too large, not JSON); undefined for anything else. */
export function bodyParserErrorToHttp(error: unknown, maxBytes: number): ErrorBody | undefined {
  const type = (error as { type?: unknown } | null)?.type;
  if (type === 'entity.too.large') {
    return body(HttpStatus.PAYLOAD_TOO_LARGE, `request body is larger than MAX_DOCUMENT_BYTES (${maxBytes} bytes)`);
  }
  if (type === 'entity.parse.failed') return body(HttpStatus.BAD_REQUEST, 'request body is not valid JSON');
  return undefined;
}

/** The app's one exception filter: driver and body-parser errors get a clear status, the rest goes to Nest's default. */
@Catch()
export class ErrorFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('HTTP');

  constructor(
    httpAdapter: HttpServer,
    private readonly maxBodyBytes: number,
  ) {
    super(httpAdapter);
  }

  override catch(exception: unknown, host: ArgumentsHost): void {
    const mapped = neo4jErrorToHttp(exception) ?? bodyParserErrorToHttp(exception, this.maxBodyBytes);
    if (!mapped) return super.catch(exception, host);
    if (mapped.statusCode >= 500) this.logger.warn(`${mapped.message}: ${(exception as Error).message}`);
    this.applicationRef?.reply(host.switchToHttp().getResponse(), mapped, mapped.statusCode);
  }
}
