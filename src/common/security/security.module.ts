import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { Environment } from '../../config/environment';
import { ApiTokenGuard } from './api-token.guard';
import { isWriteRequest } from './write-requests';

const ONE_MINUTE_MS = 60_000;

/**
 * Guards for requests that may change the graph: at most WRITE_RATE_LIMIT per minute per client address (429 beyond,
 * 0 turns it off), then the API token when API_TOKEN is set (401). Reads pass both. The rate limit runs first, so
 * guessing the token is rate-limited too.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<Environment, true>) => {
        const limit = config.get('WRITE_RATE_LIMIT', { infer: true });
        return {
          throttlers: [{ name: 'writes', ttl: ONE_MINUTE_MS, limit }],
          skipIf: (context) => limit === 0 || !isWriteRequest(context),
          errorMessage: `too many writes: at most ${limit} per minute per client (WRITE_RATE_LIMIT); try again later`,
        };
      },
    }),
  ],
  providers: [
    { provide: APP_GUARD, useClass: ThrottlerGuard },
    { provide: APP_GUARD, useClass: ApiTokenGuard },
  ],
})
export class SecurityModule {}
