/** How the outbox is delivered; main.ts builds it from the environment (SMTP_URL, MAIL_*), tests pass their own. */
export interface MailOptions {
  /** smtp:// or smtps:// URL of the relay; null keeps every message in the outbox, unsent (readable at GET /api/outbox). */
  smtpUrl: string | null;
  /** SMTP_ALLOW_INSECURE: send smtpUrl's credentials even where the relay offers no STARTTLS (see smtp-security.ts). */
  allowInsecure: boolean;
  /** The From header of every message. */
  from: string;
  /** Pause between polls of the outbox when it has nothing due. */
  pollMs: number;
  /** Attempts (the first one included) before a message is marked failed and left alone. */
  maxAttempts: number;
  /** Backoff after the n-th failure is retryBaseMs × 2^(n-1), at most retryMaxMs. Not configurable by env; tests shorten it. */
  retryBaseMs: number;
  retryMaxMs: number;
}

export const MAIL_OPTIONS = Symbol('MAIL_OPTIONS');

export const DEFAULT_MAIL_FROM = 'Bussanten <no-reply@bussanten.invalid>';

export const DEFAULT_MAIL_OPTIONS: MailOptions = {
  smtpUrl: null,
  allowInsecure: false,
  from: DEFAULT_MAIL_FROM,
  pollMs: 5_000,
  maxAttempts: 8,
  retryBaseMs: 10_000,
  retryMaxMs: 3_600_000,
};

/** The defaults with the given options on top; an option given as undefined keeps its default. */
export function mailOptions(given: Partial<MailOptions> = {}): MailOptions {
  const defined = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
  return { ...DEFAULT_MAIL_OPTIONS, ...defined };
}
