import { Module } from '@nestjs/common';
import { GraphStoreModule } from '../../graph/graph-store.module';
import { StatementsController } from './statements.controller';
import { StatementsService } from './statements.service';

@Module({
  imports: [GraphStoreModule],
  controllers: [StatementsController],
  providers: [StatementsService],
})
export class StatementsModule {}
