import { Module } from '@nestjs/common';
import { GraphStoreModule } from '../../graph/graph-store.module';
import { IngestionService } from './ingestion.service';

/** Ingestion without HTTP: what `npm run ingest` boots, and what DocumentsModule builds on. */
@Module({
  imports: [GraphStoreModule],
  providers: [IngestionService],
  exports: [IngestionService],
})
export class IngestionModule {}
