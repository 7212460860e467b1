import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Neo4jService } from '../../graph/neo4j.service';

export class HealthDto {
  status!: 'ok';
  neo4j!: 'up';
  database!: string;
  uptimeSeconds!: number;
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly neo4j: Neo4jService) {}

  @Get()
  @ApiOkResponse({ type: HealthDto, description: 'The service and Neo4j are up' })
  @ApiServiceUnavailableResponse({ description: 'Neo4j is not reachable' })
  async health(): Promise<HealthDto> {
    if (!(await this.neo4j.isUp())) {
      throw new ServiceUnavailableException({
        statusCode: 503,
        error: 'Service Unavailable',
        status: 'error',
        neo4j: 'down',
        message: `Neo4j at ${this.neo4j.uri} is not reachable; the service keeps running and reconnects when it is back`,
      });
    }
    return { status: 'ok', neo4j: 'up', database: this.neo4j.database, uptimeSeconds: Math.round(process.uptime()) };
  }
}
