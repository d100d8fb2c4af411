import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ErrorCode, type Fair, type FairDocument } from '@bussanten/contracts';
import { Access, Organizer, type OrganizerActor } from '../../accounts/access';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { FairDocumentDto, FairImportQueryDto } from './fair-document.dto';
import { FairTransferService } from './fair-transfer.service';
import { ApiErrors, ApiSuccess } from '../../common/openapi/decorators';

const FairId = new ParseIdPipe(ErrorCode.FairNotFound);

@ApiTags('fairs')
@Controller()
@Access('organizer')
export class FairTransferController {
  constructor(private readonly transfer: FairTransferService) {}

  /** The whole fair as a JSON document, saved by the browser as <slug>.bussanten.json. */
  @ApiOperation({ summary: 'The whole fair as a document, to import into another install' })
  @ApiSuccess('FairDocument')
  @ApiErrors(404)
  @Get('fairs/:id/export')
  async export(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string, @Res({ passthrough: true }) res: Response): Promise<FairDocument> {
    const document = await this.transfer.export(organizer, id);
    res.setHeader('Content-Disposition', `attachment; filename="${document.fair.slug}.bussanten.json"`);
    res.setHeader('Cache-Control', 'no-store');
    return document;
  }

  /** A new fair from an exported document; ?slug= gives it another address than the document's. */
  @ApiOperation({ summary: 'Create a fair from an exported document' })
  @ApiSuccess('Fair')
  @ApiErrors(409, 422)
  @Post('fairs/import')
  import(@Organizer() organizer: OrganizerActor, @Body() body: FairDocumentDto, @Query() query: FairImportQueryDto): Promise<Fair> {
    return this.transfer.import(organizer, body, query.slug);
  }
}
