import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import SMTPTransport from 'nodemailer/lib/smtp-transport';
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
 * Sends the outbox through SMTP, when SMTP_URL is set. Every pollMs it claims due messages (see
 * OutboxRepository.claimDue: any number of API processes can poll one database, and none sends a row
 * another holds), sends them one by one, and marks each sent, or counts the failure and backs off;
 * after maxAttempts a message is marked failed and stays visible at GET /api/outbox.
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
  private timer: NodeJS.Timeout | null = null;
  private inFlight: Promise<void> | null = null;
  private stopped = false;

  constructor(
    @Inject(MAIL_OPTIONS) private readonly options: MailOptions,
    private readonly outbox: OutboxRepository,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.options.smtpUrl || this.stopped) return;
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
    this.schedule(0);
  }

  /** Stops polling, lets a batch being sent finish (unsent rows of it are handed back), closes SMTP. */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.inFlight;
    this.transport?.close();
    this.transport = null;
  }

  /**
   * Claims one batch and sends it; returns how many messages it claimed. The timer calls it; tests
   * may too. Throws when the database cannot be reached (the timer logs that and tries again later).
   */
  async deliverBatch(): Promise<number> {
    const transport = this.transport;
    if (!transport) return 0;
    const claimed = await this.outbox.claimDue(BATCH_SIZE, LEASE_MS);
    for (const [i, message] of claimed.entries()) {
      if (this.stopped) {
        // Shutting down: the rest need not wait out their lease to be sent by whoever runs next.
        await this.outbox.release(claimed.slice(i).map((m) => m.id));
        break;
      }
      await this.send(transport, message);
    }
    return claimed.length;
  }

  private async send(transport: Transporter<SMTPTransport.SentMessageInfo>, message: ClaimedMessage): Promise<void> {
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
      await this.outbox.markAttemptFailed(message.id, error, {
        baseMs: this.options.retryBaseMs,
        maxMs: this.options.retryMaxMs,
        maxAttempts: this.options.maxAttempts,
      });
      const last = message.attempts + 1 >= this.options.maxAttempts;
      this.logger.warn(`outbox message ${message.id}: attempt ${message.attempts + 1} failed (${error})${last ? '; giving up' : ''}`);
      return;
    }
    // The stored copy loses its token-bearing links: the recipient has them now, nobody else needs them.
    await this.outbox.markSent(message.id, bodyAfterSending(message.body, message.secretLinks));
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.inFlight = this.poll().finally(() => {
        this.inFlight = null;
      });
    }, delayMs);
    // The HTTP server keeps the process alive; a pending poll alone should not.
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    let full = false;
    try {
      full = (await this.deliverBatch()) === BATCH_SIZE;
    } catch (e) {
      this.logger.warn(`outbox poll failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    // A full batch means more may be due: go on at once instead of waiting a whole poll interval.
    this.schedule(full ? 0 : this.options.pollMs);
  }
}

/** The domain of the From address, for Message-IDs; 'Bussanten <no-reply@x.jp>' → 'x.jp'. */
function domainOf(from: string): string {
  return /@([A-Za-z0-9.-]+)/.exec(from)?.[1] ?? 'bussanten.invalid';
}
