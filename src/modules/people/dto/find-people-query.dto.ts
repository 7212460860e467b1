import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../statements/dto/page-query.dto';

export class FindPeopleQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of a name or alias (case-insensitive); omitted lists everyone, most quoted first', example: 'doe' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  q?: string;
}
