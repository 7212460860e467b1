import { Body, Controller, Post, UnprocessableEntityException } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { InvalidExtractionError } from '../../graph/article-graph';
import { CreateDocumentDto } from './dto/create-document.dto';
import { IngestionService, RejectedArticleError } from './ingestion.service';

@ApiTags('documents')
@Controller('documents')
export class DocumentsController {
  constructor(private readonly ingestion: IngestionService) {}

  @Post()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Extract an article and store it in the graph (idempotent: the same text again creates nothing new)' })
  @ApiCreatedResponse({
    description:
      'The extraction (id, people, organizations, statements, metadata) and what the ingest did (`ingest.status`: ' +
      'created, updated, unchanged, or duplicate when the same text is already stored under the returned id).',
  })
  @ApiBadRequestResponse({ description: 'The body is not valid' })
  @ApiUnprocessableEntityResponse({ description: 'The text is not an article the service can read (empty, binary, HTML, not English)' })
  async create(@Body() body: CreateDocumentDto) {
    const { text, id, ...metadata } = body;
    try {
      const { document, outcome } = await this.ingestion.ingestText(text, { id, metadata });
      const { articleId: _articleId, ...ingest } = outcome;
      return { ...document, ingest };
    } catch (error) {
      if (error instanceof RejectedArticleError || error instanceof InvalidExtractionError) {
        throw new UnprocessableEntityException(error.message);
      }
      throw error;
    }
  }
}
