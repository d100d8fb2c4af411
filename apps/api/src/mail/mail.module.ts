import { Global, Module, type DynamicModule } from '@nestjs/common';
import { MAIL_OPTIONS, mailOptions, type MailOptions } from './mail-options';
import { OutboxController } from './outbox.controller';
import { OutboxRepository } from './outbox.repository';
import { OutboxService } from './outbox.service';
import { OutboxWorker } from './outbox.worker';

/**
 * The mail outbox: messages written with the change that caused them, sent by a worker. Global, so
 * any context can inject OutboxService and enqueue in its own transaction.
 */
@Global()
@Module({})
export class MailModule {
  /** Options left out take the defaults: without smtpUrl nothing is sent. */
  static forRoot(options: Partial<MailOptions> = {}): DynamicModule {
    return {
      module: MailModule,
      controllers: [OutboxController],
      providers: [{ provide: MAIL_OPTIONS, useValue: mailOptions(options) }, OutboxRepository, OutboxService, OutboxWorker],
      exports: [OutboxService],
    };
  }
}
