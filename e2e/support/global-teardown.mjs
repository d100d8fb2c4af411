import { rm } from 'node:fs/promises';

export default async function globalTeardown() {
  const started = globalThis.__BUSSANTEN_E2E__;
  if (!started) return;
  const { child, dataDir, log } = started;
  if (child.exitCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
  await log.close();
  await rm(dataDir, { recursive: true, force: true });
}
