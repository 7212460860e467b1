import { ValidationPipe } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { ErrorFilter } from './common/error.filter';
import { Environment } from './config/environment';

/** Everything the app needs around its modules; main.ts and the e2e tests both call it, so they test what runs. */
export function configureApp(app: NestExpressApplication): void {
  const maxBodyBytes = app.get(ConfigService<Environment, true>).get('MAX_DOCUMENT_BYTES', { infer: true });
  // The API is plain HTTP (loopback by default): asking browsers to upgrade /docs' assets to HTTPS would break it.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  app.useBodyParser('json', { limit: maxBodyBytes });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.useGlobalFilters(new ErrorFilter(app.getHttpAdapter(), maxBodyBytes));
  const document = new DocumentBuilder()
    .setTitle('claimgraph')
    .setDescription('Who said, denied, apologized or accused what, about whom, through which outlet: a knowledge graph of news statements in Neo4j.')
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, document));
}
