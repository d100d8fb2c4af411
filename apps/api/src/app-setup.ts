import { type INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import type { DestinationStream, LevelWithSilent } from 'pino';
import { AppModule, type AppModuleOptions } from './app.module';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import { useJsonBodies } from './common/body-parsing';
import { buildOpenApiDocument } from './common/openapi/document';
import { createValidationPipe } from './common/validation';
import { createLogger, NestPinoLogger } from './observability/logger';
import { requestLogging } from './observability/request-logging';
import { MetricsService } from './observability/metrics.service';
import { noStoreForApi } from './observability/no-store';
import { securityHeaders } from './observability/security-headers';
import { bareBaseUrl, isPublicPagePath, PUBLIC_PAGE_ROUTES } from './publishing/page/routes';
import type { Lang } from '@bussanten/messages';
import { serveHotReadsFirst } from './hot-public-reads';
import { PublicPageController } from './publishing/page/page.controller';
import { PublicFeedsController } from './publishing/public-feeds.controller';
import { publicFeedsOpenToOtherSites } from './publishing/cross-site';

export interface CreateAppOptions extends AppModuleOptions {
  /** Built web UI to serve at /, with index.html for every non-API path (client-side routes). */
  webDist?: string | null;
  /** false: no log output at all (tests). */
  logger?: false | undefined;
  /** LOG_LEVEL; default info. */
  logLevel?: LevelWithSilent;
  /** Where the log lines go; default stdout (tests read them from a stream). */
  logDestination?: DestinationStream;
  /** Number of reverse proxies in front (TRUST_PROXY). */
  trustProxy?: number;
}

/** Builds the whole HTTP application; main.ts and the integration tests share it so they test one thing. */
export async function createApp(options: CreateAppOptions): Promise<NestExpressApplication> {
  const logger = createLogger(options.logger === false ? 'silent' : (options.logLevel ?? 'info'), options.logDestination);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    bodyParser: false,
    logger: new NestPinoLogger(logger),
  });
  app.disable('x-powered-by');
  if (options.trustProxy) app.set('trust proxy', options.trustProxy);
  app.set('query parser', 'simple'); // repeated or nested query keys are not silently turned into objects
  const metrics = app.get(MetricsService);
  serveHotPublicReads(app, metrics, options.trustProxy ?? 0);
  // Everything past the hot public reads is timed and gets a request id, in its log lines and error bodies.
  app.use(metrics.middleware());
  app.use(requestLogging(logger));
  app.use(securityHeaders());
  app.use(publicFeedsOpenToOtherSites()); // CORS on /api/public only (cross-site.ts)
  app.use(noStoreForApi());
  useJsonBodies(app);
  app.use(cookieParser());
  useApiPrefix(app);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  setUpOpenApi(app);
  if (options.webDist) serveWeb(app, options.webDist);
  return app;
}

/** The fair's JSON feed, its pages and the index of fairs in both languages, answered before Express (hot-public-reads.ts). */
function serveHotPublicReads(app: NestExpressApplication, metrics: MetricsService, trustProxy: number): void {
  const feeds = app.get(PublicFeedsController);
  const pages = app.get(PublicPageController);
  const page = (lang: Lang) => (slug: string, req: IncomingMessage, res: ServerResponse) => {
    const baseUrl = bareBaseUrl(req, trustProxy);
    return baseUrl === null ? null : pages.serveFair(slug, lang, baseUrl, req, res);
  };
  const index = (lang: Lang) => (_path: string, req: IncomingMessage, res: ServerResponse) => {
    const baseUrl = bareBaseUrl(req, trustProxy);
    return baseUrl === null ? null : pages.serveIndex(lang, baseUrl, req, res);
  };
  serveHotReadsFirst(
    app.getHttpServer(),
    [
      [/^\/api\/public\/fairs\/([a-z0-9-]{1,80})$/, '/api/public/fairs/:slug', (slug, req, res) => feeds.serveWhole(slug, req, res)],
      [/^\/f\/([a-z0-9-]{1,80})$/, '/f/:slug', page('ja')],
      [/^\/en\/f\/([a-z0-9-]{1,80})$/, '/en/f/:slug', page('en')],
      // The index has no slug: its pattern captures the path, which the handler does not need.
      [/^(\/f)$/, '/f', index('ja')],
      [/^\/en(\/f)$/, '/en/f', index('en')],
    ],
    (method, route, status) => metrics.countHot(method, route, status),
  );
}

/** Every route under /api but the public pages (/f/…, /en/f/…): they are what visitors and posters link to. */
export function useApiPrefix(app: INestApplication): void {
  app.setGlobalPrefix('api', { exclude: PUBLIC_PAGE_ROUTES });
}

/** The OpenAPI document (common/openapi/document.ts) at /api/openapi.json, and the reference UI at /api/docs. */
function setUpOpenApi(app: INestApplication): void {
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/openapi.json', useGlobalPrefix: false });
}

function serveWeb(app: NestExpressApplication, dir: string): void {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) {
    new Logger('Web').warn(`No web build at ${dir}; run "npm run build" to serve the UI`);
    return;
  }
  app.useStaticAssets(dir, { index: false, maxAge: '1h', immutable: false });
  // Client-side routes: any GET outside /api that is not a file gets the app shell.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path === '/api' || req.path.startsWith('/api/')) return next();
    if (isPublicPagePath(req.path)) return next(); // server-rendered public pages (PublicPageController)
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
