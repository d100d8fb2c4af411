import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Invitation, InvitationPreview, SignInResult } from '@bussanten/contracts';
import { invitationScopeProblems } from '@bussanten/domain';
import { validationFailed } from '../common/domain-error';
import { AuditService } from '../audit/audit.service';
import { OutboxService } from '../mail/outbox.service';
import type { Actor, AuthUser, OrganizerActor } from './access';
import { alreadyMember, invitationInvalid } from './accounts.errors';
import { AuthService } from './auth.service';
import { SignInStepsService } from './factors/sign-in-steps.service';
import type { InvitationDto } from './dto/accounts.dto';
import { InvitationEntity, UserEntity } from './entities';
import { invitationMessage } from './invitation-message';
import { InvitationsRepository } from './invitations.repository';
import { MembershipsRepository } from './memberships.repository';
import { assertGoodPassword, hashPassword } from './passwords';
import { SITE_OPTIONS, type SiteOptions } from './session-options';
import { hashToken, newToken, normaliseEmail } from './tokens';
import { UsersRepository } from './users.repository';

export const INVITATION_DAYS = 7;

@Injectable()
export class InvitationsService {
  constructor(
    private readonly invitations: InvitationsRepository,
    private readonly memberships: MembershipsRepository,
    private readonly users: UsersRepository,
    private readonly steps: SignInStepsService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    @Inject(SITE_OPTIONS) private readonly site: SiteOptions,
  ) {}

  list(actor: OrganizerActor): Promise<Invitation[]> {
    return this.invitations.listFor(actor.user.hostId);
  }

  /**
   * Invites a representative of a municipality, or another organizer, to the actor's host. The
   * address may already have an account (at this host or another): accepting then adds the
   * membership to it. Only a membership this host already gives that person is refused.
   */
  async invite(actor: OrganizerActor, input: InvitationDto): Promise<Invitation> {
    return this.create(actor, actor.user.hostId, input);
  }

  /** Also used by the operator for a new host's first organizer. */
  async create(actor: Actor & { user: AuthUser }, hostId: string, input: InvitationDto, m?: EntityManager): Promise<Invitation> {
    const email = normaliseEmail(input.email);
    const scope = invitationScopeProblems(input.role, input.municipalityId, input.fairIds);
    if (scope.length) throw validationFailed(scope);
    const work = async (m: EntityManager) => {
      if (input.municipalityId && !(await this.invitations.municipalityExists(input.municipalityId, m))) {
        throw validationFailed([{ field: 'municipalityId', rule: 'unknownMunicipality', message: 'municipalityId names no municipality' }]);
      }
      const fairIds = input.role === 'staff' && input.fairIds?.length ? [...new Set(input.fairIds.map((id) => id.toLowerCase()))] : null;
      if (fairIds && !(await this.invitations.fairsOfHost(fairIds, hostId, m))) {
        throw validationFailed([{ field: 'fairIds', rule: 'unknownFair', message: 'fairIds names a fair this host does not hold' }]);
      }
      if (await this.memberships.heldByEmail(email, { role: input.role, hostId, municipalityId: input.municipalityId ?? null }, m)) throw alreadyMember(email);
      await this.invitations.revokePending(email, hostId, m);
      const { token, hash } = newToken();
      const entity = Object.assign(new InvitationEntity(), {
        tokenHash: hash,
        email,
        role: input.role,
        displayName: input.displayName?.trim() || null,
        hostId,
        municipalityId: input.municipalityId ?? null,
        fairIds,
        invitedBy: actor.user.id,
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      });
      const saved = await this.invitations.save(entity, m);
      const link = await this.queue(saved, token, m);
      await this.audit.record(m, actor, {
        hostId,
        action: 'invitation.created',
        entityType: 'invitation',
        entityId: saved.id,
        changes: {
          email: { before: null, after: email },
          role: { before: null, after: input.role },
          municipalityId: { before: null, after: saved.municipalityId },
          ...(fairIds ? { fairIds: { before: null, after: fairIds } } : {}),
        },
      });
      return { ...((await this.invitations.view(saved.id, hostId, m)) as Invitation), link, mailed: this.outbox.delivering };
    };
    return m ? work(m) : this.invitations.transaction(work);
  }

  /** A new link (the old one stops working) and a fresh 7 days. */
  async resend(actor: OrganizerActor, id: string): Promise<Invitation> {
    return this.invitations.transaction(async (m) => {
      const invitation = await this.invitations.findOfHost(id, actor.user.hostId, m);
      if (!invitation || invitation.acceptedAt || invitation.revokedAt) throw invitationInvalid();
      const { token, hash } = newToken();
      invitation.tokenHash = hash;
      invitation.expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
      await this.invitations.save(invitation, m);
      const link = await this.queue(invitation, token, m);
      await this.audit.record(m, actor, { action: 'invitation.resent', entityType: 'invitation', entityId: id, changes: {} });
      return { ...((await this.invitations.view(id, actor.user.hostId, m)) as Invitation), link, mailed: this.outbox.delivering };
    });
  }

  /** The link stops working before it is used. An accepted invitation is a membership: revoke that instead. */
  async revoke(actor: OrganizerActor, id: string): Promise<Invitation> {
    return this.invitations.transaction(async (m) => {
      const invitation = await this.invitations.findOfHost(id, actor.user.hostId, m);
      if (!invitation || invitation.acceptedAt) throw invitationInvalid();
      if (!invitation.revokedAt) {
        invitation.revokedAt = new Date();
        await this.invitations.save(invitation, m);
        await this.audit.record(m, actor, {
          action: 'invitation.revoked',
          entityType: 'invitation',
          entityId: id,
          changes: { email: { before: invitation.email, after: null } },
        });
      }
      return (await this.invitations.view(id, actor.user.hostId, m)) as Invitation;
    });
  }

  async preview(token: string): Promise<InvitationPreview> {
    const row = await this.invitations.previewByTokenHash(hashToken(token));
    if (!row) throw invitationInvalid();
    return { ...(row as unknown as InvitationPreview), expiresAt: (row['expiresAt'] as Date).toISOString() };
  }

  /**
   * Accepts once. A new address gets an account with the password chosen here; an address that
   * has an account proves it with that account's password (counted like a sign-in attempt) and
   * gains the membership. Either way the session starts in the new membership.
   */
  async accept(
    token: string,
    password: string,
    displayName: string | undefined,
    actor: Actor,
  ): Promise<{ result: SignInResult; token: string; expiresAt: Date }> {
    const pending = await this.invitations.previewByTokenHash(hashToken(token));
    if (!pending) throw invitationInvalid();
    const existing = await this.users.findByEmail(pending['email'] as string);
    // Checked outside the transaction so that a refused password still counts as a failure.
    if (existing) await this.auth.checkPassword(existing.email, password, actor.address);
    const session = await this.invitations.transaction(async (m) => {
      const invitation = await this.invitations.findPendingByTokenHash(hashToken(token), m);
      if (!invitation) throw invitationInvalid();
      let user = await this.users.findByEmail(invitation.email, m);
      if (!user) {
        if (!displayName?.trim()) throw validationFailed([{ field: 'displayName', rule: 'required', message: 'displayName is required for a new account' }]);
        await assertGoodPassword('password', password, invitation.email);
        user = await this.users.save(
          Object.assign(new UserEntity(), {
            email: invitation.email,
            displayName: displayName.trim(),
            passwordHash: await hashPassword(password),
            passwordChangedAt: new Date(),
            lastSignInAt: new Date(),
            disabledAt: null,
          }),
          m,
        );
      } else if (user.id !== existing?.id) {
        throw invitationInvalid(); // the account appeared or changed since the password check
      }
      const membershipId = await this.memberships.grant(
        { userId: user.id, role: invitation.role, hostId: invitation.hostId, municipalityId: invitation.municipalityId, fairIds: invitation.fairIds },
        m,
      );
      invitation.acceptedAt = new Date();
      await this.invitations.save(invitation, m);
      // An account with a second factor is asked for it; a new organizer of a host that requires one enrols first.
      const created = await this.steps.open(user.id, membershipId, actor, m);
      const as: Actor = {
        ...actor,
        user: {
          id: user.id,
          email: user.email,
          displayName: user.displayName,
          membershipId,
          role: invitation.role,
          hostId: invitation.hostId,
          municipalityId: invitation.municipalityId,
          fairIds: invitation.fairIds,
          sessionId: '',
          csrfToken: '',
          pending: null,
        },
      };
      await this.audit.record(m, as, {
        action: 'invitation.accepted',
        entityType: 'membership',
        entityId: membershipId,
        changes: {
          email: { before: null, after: user.email },
          role: { before: null, after: invitation.role },
          existingAccount: { before: null, after: Boolean(existing) },
        },
      });
      return { ...created, userId: user.id, membershipId };
    });
    if (!session.step) await this.users.markSignedIn(session.userId);
    const result = await this.steps.describe(session.userId, session.membershipId, session.step, session.csrfToken);
    return { result, token: session.token, expiresAt: session.expiresAt };
  }

  private async queue(invitation: InvitationEntity, token: string, m: EntityManager): Promise<string> {
    const link = `${this.site.origin}/invitations/${token}`;
    const [municipality] = invitation.municipalityId
      ? await m.query('SELECT name, name_en AS "nameEn" FROM municipalities WHERE id = $1', [invitation.municipalityId])
      : [];
    const message = invitationMessage({
      host: await this.outbox.hostContact(m, invitation.hostId),
      role: invitation.role,
      municipality: municipality ?? null,
      link,
      expiresAt: invitation.expiresAt,
    });
    // The link is the invitation's token: the stored copy drops it once the mail is sent.
    await this.outbox.enqueue(m, { kind: 'invitation', hostId: invitation.hostId, recipient: invitation.email, ...message, secretLinks: [link] });
    return link;
  }
}
