import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { PageQueryDto } from '../statements/dto/page-query.dto';
import { FindPeopleQueryDto } from './dto/find-people-query.dto';
import { PersonPageQueryDto } from './dto/person-page-query.dto';
import { PeopleService } from './people.service';
import { PersonPageDto, PersonSummaryDto, TimelineDto } from './person.dto';

const PERSON_PARAM = { name: 'id', description: 'Person id, full name or alias (case-insensitive)', example: 'jane-doe' };

@ApiTags('people')
@Controller('people')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Get()
  @ApiOperation({ summary: 'People whose name or alias contains q' })
  @ApiOkResponse({ type: [PersonSummaryDto] })
  find(@Query() query: FindPeopleQueryDto) {
    return this.people.find(query.q, { limit: query.limit, offset: query.offset });
  }

  @Get(':id')
  @ApiOperation({ summary: "A person's page: statements grouped by act, where each was reported, what others said about them" })
  @ApiParam(PERSON_PARAM)
  @ApiOkResponse({ type: PersonPageDto })
  @ApiNotFoundResponse({ description: 'No such person' })
  page(@Param('id') id: string, @Query() query: PersonPageQueryDto) {
    return this.people.page(id, query.limit);
  }

  @Get(':id/timeline')
  @ApiOperation({ summary: "A person's statements by article date" })
  @ApiParam(PERSON_PARAM)
  @ApiOkResponse({ type: TimelineDto })
  @ApiNotFoundResponse({ description: 'No such person' })
  timeline(@Param('id') id: string, @Query() query: PageQueryDto) {
    return this.people.timeline(id, { limit: query.limit, offset: query.offset });
  }
}
