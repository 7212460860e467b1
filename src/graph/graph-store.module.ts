import { Module } from '@nestjs/common';
import { ArticleRepository } from './article.repository';
import { ClaimRepository } from './claim.repository';
import { SubgraphRepository } from './subgraph.repository';

/** The claim graph's repositories (Neo4jModule, which is global, gives them the driver). */
@Module({
  providers: [ArticleRepository, ClaimRepository, SubgraphRepository],
  exports: [ArticleRepository, ClaimRepository, SubgraphRepository],
})
export class GraphStoreModule {}
