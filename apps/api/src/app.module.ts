import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from './database/data-source-options';
import { AccountsModule } from './accounts/accounts.module';
import { SessionOptionsModule } from './accounts/session-options';
import { OperatorModule } from './operator/operator.module';
import { ApplicationsModule } from './applications/applications.module';
import { AuditModule } from './audit/audit.module';
import { BoothsModule } from './booths/booths.module';
import { FairsModule } from './fairs/fairs.module';
import { FairTransferModule } from './fairs/transfer/fair-transfer.module';
import { GuestsModule } from './guests/guests.module';
import { GuestPhotoModule } from './guests/photo/guest-photo.module';
import { HealthModule } from './health/health.module';
import { HomeModule } from './home/home.module';
import { ObservabilityModule } from './observability/observability.module';
import { PublicPageModule } from './publishing/page/page.module';
import { PublishingModule } from './publishing/publishing.module';
import { NoticesModule } from './notices/notices.module';
import type { SecretBox } from './common/secret-box';
import type { MailOptions } from './mail/mail-options';
import { MailModule } from './mail/mail.module';
import { RegistryModule } from './registry/registry.module';
import { SalesModule } from './sales/sales.module';
import type { WebhookOptions } from './publishing/webhooks/webhook-options';
import { WebhooksModule } from './publishing/webhooks/webhooks.module';

export interface AppModuleOptions {
  databaseUrl: string;
  /** Apply pending migrations at start-up (the app's own boot does; tests migrate a template once). */
  migrationsRun: boolean;
  /** Outbox delivery (SMTP_URL, MAIL_*); left out, messages are stored but not sent. */
  mail?: Partial<MailOptions>;
  /** Directory of the guests' photos (DATA_DIR/photos); left out, a directory under the OS temp dir (tests only). */
  photosDir?: string;
  /** Webhook delivery (WEBHOOK_POLL_MS); the worker runs only with deliver: true (main.ts; tests opt in). */
  webhooks?: Partial<WebhookOptions>;
  /** METRICS_TOKEN: the bearer token /api/metrics asks for; left out or null, the route is off (404). */
  metricsToken?: string | null;
  /** SESSION_IDLE_MINUTES; left out, DEFAULT_SESSION_IDLE_MINUTES. */
  sessionIdleMinutes?: number;
  /** The site's origin (PUBLIC_URL, else http://localhost:PORT): links in mails and the passkeys' relying party. */
  siteOrigin?: string;
  /** APP_SECRET's SecretBox: seals the authenticator-app (TOTP) secrets. */
  secretBox?: SecretBox | null;
}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot({ ...dataSourceOptions(options.databaseUrl), migrationsRun: options.migrationsRun }),
        AuditModule,
        SessionOptionsModule.forRoot({ idleMinutes: options.sessionIdleMinutes, siteOrigin: options.siteOrigin, secretBox: options.secretBox }),
        AccountsModule,
        OperatorModule,
        FairsModule,
        FairTransferModule,
        BoothsModule,
        ApplicationsModule,
        GuestsModule,
        PublishingModule,
        PublicPageModule,
        NoticesModule,
        HomeModule,
        SalesModule,
        MailModule.forRoot(options.mail),
        WebhooksModule.forRoot(options.webhooks),
        GuestPhotoModule.forRoot(options.photosDir),
        HealthModule,
        ObservabilityModule.forRoot(options.metricsToken),
        RegistryModule,
      ],
    };
  }
}
