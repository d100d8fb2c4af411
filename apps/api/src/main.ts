import 'reflect-metadata';
import { join } from 'node:path';
import { createApp } from './app-setup';
import { SecretBox } from './common/secret-box';
import { loadAppSecret } from './config/app-secret';
import { ConfigError, loadConfig } from './config/config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres';
import { prepareDatabase } from './database/prepare-database';
import { demoAccountsText } from './database/seed/seed';
import { webhookAllowPrivateFromEnv, webhookPollMsFromEnv } from './publishing/webhooks/webhook-options';

async function main(): Promise<void> {
  const config = loadConfig();
  const webhookPollMs = webhookPollMsFromEnv();
  const webhookAllowPrivate = webhookAllowPrivateFromEnv();
  // Before any database: production without APP_SECRET stops here.
  const appSecret = await loadAppSecret(process.env, config.dataDir);
  const secretBox = new SecretBox(appSecret.secret, appSecret.previous ? [appSecret.previous] : []);
  console.log(
    `Stored secrets are encrypted with the key from ${appSecret.origin === 'APP_SECRET' ? 'APP_SECRET' : `${appSecret.origin.file} (set APP_SECRET in production)`}`,
  );
  if (webhookAllowPrivate) console.warn('WEBHOOK_ALLOW_PRIVATE=true: webhooks may be sent to loopback, private and reserved addresses');
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres(config.dataDir);
    databaseUrl = embedded.url;
    console.log(`Embedded PostgreSQL running with data in ${config.dataDir}`);
  }
  const stopDatabase = async () => {
    const db = embedded;
    embedded = null;
    if (db) await db.stop();
  };
  try {
    await prepareDatabase(databaseUrl, { seedDemo: config.seedDemo, secretBox });
    const app = await createApp({
      databaseUrl,
      migrationsRun: false,
      logLevel: config.logLevel,
      trustProxy: config.trustProxy,
      metricsToken: config.metricsToken,
      sessionIdleMinutes: config.sessionIdleMinutes,
      siteOrigin: config.siteOrigin,
      secretBox,
      photosDir: join(config.dataDir, 'photos'),
      mail: {
        smtpUrl: config.smtpUrl,
        allowInsecure: config.smtpAllowInsecure,
        from: config.mailFrom,
        pollMs: config.mailPollMs,
        maxAttempts: config.mailMaxAttempts,
      },
      webhooks: { deliver: true, pollMs: webhookPollMs, allowPrivate: webhookAllowPrivate, secretBox },
      // The bundle lives in dist/apps/api; the web build beside it in dist/apps/web.
      webDist: config.webDist ?? join(__dirname, '..', 'web'),
    });
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        console.log(`${signal}: shutting down`);
        void app
          .close()
          .then(stopDatabase)
          .finally(() => process.exit(0));
      });
    }
    await app.listen(config.port, config.host);
    const url = `http://localhost:${config.port}`;
    if (config.seedDemo) console.log(demoAccountsText());
    console.log(`Bussanten is ready: ${url}  (API ${url}/api, docs ${url}/api/docs)`);
  } catch (e) {
    await stopDatabase();
    throw e;
  }
}

main().catch((e: unknown) => {
  const message = e instanceof ConfigError ? `Configuration error: ${e.message}` : e instanceof Error ? (e.stack ?? e.message) : String(e);
  console.error(message);
  process.exit(1);
});
