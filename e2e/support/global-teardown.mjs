import { rm } from 'node:fs/promises';

/** Stops the app started by global-setup.mjs (SIGTERM lets it stop its PostgreSQL) and removes its data. */
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
  await rm(dataDir, { recursive: true, force: true });
}
