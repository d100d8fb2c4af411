import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CurrentUser, Invitation, InvitationPreview } from '@bussanten/contracts';
import { invitationScopeProblems } from '@bussanten/domain';
import { validationFailed } from '../common/domain-error';
import { AuditService } from '../audit/audit.service';
import { OutboxService } from '../mail/outbox.service';
import type { Actor, OrganizerActor } from './access';
import { emailTaken, invitationInvalid } from './accounts.errors';
import type { InvitationDto } from './dto/accounts.dto';
import { InvitationEntity, UserEntity } from './entities';
import { invitationMessage } from './invitation-message';
import { InvitationsRepository } from './invitations.repository';
import { assertGoodPassword, hashPassword } from './passwords';
import { SessionsRepository } from './sessions.repository';
import { hashToken, newToken, normaliseEmail } from './tokens';
import { UsersRepository } from './users.repository';

export const INVITATION_DAYS = 7;

@Injectable()
export class InvitationsService {
  constructor(
    private readonly invitations: InvitationsRepository,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  list(actor: OrganizerActor): Promise<Invitation[]> {
    return this.invitations.listFor(actor.user.hostId);
  }

  /** Invites a representative of a municipality, or another organizer of the actor's host. */
  async invite(actor: OrganizerActor, input: InvitationDto, origin: string): Promise<Invitation> {
    const email = normaliseEmail(input.email);
    const scope = invitationScopeProblems(input.role, input.municipalityId);
    if (scope.length) throw validationFailed(scope);
    return this.invitations.transaction(async (m) => {
      if (await this.invitations.emailHasAccount(email, m)) throw emailTaken(email);
      if (input.municipalityId && !(await this.invitations.municipalityExists(input.municipalityId, m))) {
        throw validationFailed([{ field: 'municipalityId', rule: 'unknownMunicipality', message: 'municipalityId names no municipality' }]);
      }
      await this.invitations.revokePending(email, actor.user.hostId, m);
      const { token, hash } = newToken();
      const entity = Object.assign(new InvitationEntity(), {
        tokenHash: hash,
        email,
        role: input.role,
        displayName: input.displayName?.trim() || null,
        hostId: actor.user.hostId,
        municipalityId: input.municipalityId ?? null,
        invitedBy: actor.user.id,
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      });
      const saved = await this.invitations.save(entity, m);
      const link = await this.queue(saved, token, origin, m);
      await this.audit.record(m, actor, {
        action: 'invitation.created',
        entityType: 'invitation',
        entityId: saved.id,
        changes: { email: { before: null, after: email }, role: { before: null, after: input.role }, municipalityId: { before: null, after: saved.municipalityId } },
      });
      return { ...((await this.invitations.view(saved.id, m)) as Invitation), link, mailed: this.outbox.delivering };
    });
  }

  /** A new link (the old one stops working) and a fresh 7 days. */
  async resend(actor: OrganizerActor, id: string, origin: string): Promise<Invitation> {
    return this.invitations.transaction(async (m) => {
      const invitation = await this.invitations.findOfHost(id, actor.user.hostId, m);
      if (!invitation || invitation.acceptedAt || invitation.revokedAt) throw invitationInvalid();
      const { token, hash } = newToken();
      invitation.tokenHash = hash;
      invitation.expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
      await this.invitations.save(invitation, m);
      const link = await this.queue(invitation, token, origin, m);
      await this.audit.record(m, actor, { action: 'invitation.resent', entityType: 'invitation', entityId: id, changes: {} });
      return { ...((await this.invitations.view(id, m)) as Invitation), link, mailed: this.outbox.delivering };
    });
  }

  async preview(token: string): Promise<InvitationPreview> {
    const row = await this.invitations.previewByTokenHash(hashToken(token));
    if (!row) throw invitationInvalid();
    return { ...(row as unknown as InvitationPreview), expiresAt: (row['expiresAt'] as Date).toISOString() };
  }

  /** Sets the password, creates the account and signs it in, once. */
  async accept(
    token: string,
    password: string,
    displayName: string,
    actor: Actor,
  ): Promise<{ user: CurrentUser; token: string; expiresAt: Date }> {
    const session = await this.invitations.transaction(async (m) => {
      const invitation = await this.invitations.findPendingByTokenHash(hashToken(token), m);
      if (!invitation) throw invitationInvalid();
      assertGoodPassword('password', password, invitation.email);
      if (await this.invitations.emailHasAccount(invitation.email, m)) throw emailTaken(invitation.email);
      const user = Object.assign(new UserEntity(), {
        email: invitation.email,
        displayName: displayName.trim(),
        passwordHash: await hashPassword(password),
        role: invitation.role,
        hostId: invitation.role === 'organizer' ? invitation.hostId : null,
        municipalityId: invitation.role === 'representative' ? invitation.municipalityId : null,
        invitedByHostId: invitation.hostId,
        passwordChangedAt: new Date(),
        lastSignInAt: new Date(),
        disabledAt: null,
      });
      const saved = await this.users.save(user, m);
      invitation.acceptedAt = new Date();
      await this.invitations.save(invitation, m);
      const created = await this.sessions.create(saved.id, m);
      await this.audit.record(m, { ...actor, user: { ...asAuthUser(saved), sessionId: '', csrfToken: '' } }, {
        hostId: invitation.hostId,
        action: 'invitation.accepted',
        entityType: 'user',
        entityId: saved.id,
        changes: { email: { before: null, after: saved.email }, role: { before: null, after: saved.role } },
      });
      return { ...created, userId: saved.id };
    });
    const user = (await this.users.currentUser(session.userId, session.csrfToken)) as CurrentUser;
    return { user, token: session.token, expiresAt: session.expiresAt };
  }

  private async queue(invitation: InvitationEntity, token: string, origin: string, m: EntityManager): Promise<string> {
    const link = `${origin}/invitations/${token}`;
    const [municipality] = invitation.municipalityId ? await m.query('SELECT name FROM municipalities WHERE id = $1', [invitation.municipalityId]) : [];
    const message = invitationMessage({
      hostName: await this.invitations.hostName(invitation.hostId, m),
      role: invitation.role,
      municipalityName: municipality?.name ?? null,
      link,
      expiresAt: invitation.expiresAt,
    });
    await this.outbox.enqueue(m, { kind: 'invitation', hostId: invitation.hostId, recipient: invitation.email, ...message });
    return link;
  }
}

function asAuthUser(u: UserEntity) {
  return { id: u.id, email: u.email, displayName: u.displayName, role: u.role, hostId: u.hostId, municipalityId: u.municipalityId };
}
