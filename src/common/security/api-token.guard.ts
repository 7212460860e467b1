import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Environment } from '../../config/environment';
import { bearerToken, tokenMatches } from './api-token';
import { isWriteRequest } from './write-requests';

interface HttpRequest {
  headers: Record<string, string | string[] | undefined>;
}

interface HttpResponse {
  setHeader(name: string, value: string): unknown;
}

/**
 * When API_TOKEN is set, every request that may write (any method but GET, HEAD, OPTIONS) must carry
 * `Authorization: Bearer <API_TOKEN>`; otherwise 401. Reads stay open.
 */
@Injectable()
export class ApiTokenGuard implements CanActivate {
  private readonly token: string | undefined;

  constructor(config: ConfigService<Environment, true>) {
    // An empty API_TOKEN means unset, as for every variable (ConfigService would hand back the raw empty string).
    this.token = config.get('API_TOKEN', { infer: true }) || undefined;
  }

  canActivate(context: ExecutionContext): boolean {
    if (this.token === undefined || !isWriteRequest(context)) return true;
    const given = bearerToken(context.switchToHttp().getRequest<HttpRequest>().headers.authorization);
    if (given !== null && tokenMatches(given, this.token)) return true;
    context.switchToHttp().getResponse<HttpResponse>().setHeader('WWW-Authenticate', 'Bearer realm="claimgraph"');
    throw new UnauthorizedException(
      given === null
        ? 'this endpoint changes the graph and needs an API token: send Authorization: Bearer <API_TOKEN>'
        : 'the API token is wrong',
    );
  }
}
