import { ExecutionContext, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { bearerToken, tokenMatches } from '../../../src/common/security/api-token';
import { ApiTokenGuard } from '../../../src/common/security/api-token.guard';
import { isWriteMethod } from '../../../src/common/security/write-requests';
import { Environment } from '../../../src/config/environment';

function httpContext(method: string, authorization?: string): { context: ExecutionContext; headers: Record<string, string> } {
  const headers: Record<string, string> = {};
  const request = { method, headers: authorization === undefined ? {} : { authorization } };
  const response = { setHeader: (name: string, value: string) => (headers[name] = value) };
  const context = {
    getType: () => 'http',
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }),
  } as unknown as ExecutionContext;
  return { context, headers };
}

function guard(token: string | undefined): ApiTokenGuard {
  return new ApiTokenGuard(new ConfigService<Environment, true>({ API_TOKEN: token }));
}

describe('bearerToken', () => {
  it('takes the token of a Bearer header, scheme in any case', () => {
    expect(bearerToken('Bearer abc.DEF-123')).toBe('abc.DEF-123');
    expect(bearerToken('bearer  abc ')).toBe('abc');
  });

  it('gives null for a missing header, another scheme, an empty token or two tokens', () => {
    expect(bearerToken(undefined)).toBeNull();
    expect(bearerToken('Basic dXNlcjpwYXNz')).toBeNull();
    expect(bearerToken('Bearer ')).toBeNull();
    expect(bearerToken('Bearer a b')).toBeNull();
    expect(bearerToken(['Bearer a', 'Bearer b'])).toBeNull();
  });
});

describe('tokenMatches', () => {
  it('accepts only the exact token', () => {
    expect(tokenMatches('s3cret-token', 's3cret-token')).toBe(true);
    expect(tokenMatches('s3cret-tokeN', 's3cret-token')).toBe(false);
    expect(tokenMatches('s3cret', 's3cret-token')).toBe(false);
    expect(tokenMatches('s3cret-token-and-more', 's3cret-token')).toBe(false);
    expect(tokenMatches('', 's3cret-token')).toBe(false);
  });
});

describe('isWriteMethod', () => {
  it('treats every method but GET, HEAD and OPTIONS as a write', () => {
    expect(['GET', 'head', 'OPTIONS'].map(isWriteMethod)).toEqual([false, false, false]);
    expect(['POST', 'PUT', 'PATCH', 'DELETE', 'PROPFIND'].map(isWriteMethod)).toEqual([true, true, true, true, true]);
  });
});

describe('ApiTokenGuard', () => {
  it('lets everything through when API_TOKEN is not set or empty', () => {
    expect(guard(undefined).canActivate(httpContext('POST').context)).toBe(true);
    expect(guard('').canActivate(httpContext('POST').context)).toBe(true);
  });

  it('lets reads through without a token when API_TOKEN is set', () => {
    expect(guard('t0ken').canActivate(httpContext('GET').context)).toBe(true);
    expect(guard('t0ken').canActivate(httpContext('HEAD').context)).toBe(true);
  });

  it('refuses a write without the token or with a wrong one, and says how to authenticate', () => {
    for (const authorization of [undefined, 'Bearer wrong', 'Basic t0ken', 't0ken']) {
      const { context, headers } = httpContext('POST', authorization);
      expect(() => guard('t0ken').canActivate(context)).toThrow(UnauthorizedException);
      expect(headers['WWW-Authenticate']).toBe('Bearer realm="claimgraph"');
    }
  });

  it('accepts a write with the right token', () => {
    expect(guard('t0ken').canActivate(httpContext('POST', 'Bearer t0ken').context)).toBe(true);
    expect(guard('t0ken').canActivate(httpContext('DELETE', 'Bearer t0ken').context)).toBe(true);
  });
});
