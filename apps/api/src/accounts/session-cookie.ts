import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'bussanten_session';
/** The absolute limit: a session ends this long after sign-in, however busy. */
export const SESSION_HOURS = 12;
/** The idle limit by default (SESSION_IDLE_MINUTES): a session unused this long ends. */
export const DEFAULT_SESSION_IDLE_MINUTES = 120;

/** httpOnly so scripts never see it; SameSite=Lax against cross-site writes; Secure over https. */
export function setSessionCookie(req: Request, res: Response, token: string, expiresAt: Date): void {
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/', expires: expiresAt });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' });
}
