import { Inject, Injectable } from '@nestjs/common';
import type { PasswordResetRequested } from '@bussanten/contracts';
import { AuditService } from '../audit/audit.service';
import { OutboxService } from '../mail/outbox.service';
import type { Actor, AuthUser } from './access';
import { SITE_OPTIONS, type SiteOptions } from './session-options';
import { passwordResetInvalid } from './accounts.errors';
import { passwordChangedMessage, passwordResetMessage, passwordResetNoAccountMessage } from './password-reset-message';
import { PasswordResetsRepository } from './password-resets.repository';
import { assertGoodPassword, hashPassword } from './passwords';
import { SessionsRepository } from './sessions.repository';
import { hashToken, newToken, normaliseEmail } from './tokens';
import { UsersRepository } from './users.repository';

export const PASSWORD_RESET_MINUTES = 60;
/**
 * At most this many reset mails per address and hour: more would let anyone flood a mailbox. Past
 * it the answer stays the same (it must not tell whether the address has an account) and nothing
 * is written or sent; the links already mailed still work.
 */
export const PASSWORD_RESET_MAILS_PER_HOUR = 3;

/** The web page that opens a reset link; the request log writes it as /password-reset/:token. */
export const resetLink = (origin: string, token: string) => `${origin}/password-reset/${token}`;

@Injectable()
export class PasswordResetsService {
  constructor(
    private readonly resets: PasswordResetsRepository,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    @Inject(SITE_OPTIONS) private readonly site: SiteOptions,
  ) {}

  /**
   * Mails a one-time link to the address when an enabled account has it. The answer is the same
   * either way, and so is the work: a token is made and hashed and one token row and one outbox row
   * are written in both cases. For an address without an account the token row has no user (no link
   * can use it) and the outbox row is written as already given up ("suppressed"), so nothing is sent
   * to an address that never asked for an account. The message kind is never listed under 送信メール.
   * Past PASSWORD_RESET_MAILS_PER_HOUR for the address, nothing is written, for either kind of address.
   */
  async request(emailInput: string): Promise<PasswordResetRequested> {
    const email = normaliseEmail(emailInput);
    const { token, hash } = newToken();
    const expiresAt = new Date(Date.now() + PASSWORD_RESET_MINUTES * 60_000);
    await this.resets.transaction(async (m) => {
      if ((await this.resets.recentRequests(m, email, 60)) >= PASSWORD_RESET_MAILS_PER_HOUR) return;
      const user = await this.users.findByEmail(email, m);
      const account = user && !user.disabledAt ? user : null;
      await this.resets.insert(m, hash, account?.id ?? null, expiresAt);
      if (account) {
        const link = resetLink(this.site.origin, token);
        // The link is the token: the stored copy drops it once the mail is sent (as an invitation's).
        await this.outbox.enqueue(m, {
          kind: 'password.reset',
          hostId: null,
          recipient: account.email,
          ...passwordResetMessage({ link, expiresAt }),
          secretLinks: [link],
        });
      } else {
        await this.outbox.enqueue(m, {
          kind: 'password.reset',
          hostId: null,
          recipient: email,
          ...passwordResetNoAccountMessage(),
          suppressed: 'not sent: no account has this address',
        });
      }
    });
    return { validMinutes: PASSWORD_RESET_MINUTES };
  }

  /**
   * Sets the password with a link's token, once: every session of the person ends (all their
   * memberships), every other reset link of theirs stops working, and a notice is mailed.
   */
  async reset(token: string, password: string, actor: Actor): Promise<void> {
    const tokenHash = hashToken(token);
    await this.resets.transaction(async (m) => {
      const usable = await this.resets.lockUsable(m, tokenHash);
      const user = usable ? await this.users.findById(usable.userId, m) : null;
      if (!usable || !user || user.disabledAt) throw passwordResetInvalid();
      await assertGoodPassword('password', password, user.email);
      user.passwordHash = await hashPassword(password);
      user.passwordChangedAt = new Date();
      await this.users.save(user, m);
      await this.resets.useAllOf(m, user.id);
      await this.sessions.deleteForUser(user.id, m);
      const as = { ...actor, user: { id: user.id, hostId: null } as unknown as AuthUser };
      await this.audit.record(m, as, {
        hostId: null,
        action: 'user.password_changed',
        entityType: 'user',
        entityId: user.id,
        changes: { resetLink: { before: null, after: true } },
      });
      await this.outbox.enqueue(m, {
        kind: 'password.changed',
        hostId: null,
        recipient: user.email,
        ...passwordChangedMessage({ at: user.passwordChangedAt, resetUrl: `${this.site.origin}/password-reset` }),
      });
    });
  }
}
