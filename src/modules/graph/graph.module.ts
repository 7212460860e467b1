import { Module } from '@nestjs/common';
import { GraphStoreModule } from '../../graph/graph-store.module';
import { GraphController } from './graph.controller';
import { GraphExportService } from './graph-export.service';

@Module({
  imports: [GraphStoreModule],
  controllers: [GraphController],
  providers: [GraphExportService],
  exports: [GraphExportService],
})
export class GraphModule {}
