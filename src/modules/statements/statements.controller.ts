import { Controller, Get, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ContradictionsQueryDto } from './dto/contradictions-query.dto';
import { FindStatementsQueryDto } from './dto/find-statements-query.dto';
import { ContradictionDto, StatementDto } from './statement.dto';
import { StatementsService } from './statements.service';

@ApiTags('statements')
@Controller()
export class StatementsController {
  constructor(private readonly statements: StatementsService) {}

  @Get('statements')
  @ApiOperation({ summary: 'Statements filtered by speaker, act, about, outlet and full-text search over their text' })
  @ApiOkResponse({ type: [StatementDto] })
  find(@Query() query: FindStatementsQueryDto) {
    return this.statements.find(query);
  }

  @Get('contradictions')
  @ApiOperation({ summary: 'Accusations and the denials that answer them, side by side with their sources' })
  @ApiOkResponse({ type: [ContradictionDto] })
  @ApiNotFoundResponse({ description: 'No such person' })
  contradictions(@Query() query: ContradictionsQueryDto) {
    return this.statements.contradictions(query);
  }
}
