import { STARTTLS_REFUSED } from './smtp-security';

/**
 * A failed send as one short line for outbox_messages.last_error, which organizers read in the UI:
 * the SMTP reply or socket error (e.g. "EMESSAGE 451 4.3.0 try later"), never the relay's
 * credentials, which the SMTP_URL carries and some errors could echo. With `requireTls` (see
 * smtp-security.ts), a relay answering STARTTLS with a refusal is said in plain words: the message
 * was held back on purpose, so that the credentials do not go out unencrypted.
 */
export function describeSmtpError(error: unknown, smtpUrl: string, options: { requireTls?: boolean; maxLength?: number } = {}): string {
  const maxLength = options.maxLength ?? 200;
  const e = (typeof error === 'object' && error !== null ? error : {}) as { code?: unknown; response?: unknown; message?: unknown; command?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  const detail = typeof e.response === 'string' ? e.response : typeof e.message === 'string' ? e.message : String(error);
  // nodemailer: ETLS with the server's reply to STARTTLS (a handshake failure has no reply).
  const starttlsRefused = options.requireTls && code === 'ETLS' && typeof e.response === 'string';
  let text = starttlsRefused ? `ETLS ${STARTTLS_REFUSED}` : `${code} ${detail.split(/\r?\n/)[0]}`.trim() || 'unknown error';
  for (const secret of secretsOf(smtpUrl)) text = text.split(secret).join('***');
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

function secretsOf(smtpUrl: string): string[] {
  const secrets = [smtpUrl];
  try {
    const url = new URL(smtpUrl);
    for (const part of [url.username, url.password]) {
      if (part) secrets.push(part, decodeURIComponent(part));
    }
  } catch {
    // The config has validated the URL; nothing more to hide if it does not parse.
  }
  // Longest first, so a password inside the URL is not half-replaced before the URL is.
  return [...new Set(secrets)].filter(Boolean).sort((a, b) => b.length - a.length);
}
