import { Injectable } from '@nestjs/common';
import type { SessionInfo, SignedOutOthers } from '@bussanten/contracts';
import { summariseUserAgent } from '@bussanten/domain';
import type { AuthUser } from './access';
import { sessionNotFound } from './accounts.errors';
import { SessionsRepository } from './sessions.repository';

@Injectable()
export class MySessionsService {
  constructor(private readonly sessions: SessionsRepository) {}

  async list(user: AuthUser): Promise<SessionInfo[]> {
    const rows = await this.sessions.listForUser(user.id);
    return rows.map((row) => ({
      id: row.id,
      ...summariseUserAgent(row.userAgent),
      address: row.address,
      signedInAt: row.signedInAt.toISOString(),
      lastSeenAt: row.lastSeenAt.toISOString(),
      current: row.id === user.sessionId,
      role: row.role,
      hostName: row.hostName,
      municipalityName: row.municipalityName,
    }));
  }

  async end(user: AuthUser, sessionId: string): Promise<void> {
    if (!(await this.sessions.deleteOwn(user.id, sessionId))) throw sessionNotFound(sessionId);
  }

  async signOutOthers(user: AuthUser): Promise<SignedOutOthers> {
    return { ended: await this.sessions.deleteOthers(user.id, user.sessionId) };
  }
}
