import { Module } from '@nestjs/common';
import { DocumentsController } from './documents.controller';
import { IngestionModule } from './ingestion.module';
import { SeedOnEmptyService } from './seed-on-empty.service';

@Module({
  imports: [IngestionModule],
  controllers: [DocumentsController],
  providers: [SeedOnEmptyService],
})
export class DocumentsModule {}
