import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { SecurityModule } from './common/security/security.module';
import { validateEnvironment } from './config/environment';
import { Neo4jModule } from './graph/neo4j.module';
import { HealthModule } from './modules/health/health.module';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, cache: true, ignoreEnvFile: true, validate: validateEnvironment }),
    SecurityModule,
    Neo4jModule,
    HealthModule,
  ],
})
export class AppModule {}
