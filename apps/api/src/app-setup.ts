import { type INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import type { LevelWithSilent } from 'pino';
import { AppModule, type AppModuleOptions } from './app.module';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import { useJsonBodies } from './common/body-parsing';
import { createValidationPipe } from './common/validation';
import { createLogger, NestPinoLogger } from './observability/logger';
import { requestLogging } from './observability/request-logging';
import { MetricsService } from './observability/metrics.service';
import { securityHeaders } from './observability/security-headers';
import { isPublicPagePath, PUBLIC_PAGE_ROUTES } from './publishing/page/routes';
import { PublicPageController } from './publishing/page/page.controller';
import { PublicFeedsController } from './publishing/public-feeds.controller';

export interface CreateAppOptions extends AppModuleOptions {
  /** Built web UI to serve at /, with index.html for every non-API path (client-side routes). */
  webDist?: string | null;
  /** false: no log output at all (tests). */
  logger?: false | undefined;
  /** LOG_LEVEL; default info. */
  logLevel?: LevelWithSilent;
  /** Number of reverse proxies in front (TRUST_PROXY). */
  trustProxy?: number;
}

/** Builds the whole HTTP application; main.ts and the integration tests share it so they test one thing. */
export async function createApp(options: CreateAppOptions): Promise<NestExpressApplication> {
  const logger = createLogger(options.logger === false ? 'silent' : (options.logLevel ?? 'info'));
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    bodyParser: false,
    logger: new NestPinoLogger(logger),
  });
  app.disable('x-powered-by');
  if (options.trustProxy) app.set('trust proxy', options.trustProxy);
  app.set('query parser', 'simple'); // repeated or nested query keys are not silently turned into objects
  const metrics = app.get(MetricsService);
  serveHotPublicReads(app, metrics);
  // Everything past the hot public reads is timed and gets a request id, in its log lines and error bodies.
  app.use(metrics.middleware());
  app.use(requestLogging(logger));
  app.use(securityHeaders());
  useJsonBodies(app);
  app.use(cookieParser());
  // The public pages (/f/…, /en/f/…) live outside /api: they are what visitors and posters link to.
  app.setGlobalPrefix('api', { exclude: PUBLIC_PAGE_ROUTES });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  setUpOpenApi(app);
  if (options.webDist) serveWeb(app, options.webDist);
  return app;
}

/**
 * The reads a spike hits (a fair's JSON feed and page) go straight to the same controller methods,
 * ahead of body parsing, cookies and Nest's guard/pipe/filter chain: they are public, take no input
 * but the slug, and answer from memory. Anything else — an unknown slug, a database error — falls
 * through to the regular Nest routes, which answer it the usual way. Measured by bench/public-schedule.
 */
function serveHotPublicReads(app: NestExpressApplication, metrics: MetricsService): void {
  const feeds = app.get(PublicFeedsController);
  const pages = app.get(PublicPageController);
  // [path, route label for the metrics, handler]
  const hot: [RegExp, string, (slug: string, req: Request, res: Response) => Promise<boolean>][] = [
    [/^\/api\/public\/fairs\/([a-z0-9-]{1,80})$/, '/api/public/fairs/:slug', (slug, req, res) => feeds.serveWhole(slug, req, res)],
    [/^\/f\/([a-z0-9-]{1,80})$/, '/f/:slug', (slug, req, res) => pages.serveFair(slug, 'ja', req, res)],
    [/^\/en\/f\/([a-z0-9-]{1,80})$/, '/en/f/:slug', (slug, req, res) => pages.serveFair(slug, 'en', req, res)],
  ];
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    for (const [pattern, route, serve] of hot) {
      const slug = pattern.exec(req.path)?.[1];
      if (slug) {
        serve(slug, req, res).then(
          (served) => (served ? metrics.countHot(req.method, route, res.statusCode) : next()),
          () => next(),
        );
        return;
      }
    }
    next();
  });
}

function setUpOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Bussanten API')
    .setDescription('Partner-municipality registry and local-product fairs. Errors are { code, message, details }.')
    .setVersion('0.1.0')
    .build();
  const document = SwaggerModule.createDocument(app, config);
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
