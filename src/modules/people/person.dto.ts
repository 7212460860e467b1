import { ApiProperty } from '@nestjs/swagger';
import { StatementDto } from '../statements/statement.dto';

/** OpenAPI description of the people answers. */
export class PersonSummaryDto {
  @ApiProperty({ example: 'jane-doe' }) id!: string;
  @ApiProperty({ example: 'Jane Doe' }) name!: string;
  @ApiProperty({ type: [String], example: ['Doe', 'Jane'] }) aliases!: string[];
  @ApiProperty({ description: 'Statements this person made' }) statementCount!: number;
  @ApiProperty({ description: 'Articles that mention this person' }) articleCount!: number;
}

export class OutletCountDto {
  @ApiProperty({ example: 'E! News' }) outlet!: string;
  @ApiProperty() statementCount!: number;
}

export class PersonPageDto extends PersonSummaryDto {
  @ApiProperty({
    description: 'Their statements grouped by act (SAID, DENIED, …)',
    type: 'object',
    additionalProperties: { type: 'array', items: { $ref: '#/components/schemas/StatementDto' } },
  })
  statementsByAct!: Record<string, StatementDto[]>;

  @ApiProperty({ type: [OutletCountDto], description: 'Where their statements were reported, most first' })
  reportedBy!: OutletCountDto[];

  @ApiProperty({ type: [StatementDto], description: 'What others said about them' })
  saidAboutThem!: StatementDto[];
}

export class TimelineDto {
  @ApiProperty({ type: PersonSummaryDto }) person!: PersonSummaryDto;
  @ApiProperty({ type: [StatementDto], description: 'Their statements by article date (undated articles last), then position' })
  statements!: StatementDto[];
}
