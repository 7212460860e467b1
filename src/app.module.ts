import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { SecurityModule } from './common/security/security.module';
import { validateEnvironment } from './config/environment';
import { Neo4jModule } from './graph/neo4j.module';
import { DocumentsModule } from './modules/documents/documents.module';
import { GraphModule } from './modules/graph/graph.module';
import { HealthModule } from './modules/health/health.module';
import { PeopleModule } from './modules/people/people.module';
import { StatementsModule } from './modules/statements/statements.module';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, cache: true, ignoreEnvFile: true, validate: validateEnvironment }),
    SecurityModule,
    Neo4jModule,
    HealthModule,
    DocumentsModule,
    PeopleModule,
    StatementsModule,
    GraphModule,
  ],
})
export class AppModule {}
