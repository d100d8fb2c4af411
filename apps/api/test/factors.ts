import request from 'supertest';
import type { Server } from 'node:http';
import { generate } from 'otplib';
import { clientFor, type Client, type TestApp } from './test-app';

/** The session cookie (name=value) a response sets, if any. */
export function cookieOf(res: request.Response): string | null {
  const set = res.headers['set-cookie'] as unknown as string[] | undefined;
  return set?.find((c) => c.startsWith('bussanten_session='))?.split(';')[0] ?? null;
}

/**
 * A sign-in with the password that may stop at a second step: the answer's body (a CurrentUser or a
 * SignInPending) and a client on the session it opened (waiting or not), with its CSRF token.
 */
export async function signInSteps(t: TestApp, email: string, password: string): Promise<{ body: Record<string, unknown>; client: Client; cookie: string }> {
  const server = t.app.getHttpServer() as Server;
  const res = await request(server).post('/api/auth/sign-in').send({ email, password }).expect(200);
  const cookie = cookieOf(res) as string;
  return { body: res.body, client: clientFor(server, { cookie, csrfToken: res.body.csrfToken }), cookie };
}

/** A client on the session cookie a step's answer set (a finished step gives the session a new token). */
export function clientAfter(t: TestApp, res: request.Response, csrfToken: string): Client {
  const cookie = cookieOf(res);
  if (!cookie) throw new Error(`no session cookie in the answer (${res.status} ${JSON.stringify(res.body)})`);
  return clientFor(t.app.getHttpServer() as Server, { cookie, csrfToken });
}

/** The authenticator app's code `steps` 30-second steps from now, as the app on a phone computes it. */
export function totpCode(secret: string, steps = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });
}
