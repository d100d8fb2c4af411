import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import SMTPTransport from 'nodemailer/lib/smtp-transport';
import { isLastAttempt, PollingWorker, retryBackoff } from '../common/polling/polling-worker';
import { MAIL_OPTIONS, type MailOptions } from './mail-options';
import { OutboxRepository, type ClaimedMessage } from './outbox.repository';
import { bodyAfterSending } from './sent-body';
import { describeSmtpError } from './smtp-error';
import { smtpSecurity, smtpSecurityProblem } from './smtp-security';

/** Messages claimed per transaction. */
export const BATCH_SIZE = 10;

/**
 * How long a claimed message is left to its worker before another may take it. Longer than the worst
 * batch: each send gives up after at most 10 s to connect + 10 s for the greeting + 30 s idle socket.
 */
const LEASE_MS = 10 * 60_000;

/**
 * Sends the outbox through SMTP, when SMTP_URL is set. Its PollingWorker (common/polling) claims due
 * messages every pollMs (see OutboxRepository.claimDue: any number of API processes can poll one
 * database, and none sends a row another holds); this sends them one by one, and marks each sent, or
 * counts the failure and backs off; after maxAttempts a message is marked failed and stays visible at
 * GET /api/outbox.
 *
 * Delivery is at-least-once: a message is marked sent only after the SMTP server accepted it, so a
 * crash (or a lost database connection) between the two sends it again once its lease runs out.
 * Nothing is ever lost, but a recipient may rarely get a message twice; it keeps the same
 * Message-ID (<outbox id@domain>) so mail systems can tell it is the same message.
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private transport: Transporter<SMTPTransport.SentMessageInfo> | null = null;
  /** SMTP_URL's credentials go only over TLS: STARTTLS or no sending (see smtp-security.ts). */
  private requireTls = false;
  private readonly poller: PollingWorker<ClaimedMessage>;

  constructor(
    @Inject(MAIL_OPTIONS) private readonly options: MailOptions,
    private readonly outbox: OutboxRepository,
  ) {
    this.poller = new PollingWorker({
      name: 'outbox',
      logger: this.logger,
      queue: outbox,
      deliver: (message) => this.send(message),
      batchSize: BATCH_SIZE,
      leaseMs: LEASE_MS,
      pollMs: options.pollMs,
    });
  }

  onApplicationBootstrap(): void {
    if (!this.options.smtpUrl || this.poller.isStopped) return;
    // The config refuses such a URL at boot already; this covers options passed some other way.
    const problem = smtpSecurityProblem(this.options.smtpUrl, this.options.allowInsecure);
    if (problem) throw new Error(problem);
    const security = smtpSecurity(this.options.smtpUrl, this.options.allowInsecure);
    this.requireTls = security.requireTls;
    if (security.requireTls) {
      this.logger.log('SMTP_URL carries credentials over smtp://: mail is sent only after STARTTLS (SMTP_ALLOW_INSECURE=true allows a relay without TLS)');
    } else if (security.credentials && !security.implicitTls) {
      this.logger.warn("SMTP_ALLOW_INSECURE=true: the relay's password crosses the network unencrypted when the relay offers no STARTTLS");
    }
    this.transport = createTransport(
      new SMTPTransport({
        url: this.options.smtpUrl,
        requireTLS: this.requireTls,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      }),
    );
    this.poller.start();
  }

  /** Stops polling, lets a batch being sent finish (unsent rows of it are handed back), closes SMTP. */
  async onModuleDestroy(): Promise<void> {
    await this.poller.stop();
    this.transport?.close();
    this.transport = null;
  }

  /**
   * Claims one batch and sends it; returns how many messages it claimed. The timer calls it; tests
   * may too. Throws when the database cannot be reached (the timer logs that and tries again later).
   */
  async deliverBatch(): Promise<number> {
    if (!this.transport) return 0;
    return this.poller.runRound();
  }

  private async send(message: ClaimedMessage): Promise<void> {
    // Set before polling starts, closed only after it stopped: never missing while a round runs.
    const transport = this.transport;
    if (!transport) throw new Error('the SMTP transport is closed');
    try {
      await transport.sendMail({
        from: this.options.from,
        to: message.recipient,
        subject: message.subject,
        text: message.body,
        attachments: (message.attachments ?? []).map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
        messageId: `<${message.id}@${domainOf(this.options.from)}>`,
        // RFC 3834: no out-of-office replies to a machine.
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
    } catch (e) {
      const error = describeSmtpError(e, this.options.smtpUrl ?? '', { requireTls: this.requireTls });
      const backoff = retryBackoff(this.options);
      await this.outbox.markAttemptFailed(message.id, error, backoff);
      const last = isLastAttempt(message.attempts, backoff);
      this.logger.warn(`outbox message ${message.id}: attempt ${message.attempts + 1} failed (${error})${last ? '; giving up' : ''}`);
      return;
    }
    // The stored copy loses its token-bearing links: the recipient has them now, nobody else needs them.
    await this.outbox.markSent(message.id, bodyAfterSending(message.body, message.secretLinks));
  }
}

/** The domain of the From address, for Message-IDs; 'Bussanten <no-reply@x.jp>' → 'x.jp'. */
function domainOf(from: string): string {
  return /@([A-Za-z0-9.-]+)/.exec(from)?.[1] ?? 'bussanten.invalid';
}
