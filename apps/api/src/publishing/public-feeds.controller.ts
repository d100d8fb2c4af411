import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ErrorCode, type PublicFair, type PublicFairListing } from '@bussanten/contracts';
import { Access, NoSession } from '../accounts/access';
import { DomainError } from '../common/domain-error';
import { exhibitorsCsv } from './exhibitors-csv';
import { fairCalendar } from './ical';
import { fairPath } from './page/fair-page';
import { publicBaseUrl } from './page/routes';
import { openToOtherSites } from './cross-site';
import { publicBody, sendPublic, type PublicBody } from './public-body';
import { liveFair, type LiveFair } from './live-notices';
import { PublicReleasesService, type LatestRelease } from './public-releases.service';
import { ApiErrors, ApiFile, ApiSuccess } from '../common/openapi/decorators';

const notReleased = (slug: string) => new DomainError(ErrorCode.FairNotFound, `No published fair at ${slug}`);
const stopped = (slug: string) => new DomainError(ErrorCode.FairNotPublic, `The fair at ${slug} is no longer published`);

/** Every feed is open to other sites (cross-site.ts): the JSON as it is, the files with their names readable too. */
const OPEN = openToOtherSites();
const OPEN_FILE = openToOtherSites('Content-Disposition');

/**
 * The public feeds of a release: JSON (whole and per day), iCal and CSV. Bodies are made once per
 * release and kept by release id, so a request costs a map lookup and a write, not joins.
 */
@ApiTags('public')
@Controller('public/fairs')
@Access('public')
@NoSession()
export class PublicFeedsController {
  private readonly bodies = new Map<string, PublicBody>();
  /** The listing's body per listing (a new array whenever a fair is published, shown or hidden), so it is compressed once. */
  private readonly listings = new WeakMap<readonly PublicFairListing[], PublicBody>();

  constructor(private readonly releases: PublicReleasesService) {}

  @ApiOperation({ summary: 'Every published fair, from its latest release' })
  @ApiSuccess('PublicFairListing', { array: true })
  @ApiErrors(400)
  @Get()
  async listing(@Req() req: Request, @Res() res: Response): Promise<void> {
    const listing = await this.releases.listing();
    let body = this.listings.get(listing);
    if (!body) this.listings.set(listing, (body = publicBody(JSON.stringify(listing), 'application/json; charset=utf-8')));
    await sendPublic(req, res, body, OPEN);
  }

  @ApiOperation({ summary: "A fair's public schedule: the JSON feed of its latest release" })
  @ApiSuccess('PublicFair')
  @ApiErrors(404, 410)
  @Get(':slug')
  async fair(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.sendWhole(await this.latest(slug), req, res);
  }

  @ApiOperation({ summary: "A fair's public schedule for one of its days" })
  @ApiSuccess('PublicFair')
  @ApiErrors(404, 410)
  @Get(':slug/days/:date')
  async day(@Param('slug') slug: string, @Param('date') date: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const release = await this.latest(slug);
    const day = release.snapshot.days.find((d) => d.date === date);
    if (!day)
      throw new DomainError(ErrorCode.NotFound, `The fair has no day ${date}`, [
        { field: 'date', rule: 'fairDay', message: `${date} is not a day of this fair` },
      ]);
    const live = liveFair(release.snapshot, release.notices, new Date());
    await sendPublic(
      req,
      res,
      this.body(release, live, `day:${date}`, () => publicBody(JSON.stringify(oneDay(live.fair, date)), 'application/json; charset=utf-8')),
      { ...OPEN, 'Cache-Control': live.cacheControl },
    );
  }

  @ApiOperation({ summary: "A fair's days and appearances as iCalendar" })
  @ApiFile('text/calendar')
  @ApiErrors(404, 410)
  @Get(':slug/calendar.ics')
  async calendar(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const release = await this.latest(slug);
    // UIDs take the fair's fixed domain, never the Host header: the same events whichever address a calendar subscribed through.
    // The events' links go to the page at the address the site is known by (PUBLIC_URL, or this request's).
    const pageUrl = `${publicBaseUrl(req)}${fairPath(slug, 'ja')}`;
    // A closing-early or closed day (a live notice) ends the day's event earlier or cancels it, with a higher SEQUENCE.
    const live = liveFair(release.snapshot, release.notices, new Date());
    await sendPublic(
      req,
      res,
      this.body(release, live, `ics ${pageUrl}`, () =>
        publicBody(fairCalendar(live.fair, { uidHost: release.uidDomain, pageUrl }), 'text/calendar; charset=utf-8'),
      ),
      {
        ...OPEN_FILE,
        'Cache-Control': live.cacheControl,
        'Content-Disposition': `inline; filename="${slug}.ics"`,
      },
    );
  }

  @ApiOperation({ summary: "A fair's exhibitors as CSV" })
  @ApiFile('text/csv')
  @ApiErrors(404, 410)
  @Get(':slug/exhibitors.csv')
  async csv(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const release = await this.latest(slug);
    await sendPublic(
      req,
      res,
      this.body(release, null, 'csv', () => publicBody(exhibitorsCsv(release.snapshot), 'text/csv; charset=utf-8')),
      {
        ...OPEN_FILE,
        'Content-Disposition': `attachment; filename="${slug}-exhibitors.csv"`,
      },
    );
  }

  /** The fast path's entry (see app-setup.ts): false when there is no release to show, so the regular route answers (404 or 410). */
  async serveWhole(slug: string, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const release = await this.releases.latest(slug);
    if (!release?.visible) return false;
    await this.sendWhole(release, req, res);
    return true;
  }

  /** The whole feed: the release's snapshot with the live notices shown now (issue 23). */
  private sendWhole(release: LatestRelease, req: IncomingMessage, res: ServerResponse): void | Promise<void> {
    const live = liveFair(release.snapshot, release.notices, new Date());
    return sendPublic(
      req,
      res,
      this.body(release, live, 'json', () => publicBody(JSON.stringify(live.fair), 'application/json; charset=utf-8')),
      { ...OPEN, 'Cache-Control': live.cacheControl },
    );
  }

  private async latest(slug: string): Promise<LatestRelease> {
    const release = /^[a-z0-9-]{1,80}$/.test(slug) ? await this.releases.latest(slug) : null;
    if (!release) throw notReleased(slug);
    if (!release.visible) throw stopped(slug);
    return release;
  }

  /**
   * Bodies of old releases are dropped when the map grows, newest kept: a release never changes, and
   * a body is kept under the live notices it shows too (null: a body that shows none), so a body
   * never goes stale.
   */
  private body(release: LatestRelease, live: LiveFair | null, variant: string, make: () => PublicBody): PublicBody {
    const key = `${release.id}:${live?.key ?? ''}:${variant}`;
    let body = this.bodies.get(key);
    if (!body) {
      body = make();
      if (this.bodies.size > 500) this.bodies.delete(this.bodies.keys().next().value as string);
      this.bodies.set(key, body);
    }
    return body;
  }
}

/** The JSON feed for one day: the fair's facts with that day's hours, exhibitors present and visits. */
function oneDay(fair: PublicFair, date: string): PublicFair {
  return {
    ...fair,
    days: fair.days.filter((d) => d.date === date),
    exhibitors: fair.exhibitors.filter((e) => e.days.includes(date)),
    appearances: fair.appearances.filter((a) => a.date === date),
    notices: fair.notices?.filter((n) => n.day === null || n.day === date),
  };
}
