import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@bussanten/contracts';

/** Who may call a route. A route without @Access is refused for everyone (deny by default). */
export type AccessPolicy = 'public' | 'signedIn' | Role;
export const ACCESS_KEY = 'bussanten:access';
export const Access = (...policies: AccessPolicy[]) => SetMetadata(ACCESS_KEY, policies);

/** On a public route that never looks at who asks: the guard skips the session lookup (one query less per hit). */
export const NO_SESSION_KEY = 'bussanten:noSession';
export const NoSession = () => SetMetadata(NO_SESSION_KEY, true);

export interface AuthUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  hostId: string | null;
  municipalityId: string | null;
  sessionId: string;
  csrfToken: string;
}

/** The caller of a request, filled in by the AuthGuard, passed to services for scoping and auditing. */
export interface Actor {
  user: AuthUser | null;
  requestId: string;
  address: string;
}

/** An organizer's actor, after the guard let only organizers in. */
export type OrganizerActor = Actor & { user: AuthUser & { hostId: string } };

export const CurrentActor = createParamDecorator((_data: unknown, ctx: ExecutionContext): Actor => {
  return ctx.switchToHttp().getRequest().actor;
});

export function asOrganizer(actor: Actor): OrganizerActor {
  if (actor.user?.role !== 'organizer' || !actor.user.hostId) throw new Error('route needs @Access("organizer")');
  return actor as OrganizerActor;
}

/** A representative's actor, after the guard let only representatives in. */
export type RepresentativeActor = Actor & { user: AuthUser & { municipalityId: string } };

export function asRepresentative(actor: Actor): RepresentativeActor {
  if (actor.user?.role !== 'representative' || !actor.user.municipalityId) throw new Error('route needs @Access("representative")');
  return actor as RepresentativeActor;
}
