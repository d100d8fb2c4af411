import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { SecretBox } from '../common/secret-box';
import { DEFAULT_SESSION_IDLE_MINUTES } from './session-cookie';

/** Injection token of SESSION_IDLE_MINUTES (a number of minutes). */
export const SESSION_IDLE_MINUTES = 'bussanten:sessionIdleMinutes';
/** Injection token of the site's own address (SiteOptions). */
export const SITE_OPTIONS = 'bussanten:site';
/** Injection token of the SecretBox (APP_SECRET) that seals authenticator-app secrets; null in tools that start without a key. */
export const FACTOR_SECRET_BOX = 'bussanten:factorSecretBox';

/**
 * Where the site lives, from configuration only, never from a request's Host header: links in mails
 * (invitations, password resets) point there, and passkeys are bound to it (the WebAuthn relying
 * party is its host name, the expected origin its origin). PUBLIC_URL, else http://localhost:PORT.
 */
export interface SiteOptions {
  origin: string;
  rpId: string;
  rpName: string;
}

export function siteOptions(origin: string): SiteOptions {
  const url = new URL(origin);
  return { origin: url.origin, rpId: url.hostname, rpName: 'Bussanten' };
}

export interface AccountOptions {
  idleMinutes?: number;
  /** PUBLIC_URL, else http://localhost:PORT (config.ts siteOrigin). */
  siteOrigin?: string;
  secretBox?: SecretBox | null;
}

/** The account settings from the environment (global: AccountsModule is imported twice). */
@Global()
@Module({})
export class SessionOptionsModule {
  static forRoot(options: AccountOptions = {}): DynamicModule {
    return {
      module: SessionOptionsModule,
      providers: [
        { provide: SESSION_IDLE_MINUTES, useValue: options.idleMinutes ?? DEFAULT_SESSION_IDLE_MINUTES },
        { provide: SITE_OPTIONS, useValue: siteOptions(options.siteOrigin ?? 'http://localhost:3000') },
        { provide: FACTOR_SECRET_BOX, useValue: options.secretBox ?? null },
      ],
      exports: [SESSION_IDLE_MINUTES, SITE_OPTIONS, FACTOR_SECRET_BOX],
    };
  }
}
