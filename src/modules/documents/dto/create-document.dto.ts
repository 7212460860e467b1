import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUrl, Matches, MaxLength } from 'class-validator';

export class CreateDocumentDto {
  @ApiProperty({ description: 'The article as plain text (UTF-8); statement offsets index this text.' })
  @IsString()
  @IsNotEmpty()
  text!: string;

  @ApiPropertyOptional({
    description: 'Article id; defaults to the sha256 of the text, so posting the same text again creates nothing new.',
    example: '000_813fe984a3512521',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._\-/]{0,199}$/, { message: 'id must be 1-200 letters, digits, . _ - or /, starting with a letter or digit' })
  id?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  title?: string;

  @ApiPropertyOptional({ example: 'https://www.eonline.com/news/…' })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(2000)
  url?: string;

  @ApiPropertyOptional({ example: 'E! News' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  outlet?: string;

  @ApiPropertyOptional({ type: [String], example: ['Elyse Dupre'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  authors?: string[];

  @ApiPropertyOptional({ description: 'ISO date (YYYY-MM-DD)', example: '2018-01-26' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'publishedAt must be a date as YYYY-MM-DD' })
  publishedAt?: string;
}
