import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'bussanten_session';
export const SESSION_HOURS = 12;

/** httpOnly so scripts never see it; SameSite=Lax against cross-site writes; Secure over https. */
export function setSessionCookie(req: Request, res: Response, token: string, expiresAt: Date): void {
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/', expires: expiresAt });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' });
}
