import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import { ErrorCode } from '@bussanten/contracts';
import { DomainError } from '../common/domain-error';
import { signInIncomplete } from './accounts.errors';
import { ACCESS_KEY, type AccessPolicy, type Actor, NO_SESSION_KEY } from './access';
import { SESSION_COOKIE } from './session-cookie';
import { SessionsRepository } from './sessions.repository';
import { loggablePath } from '../observability/loggable-path';
import { hashToken } from './tokens';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** The header a write carries the session's csrfToken in (Express reads headers case-insensitively). */
export const CSRF_HEADER = 'X-CSRF-Token';
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Global guard: identifies the caller from the session cookie, then applies the route's @Access.
 * Routes without @Access are refused, so a forgotten declaration fails closed (and the
 * authorization-matrix test names it).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger('Access');

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request & { actor?: Actor }>();
    const header = req.header('x-request-id');
    const actor: Actor = {
      user: null,
      requestId: header && REQUEST_ID.test(header) ? header : randomUUID(),
      address: req.ip ?? '',
      userAgent: req.header('user-agent') ?? '',
    };
    req.actor = actor;
    const policies = this.reflector.getAllAndOverride<AccessPolicy[] | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (!policies || policies.length === 0) {
      this.logger.error(
        `${req.method} ${loggablePath(req.originalUrl, req.route ? `${req.baseUrl}${req.route.path}` : undefined)} has no @Access policy; refused`,
      );
      throw new DomainError(ErrorCode.Forbidden, 'This route is not open to anyone');
    }
    const token: unknown = req.cookies?.[SESSION_COOKIE];
    // Public routes that do not care who asks (the feeds, the public page) skip the session lookup:
    // a signed-in visitor costs them no database round trip.
    const anonymous =
      policies.includes('public') && this.reflector.getAllAndOverride<boolean>(NO_SESSION_KEY, [context.getHandler(), context.getClass()]) === true;
    if (!anonymous && typeof token === 'string' && token.length > 0 && token.length < 200) {
      actor.user = await this.sessions.findUser(hashToken(token));
    }
    // A session waiting for its second step is nobody on public routes, and refused on every route
    // but its step's ('signingIn'): the password alone opens nothing.
    const waiting = actor.user?.pending ?? null;
    if (waiting && !policies.includes('signingIn')) {
      actor.user = null;
      if (policies.includes('public')) return true;
      throw signInIncomplete(waiting);
    }
    if (policies.includes('public')) return true;
    if (!actor.user) throw new DomainError(ErrorCode.Unauthenticated, 'Sign in first');
    if (!SAFE_METHODS.has(req.method) && req.header(CSRF_HEADER) !== actor.user.csrfToken) {
      throw new DomainError(ErrorCode.CsrfFailed, 'Missing or wrong X-CSRF-Token header; reload the page');
    }
    // Step routes check in their service which step the session waits for (or that it waits for none).
    if (policies.includes('signingIn') || policies.includes('signedIn') || policies.includes(actor.user.role)) return true;
    throw new DomainError(ErrorCode.Forbidden, 'Your role may not do this');
  }
}
