import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { Act, ACTS } from '../../../extraction/model';
import { PageQueryDto } from './page-query.dto';

const upperCase = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);

export class FindStatementsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Speaker: full name or alias (case-insensitive)', example: 'Jane Doe' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  speaker?: string;

  @ApiPropertyOptional({ enum: ACTS, description: 'What the speaker did (case-insensitive)' })
  @IsOptional()
  @Transform(upperCase)
  @IsIn(ACTS)
  act?: Act;

  @ApiPropertyOptional({ description: 'A person the statement is about: full name or alias', example: 'John Smith' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  about?: string;

  @ApiPropertyOptional({ description: 'Outlet or platform the statement was said to or reported by (`via`)', example: 'E! News' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  outlet?: string;

  @ApiPropertyOptional({ description: 'Full-text search over the statement text (plain words; best matches first)', example: 'deny allegations' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  q?: string;
}
