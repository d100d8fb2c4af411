import { copyFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanLogForTokens } from './log-scan.mjs';

/**
 * Stops the app started by global-setup.mjs (SIGTERM lets it stop its PostgreSQL), checks that its
 * log holds no invitation token (log-scan.mjs: the run fails otherwise, keeping a copy of the log),
 * and removes its data.
 */
export default async function globalTeardown() {
  const started = globalThis.__BUSSANTEN_E2E__;
  if (!started) return;
  const { child, dataDir, log, mailSink } = started;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    let timer;
    const gaveUp = new Promise((r) => (timer = setTimeout(r, 15_000)));
    await Promise.race([exited, gaveUp]);
    clearTimeout(timer); // a pending timer would keep jest from exiting
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  await mailSink.close();
  await log.close();
  const scan = await scanLogForTokens(join(dataDir, 'app.log'), join(dataDir, 'received-mail'));
  // Without request lines (LOG_LEVEL above info?) the scan would prove nothing.
  const unproven = scan.requests === 0;
  let kept = null;
  if (scan.offending.length > 0 || unproven) await copyFile(join(dataDir, 'app.log'), (kept = join(tmpdir(), `bussanten-e2e-app-${Date.now()}.log`)));
  await rm(dataDir, { recursive: true, force: true });
  if (unproven) throw new Error(`The app's log has no request lines, so the token scan proves nothing (the log is kept at ${kept})`);
  if (kept) {
    throw new Error(
      `The app's log holds invitation tokens or unmasked /invitations/ paths on ${scan.offending.length} of ${scan.lines} lines ` +
        `(the log is kept at ${kept}; tokens masked below):\n${scan.offending.slice(0, 10).join('\n')}`,
    );
  }
  console.log(
    `e2e log scan: ${scan.lines} lines of the app's log (${scan.requests} requests, ${scan.masked} on invitation routes, as their pattern) hold none of the ${scan.tokens} invitation tokens mailed in this run`,
  );
}
