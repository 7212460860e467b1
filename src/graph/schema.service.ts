import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { loadCypher, splitStatements } from './cypher-files';
import { Neo4jService } from './neo4j.service';

/** Asserts cypher/schema.cypher (named constraints and indexes, all IF NOT EXISTS) before the app serves anything. */
@Injectable()
export class SchemaService implements OnModuleInit {
  private readonly logger = new Logger(SchemaService.name);
  private readonly statements = splitStatements(loadCypher('schema'));

  constructor(private readonly neo4j: Neo4jService) {}

  async onModuleInit(): Promise<void> {
    for (const statement of this.statements) await this.neo4j.write(statement);
    await this.neo4j.write('CALL db.awaitIndexes(300)');
    this.logger.log(`schema asserted (${this.statements.length} constraints and indexes)`);
  }
}
