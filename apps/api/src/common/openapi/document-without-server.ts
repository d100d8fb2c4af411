import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../../app.module';
import { useApiPrefix } from '../../app-setup';
import { buildOpenApiDocument } from './document';
import type { OpenAPIObject } from './openapi-schema';

/**
 * The document /api/openapi.json serves, without a server, a database or a build: Nest builds the
 * app's modules and routes in preview mode (no provider is instantiated, so nothing connects to the
 * database URL, which is never used). For `npm run lint:openapi` (tools/openapi.cjs) and the tests.
 */
export async function openApiDocumentWithoutServer(): Promise<OpenAPIObject> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ databaseUrl: 'postgres://unused.invalid/none', migrationsRun: false }), {
    preview: true,
    logger: false,
    bodyParser: false,
    abortOnError: false,
  });
  try {
    useApiPrefix(app);
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}
