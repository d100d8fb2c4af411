import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

/** One message the sink accepted, as a mail client would show it (headers decoded). */
export interface SinkMessage {
  /** Envelope recipients (RCPT TO). */
  to: string[];
  /** Envelope sender (MAIL FROM). */
  envelopeFrom: string;
  /** The From header's address and display name, e.g. 'no-reply@bussanten.invalid' and 'Bussanten'. */
  from: string;
  fromName: string;
  subject: string;
  text: string;
  messageId: string | null;
  headers: Map<string, unknown>;
}

export interface SmtpSink {
  /** smtp://127.0.0.1:PORT, for MailOptions.smtpUrl / SMTP_URL. */
  url: string;
  /** Every accepted message, in arrival order. */
  readonly messages: SinkMessage[];
  /** Resolves with the first message (already received or still to come) matching predicate; rejects after timeoutMs. */
  waitFor(predicate: (m: SinkMessage) => boolean, timeoutMs?: number): Promise<SinkMessage>;
  /** Answers the next n messages with a temporary failure (451), to exercise retries; 0 stops rejecting. */
  rejectNext(n: number): void;
  /** How many messages were rejected so far. */
  readonly rejected: number;
  /** Every AUTH the sink received (only with `auth: true`), and whether the connection was encrypted then. */
  readonly logins: { username: string; password: string; secure: boolean }[];
  close(): Promise<void>;
}

/**
 * An SMTP server for tests on 127.0.0.1 at a random port, every message kept in memory. By default no
 * TLS (STARTTLS is neither offered nor accepted) and no authentication. `delayMs` holds each reply
 * back that long (to make concurrent senders overlap). `auth: true` offers AUTH even over plain text
 * and accepts any login, recording it (to see whether a client would give its password away);
 * `starttls: true` offers STARTTLS with smtp-server's built-in self-signed certificate.
 */
export async function startSmtpSink(options: { delayMs?: number; auth?: boolean; starttls?: boolean } = {}): Promise<SmtpSink> {
  const messages: SinkMessage[] = [];
  const logins: SmtpSink['logins'] = [];
  const waiters = new Set<() => void>();
  let rejectCount = 0;
  let rejected = 0;
  const pause = () => new Promise((r) => setTimeout(r, options.delayMs ?? 0));

  const server = new SMTPServer({
    authOptional: true,
    ...(options.auth ? { allowInsecureAuth: true, authMethods: ['PLAIN', 'LOGIN'] } : {}),
    ...(options.starttls ? {} : { disabledCommands: ['STARTTLS'], hideSTARTTLS: true }),
    onAuth(auth, session, callback) {
      logins.push({ username: auth.username ?? '', password: auth.password ?? '', secure: session.secure });
      callback(null, { user: auth.username });
    },
    logger: false,
    closeTimeout: 1_000,
    onData(stream, session, callback) {
      if (rejectCount > 0) {
        rejectCount--;
        rejected++;
        stream.resume();
        stream.on('end', () => {
          const error = Object.assign(new Error('4.3.0 test sink: try again later'), { responseCode: 451 });
          void pause().then(() => callback(error));
        });
        return;
      }
      simpleParser(stream)
        .then(async (parsed) => {
          await pause();
          messages.push({
            to: session.envelope.rcptTo.map((a) => a.address),
            envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            from: parsed.from?.value[0]?.address ?? '',
            fromName: parsed.from?.value[0]?.name ?? '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            messageId: parsed.messageId ?? null,
            headers: parsed.headers,
          });
          for (const wake of [...waiters]) wake();
          callback();
        })
        .catch((e: Error) => callback(e));
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    get rejected() {
      return rejected;
    },
    logins,
    rejectNext(n: number) {
      rejectCount = n;
    },
    waitFor(predicate, timeoutMs = 10_000) {
      return new Promise<SinkMessage>((resolve, reject) => {
        const check = () => {
          const found = messages.find(predicate);
          if (!found) return;
          done();
          resolve(found);
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`no matching message within ${timeoutMs} ms; received: ${JSON.stringify(messages.map((m) => m.subject))}`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
