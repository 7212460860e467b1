import { Module } from '@nestjs/common';
import { GraphStoreModule } from '../../graph/graph-store.module';
import { PeopleController } from './people.controller';
import { PeopleService } from './people.service';

@Module({
  imports: [GraphStoreModule],
  controllers: [PeopleController],
  providers: [PeopleService],
})
export class PeopleModule {}
