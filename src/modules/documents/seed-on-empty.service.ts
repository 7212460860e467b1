import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Environment } from '../../config/environment';
import { projectRoot } from '../../config/project-root';
import { decodeArticleBytes } from '../../extraction/article-input';
import { IngestionService } from './ingestion.service';

/** On a first start with an empty graph, ingests seeds/*.txt so that a new user sees data at once (SEED_ON_EMPTY). */
@Injectable()
export class SeedOnEmptyService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Seed');

  constructor(
    private readonly ingestion: IngestionService,
    private readonly config: ConfigService<Environment, true>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.get('SEED_ON_EMPTY', { infer: true })) return;
    if ((await this.ingestion.countArticles()) > 0) return;
    const folder = join(projectRoot(), 'seeds');
    if (!existsSync(folder)) {
      this.logger.warn(`the graph is empty and there is no ${folder} to seed it from`);
      return;
    }
    const files = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort();
    let ingested = 0;
    for (const name of files) {
      const decoded = decodeArticleBytes(readFileSync(join(folder, name)));
      if (decoded.error !== null) {
        this.logger.warn(`skipped seed ${name}: ${decoded.error}`);
        continue;
      }
      await this.ingestion.ingestText(decoded.text, { id: basename(name, extname(name)) });
      ingested += 1;
    }
    this.logger.log(`the graph was empty: ingested ${ingested} seed articles from ${folder} (SEED_ON_EMPTY=false turns this off)`);
  }
}
