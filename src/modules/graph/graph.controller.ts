import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ExportQueryDto } from './dto/export-query.dto';
import { GraphExportService } from './graph-export.service';

/** The part of Express's response this controller sets (the app runs on Express; its types are not installed). */
interface HeaderSetter {
  type(contentType: string): unknown;
  setHeader(name: string, value: string): unknown;
}

@ApiTags('graph')
@Controller('graph')
export class GraphController {
  constructor(private readonly exports: GraphExportService) {}

  @Get('export')
  @ApiOperation({
    summary: 'The subgraph within `depth` hops of a person',
    description:
      'json: {nodes:[{id,labels,properties}], relationships:[{id,type,start,end,properties}], truncated}; ' +
      'graphml: for Gephi and yEd; cypher: a script of MERGE statements that recreates the subgraph in an empty Neo4j; ' +
      'cytoscape: {elements:{nodes,edges}, truncated} for Cytoscape.js. At most EXPORT_MAX_NODES nodes, nearest first ' +
      '(truncated: true when the cap cut it short).',
  })
  @ApiProduces('application/json', 'application/graphml+xml', 'application/x-cypher-query')
  @ApiOkResponse({ description: 'The subgraph in the requested format' })
  @ApiNotFoundResponse({ description: 'No such person' })
  async export(@Query() query: ExportQueryDto, @Res({ passthrough: true }) response: HeaderSetter): Promise<string> {
    const exported = await this.exports.exportAround(query.person, query.depth, query.format);
    response.type(exported.contentType);
    response.setHeader('Content-Disposition', `inline; filename="${exported.personId.replace(/[^A-Za-z0-9._-]/g, '_')}.${exported.extension}"`);
    return exported.body;
  }
}
