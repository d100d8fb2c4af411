/**
 * How SMTP_URL's credentials are protected. A relay's user name and password cross the network in
 * the AUTH command: over smtps:// (TLS from the first byte) that is safe; over smtp:// only after
 * STARTTLS. So a smtp:// URL with credentials gets nodemailer's `requireTLS`: the connection is
 * upgraded with STARTTLS before anything else, and when the relay does not offer it the message is
 * not sent (and the credentials never leave). SMTP_ALLOW_INSECURE=true lifts this for a relay that
 * has no TLS at all. A smtp:// relay without credentials (a local relay trusting its network)
 * keeps working as before: STARTTLS when offered, plain otherwise.
 */
export interface SmtpSecurity {
  /** The URL carries a user name or a password. */
  credentials: boolean;
  /** TLS from the first byte (smtps://). */
  implicitTls: boolean;
  /** Give nodemailer requireTLS: STARTTLS or no sending. */
  requireTls: boolean;
}

/**
 * nodemailer reads options from the URL's query string too, after the ones we pass, so these would
 * quietly undo requireTLS (or turn smtps:// into plain text).
 */
const TLS_OVERRIDES = ['ignoreTLS', 'requireTLS', 'opportunisticTLS', 'secure'];

export function smtpSecurity(smtpUrl: string, allowInsecure: boolean): SmtpSecurity {
  const url = new URL(smtpUrl);
  const credentials = url.username !== '' || url.password !== '';
  const implicitTls = url.protocol.toLowerCase() === 'smtps:';
  return { credentials, implicitTls, requireTls: credentials && !implicitTls && !allowInsecure };
}

/**
 * Why the URL cannot be used with its credentials as it stands (null: it can). Never quotes the URL:
 * it holds the password.
 */
export function smtpSecurityProblem(smtpUrl: string, allowInsecure: boolean): string | null {
  const security = smtpSecurity(smtpUrl, allowInsecure);
  if (!security.credentials || allowInsecure) return null;
  const params = new URL(smtpUrl).searchParams;
  const override = TLS_OVERRIDES.find((key) => params.has(key) && !(key === 'secure' && params.get(key) === 'true'));
  if (!override) return null;
  return `SMTP_URL's "${override}" query parameter could send the relay's password without TLS: remove it, or set SMTP_ALLOW_INSECURE=true for a relay that has no TLS`;
}

/** A one-line account of the refusal, for the outbox's last_error, when requireTLS stopped a send. */
export const STARTTLS_REFUSED =
  'not sent: the relay offered no STARTTLS, and the SMTP_URL credentials are only sent over TLS (use smtps://, a relay with STARTTLS, or SMTP_ALLOW_INSECURE=true)';
