import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from './page-query.dto';

export class ContradictionsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only pairs where this person (id, name or alias) denied or accused', example: 'Jane Doe' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  person?: string;
}
