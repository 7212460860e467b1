import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, Min, MaxLength } from 'class-validator';
import { EXPORT_FORMATS, ExportFormat } from '../../../graph/export';

export const MAX_DEPTH = 3;

export class ExportQueryDto {
  @ApiProperty({ description: 'The person at the centre: id, full name or alias (case-insensitive)', example: 'Jane Doe' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  person!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_DEPTH, default: 2, description: 'Hops from the person, in any direction' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_DEPTH)
  depth: number = 2;

  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'json' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format: ExportFormat = 'json';
}
