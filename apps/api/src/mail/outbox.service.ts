import { Inject, Injectable, Optional } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OutboxPage, OutboxState } from '@bussanten/contracts';
import { SITE_OPTIONS, type SiteOptions } from '../accounts/session-options';
import { MAIL_OPTIONS, type MailOptions } from './mail-options';
import type { HostContact, LinkPage, MailFrame } from './messages';
import { OutboxRepository, type NewOutboxMessage } from './outbox.repository';

export const OUTBOX_PAGE_SIZE = 50;

/**
 * The outbox: other contexts enqueue a message in the transaction that makes the change it reports,
 * so the change and its mail commit (or roll back) together; the OutboxWorker sends it afterwards.
 */
@Injectable()
export class OutboxService {
  constructor(
    private readonly outbox: OutboxRepository,
    @Inject(MAIL_OPTIONS) private readonly options: MailOptions,
    @Optional() @Inject(SITE_OPTIONS) private readonly site: SiteOptions | null = null,
  ) {}

  /**
   * The absolute address of a page of the site for a mail ('/my/applications/…' →
   * 'https://bussanten.example.jp/my/applications/…'): PUBLIC_URL, else http://localhost:PORT, as
   * the invitation and password-reset links (PUBLIC_URL is required in production).
   */
  link(path: string): string {
    return `${this.site?.origin ?? 'http://localhost:3000'}${path}`;
  }

  /** The host's name and contact (PUT /api/host/contact), read in the caller's transaction, for a mail sent on its behalf. */
  hostContact(manager: EntityManager, hostId: string): Promise<HostContact> {
    return this.outbox.hostContact(manager, hostId);
  }

  /** What a mail sent for the host ends with: the link to `path` (labelled as `page`) and the host's contact. */
  async frame(manager: EntityManager, hostId: string, page: LinkPage, path: string): Promise<MailFrame> {
    return { link: { page, url: this.link(path) }, contact: await this.hostContact(manager, hostId) };
  }

  /** Stores a message in the caller's transaction (`manager`); returns its id. Nothing is sent before that commits. */
  enqueue(manager: EntityManager, message: NewOutboxMessage): Promise<string> {
    return this.outbox.insert(manager, message);
  }

  /**
   * One message to each of the host's representatives of a municipality (see representativeEmails),
   * in the caller's transaction. Returns how many were written: none when it has no one there.
   */
  async enqueueToRepresentatives(
    manager: EntityManager,
    to: { hostId: string; municipalityId: string },
    message: Omit<NewOutboxMessage, 'hostId' | 'recipient'>,
  ): Promise<number> {
    const recipients = await this.outbox.representativeEmails(manager, to.hostId, to.municipalityId);
    for (const recipient of recipients) await this.outbox.insert(manager, { ...message, hostId: to.hostId, recipient });
    return recipients.length;
  }

  /** How many people enqueueToRepresentatives would write to, per municipality, without writing (a preview's counts). */
  representativeCounts(manager: EntityManager, hostId: string, municipalityIds: readonly string[]): Promise<Map<string, number>> {
    return this.outbox.representativeCounts(manager, hostId, municipalityIds);
  }

  /**
   * One message to each live organizer of the host (see organizerEmails), in the caller's
   * transaction. Returns how many were written.
   */
  async enqueueToOrganizers(manager: EntityManager, hostId: string, message: Omit<NewOutboxMessage, 'hostId' | 'recipient'>): Promise<number> {
    const recipients = await this.outbox.organizerEmails(manager, hostId);
    for (const recipient of recipients) await this.outbox.insert(manager, { ...message, hostId, recipient });
    return recipients.length;
  }

  /** False when SMTP_URL is not set: messages stay in the outbox and nobody receives them. */
  get delivering(): boolean {
    return this.options.smtpUrl !== null;
  }

  /** The host's messages, newest first, 50 a page. */
  async list(hostId: string, query: { page?: number; state?: OutboxState }): Promise<OutboxPage> {
    const page = query.page ?? 1;
    const { items, total } = await this.outbox.page(hostId, query.state ?? null, OUTBOX_PAGE_SIZE, (page - 1) * OUTBOX_PAGE_SIZE);
    return { items, total, delivering: this.delivering };
  }
}
