import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Role, SignInStep } from '@bussanten/contracts';

/**
 * Who may call a route. A route without @Access is refused for everyone (deny by default).
 * 'signingIn': a session still waiting for its second step (SignInStep) may call it too; every other
 * route answers such a session 401 SIGN_IN_INCOMPLETE (or treats it as anonymous, when public).
 */
export type AccessPolicy = 'public' | 'signedIn' | 'signingIn' | Role;
export const ACCESS_KEY = 'bussanten:access';
export const Access = (...policies: AccessPolicy[]) => SetMetadata(ACCESS_KEY, policies);

/** On a public route that never looks at who asks: the guard skips the session lookup (one query less per hit). */
export const NO_SESSION_KEY = 'bussanten:noSession';
export const NoSession = () => SetMetadata(NO_SESSION_KEY, true);

/** The signed-in person as seen through the session's active membership. */
export interface AuthUser {
  id: string;
  email: string;
  displayName: string;
  /** The active membership, and what it grants: */
  membershipId: string;
  role: Role;
  /** The host of the active membership; null for the operator. */
  hostId: string | null;
  /** Set for a representative: the municipality it speaks for to hostId. */
  municipalityId: string | null;
  /** Set for on-site staff limited to some fairs of hostId; null or absent: every fair. */
  fairIds?: string[] | null;
  sessionId: string;
  csrfToken: string;
  /** The step the session still waits for; null once it gives access. */
  pending: SignInStep | null;
}

/** The caller of a request, filled in by the AuthGuard, passed to services for scoping and auditing. */
export interface Actor {
  user: AuthUser | null;
  requestId: string;
  /** The client address as Express sees it (req.ip, through TRUST_PROXY). */
  address: string;
  /** The User-Agent header ('' when absent). */
  userAgent: string;
}

/** An organizer's actor, after the guard let only organizers in. */
export type OrganizerActor = Actor & { user: AuthUser & { hostId: string } };

const actorOf = (ctx: ExecutionContext): Actor => ctx.switchToHttp().getRequest().actor;

export const CurrentActor = createParamDecorator((_data: unknown, ctx: ExecutionContext): Actor => actorOf(ctx));

export function asOrganizer(actor: Actor): OrganizerActor {
  if (actor.user?.role !== 'organizer' || !actor.user.hostId) throw new Error('route needs @Access("organizer")');
  return actor as OrganizerActor;
}

/**
 * The signed-in organizer, as a route parameter: `@Organizer() organizer: OrganizerActor`. The route's
 * @Access('organizer') lets only organizers in; this narrows the type (and fails loudly, as a 500 in
 * development, if a route forgot that @Access), so services get a host id they can filter by.
 */
export const Organizer = createParamDecorator((_data: unknown, ctx: ExecutionContext): OrganizerActor => asOrganizer(actorOf(ctx)));

/** A representative's actor, after the guard let only representatives in: a municipality, for one host. */
export type RepresentativeActor = Actor & { user: AuthUser & { municipalityId: string; hostId: string } };

export function asRepresentative(actor: Actor): RepresentativeActor {
  if (actor.user?.role !== 'representative' || !actor.user.municipalityId || !actor.user.hostId) throw new Error('route needs @Access("representative")');
  return actor as RepresentativeActor;
}

/** The signed-in representative (a municipality, for one host), as a route parameter; see Organizer. */
export const Representative = createParamDecorator((_data: unknown, ctx: ExecutionContext): RepresentativeActor => asRepresentative(actorOf(ctx)));

/** The operator's actor: the install, no host. */
export type OperatorActor = Actor & { user: AuthUser & { role: 'operator' } };

export function asOperator(actor: Actor): OperatorActor {
  if (actor.user?.role !== 'operator') throw new Error('route needs @Access("operator")');
  return actor as OperatorActor;
}

/** The signed-in operator (the install, no host), as a route parameter; see Organizer. */
export const Operator = createParamDecorator((_data: unknown, ctx: ExecutionContext): OperatorActor => asOperator(actorOf(ctx)));

/**
 * An organizer or on-site staff of a host (the day's actions: live notices), after the guard let
 * only those in. `fairIds`: the fairs staff is limited to (null: every fair of the host; always null
 * for an organizer).
 */
export type DayCrewActor = Actor & { user: AuthUser & { hostId: string; role: 'organizer' | 'staff' } };

export function asDayCrew(actor: Actor): DayCrewActor {
  const role = actor.user?.role;
  if ((role !== 'organizer' && role !== 'staff') || !actor.user?.hostId) throw new Error('route needs @Access("organizer", "staff")');
  return actor as DayCrewActor;
}

/** The signed-in organizer or on-site staff, as a route parameter; see Organizer. */
export const DayCrew = createParamDecorator((_data: unknown, ctx: ExecutionContext): DayCrewActor => asDayCrew(actorOf(ctx)));

/** Whether the actor may act on this fair of its host: staff limited to some fairs only on those. */
export function mayActOnFair(actor: DayCrewActor, fairId: string): boolean {
  const limited = actor.user.role === 'staff' ? (actor.user.fairIds ?? null) : null;
  return !limited || limited.length === 0 || limited.includes(fairId);
}
