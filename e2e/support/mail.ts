import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
}

/** Every message the loopback SMTP server (support/mail-sink.mjs) has received so far. */
export async function receivedMail(): Promise<ReceivedMail[]> {
  const dir = process.env['E2E_MAIL_DIR'];
  if (!dir) throw new Error('E2E_MAIL_DIR is not set: the e2e global setup starts the mail sink');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  return Promise.all(files.map(async (f) => JSON.parse(await readFile(join(dir, f), 'utf8')) as ReceivedMail));
}

/** Waits until a received message matches; the app's mail worker polls, so delivery takes a moment. */
export async function waitForMail(matches: (m: ReceivedMail) => boolean, timeoutMs = 15_000): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await receivedMail()).find(matches);
    if (found) return found;
    if (Date.now() > deadline)
      throw new Error(`no matching mail within ${timeoutMs} ms; received: ${JSON.stringify((await receivedMail()).map((m) => [m.to, m.subject]))}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
