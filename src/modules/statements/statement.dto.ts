import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACTS } from '../../extraction/model';

/** OpenAPI description of the statement answers (the data itself comes from ClaimRepository). */
export class DocumentRefDto {
  @ApiProperty() id!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) title!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) url!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: '2018-01-26' }) publishedAt!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Outlet that published the article' }) outlet!: string | null;
}

export class StatementDto {
  @ApiProperty() id!: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'Jane Doe' }) speaker!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'jane-doe' }) speakerId!: string | null;
  @ApiProperty({ enum: ACTS }) act!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ description: 'Verbatim quote (true) or reported speech (false)' }) direct!: boolean;
  @ApiProperty({ description: 'Start offset of the text in the article' }) start!: number;
  @ApiProperty({ description: 'End offset (exclusive)' }) end!: number;
  @ApiProperty() sentence!: string;
  @ApiProperty({ type: [String], description: 'Outlets or platforms it was said to or reported by' }) via!: string[];
  @ApiProperty({ type: [String], description: 'People it is about' }) about!: string[];
  @ApiProperty({ type: DocumentRefDto }) document!: DocumentRefDto;
  @ApiProperty({ description: 'Full-text relevance (0 without q)' }) score!: number;
}

export class ContradictionDto {
  @ApiProperty({ type: StatementDto, description: 'The denial' }) denial!: StatementDto;
  @ApiProperty({ type: StatementDto, description: 'The accusation it disputes' }) accusation!: StatementDto;
}
