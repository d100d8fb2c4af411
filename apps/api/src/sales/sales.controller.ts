import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorCode, type FairSales, type MySales, type SalesComparison, type SalesEntry } from '@bussanten/contracts';
import { Access, Organizer, Representative, type OrganizerActor, type RepresentativeActor } from '../accounts/access';
import { ApiErrors, ApiSuccess } from '../common/openapi/decorators';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { DailySalesDto, SalesComparisonQueryDto } from './dto/daily-sales.dto';
import { SalesService } from './sales.service';

const FairId = new ParseIdPipe(ErrorCode.FairNotFound);
const ApplicationId = new ParseIdPipe(ErrorCode.ApplicationNotFound);

/** A representative's daily sales: the own municipality's figures only. */
@ApiTags('sales')
@Controller('my/applications/:id/sales')
@Access('representative')
export class MySalesController {
  constructor(private readonly sales: SalesService) {}

  @ApiOperation({ summary: "The own municipality's daily sales at a fair: the days it attends, their figures and whether each is confirmed" })
  @ApiSuccess('MySales')
  @ApiErrors(404, 409)
  @Get()
  mine(@Representative() rep: RepresentativeActor, @Param('id', ApplicationId) id: string): Promise<MySales> {
    return this.sales.mine(rep, id);
  }

  @ApiOperation({
    summary: "Enter or correct a day's sales (yen tax included, customers, optional product lines), once the day has begun and until the organizer confirms it",
  })
  @ApiSuccess('SalesEntry')
  @ApiErrors(400, 404, 409)
  @Put(':date')
  enter(
    @Representative() rep: RepresentativeActor,
    @Param('id', ApplicationId) id: string,
    @Param('date') date: string,
    @Body() body: DailySalesDto,
  ): Promise<SalesEntry> {
    return this.sales.enterMine(rep, id, date, body);
  }
}

/** The organizer's daily sales of a fair: totals, who is missing, confirmation, 代理入力 and the comparison. */
@ApiTags('sales')
@Controller('fairs/:id/sales')
@Access('organizer')
export class FairSalesController {
  constructor(private readonly sales: SalesService) {}

  @ApiOperation({ summary: 'Daily sales per day and exhibitor, with totals, confirmation and who is missing from closing time' })
  @ApiSuccess('FairSales')
  @ApiErrors(404)
  @Get()
  view(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string): Promise<FairSales> {
    return this.sales.fairSales(organizer, id);
  }

  @ApiOperation({
    summary: 'Compare the sales with another fair of the host, per day number and exhibitor (default: the latest earlier fair with confirmed sales)',
  })
  @ApiSuccess('SalesComparison')
  @ApiErrors(400, 404)
  @Get('comparison')
  comparison(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string, @Query() query: SalesComparisonQueryDto): Promise<SalesComparison> {
    return this.sales.comparison(organizer, id, query.compareWith);
  }

  @ApiOperation({ summary: 'Confirm a closed day: from then on only organizers change its figures' })
  @ApiSuccess('FairSales')
  @ApiErrors(400, 404, 409)
  @Post(':date/confirm')
  @HttpCode(200)
  confirm(@Organizer() organizer: OrganizerActor, @Param('id', FairId) id: string, @Param('date') date: string): Promise<FairSales> {
    return this.sales.confirmDay(organizer, id, date);
  }

  @ApiOperation({ summary: "Enter or change an exhibitor's figures of a closed day for it (代理入力, marked so; also after confirmation, audited)" })
  @ApiSuccess('SalesEntry')
  @ApiErrors(400, 404, 409)
  @Put(':applicationId/:date')
  enter(
    @Organizer() organizer: OrganizerActor,
    @Param('id', FairId) id: string,
    @Param('applicationId', ApplicationId) applicationId: string,
    @Param('date') date: string,
    @Body() body: DailySalesDto,
  ): Promise<SalesEntry> {
    return this.sales.enterOnBehalf(organizer, id, applicationId, date, body);
  }
}
