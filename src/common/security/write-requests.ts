import { ExecutionContext } from '@nestjs/common';

/** Methods that only read (RFC 9110 "safe"); every other method may change the graph. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isWriteMethod(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

/** True for an HTTP request whose method may write; token and rate limit apply to these only. */
export function isWriteRequest(context: ExecutionContext): boolean {
  if (context.getType() !== 'http') return false;
  return isWriteMethod(context.switchToHttp().getRequest<{ method: string }>().method);
}
