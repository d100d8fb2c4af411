// npm run dev: the API rebuilt and restarted on change (webpack --watch + node --watch) and the UI
// from Vite's dev server with hot reload on http://localhost:4200 (it proxies /api to the API).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

// Each child leads its own process group, and stopping sends the signal to the whole group: a
// signal to one process only (`kill`, a supervisor, `timeout`) used to stop this script and leave
// webpack, Vite and the API (with its PostgreSQL) running and holding their ports.
const children = [];
const bin = (name) => join('node_modules', '.bin', name);
function start(cmd, args, env = {}) {
  const child = spawn(cmd, args, { stdio: 'inherit', detached: true, env: { ...process.env, ...env } });
  children.push(child);
  child.on('exit', (code) => {
    if (code !== 0 && code !== null) console.error(`${cmd} ${args.join(' ')} exited with ${code}`);
  });
  return child;
}

start(bin('webpack'), ['--config', 'apps/api/webpack.config.js', '--watch']);
const waitForBundle = setInterval(() => {
  if (!existsSync('dist/apps/api/main.js')) return;
  clearInterval(waitForBundle);
  start(process.execPath, ['--watch', 'dist/apps/api/main.js'], { PORT: process.env.PORT ?? '3000' });
  start(bin('vite'), ['--config', 'apps/web/vite.config.mts']);
}, 500);

function stop(signal) {
  clearInterval(waitForBundle);
  for (const c of children) {
    try {
      process.kill(-c.pid, signal);
    } catch {
      // already gone
    }
  }
  // The API stops its PostgreSQL on SIGTERM; give it a moment before this script ends.
  setTimeout(() => process.exit(0), 3000).unref();
  Promise.all(children.map((c) => (c.exitCode !== null || c.signalCode !== null ? null : new Promise((r) => c.once('exit', r))))).then(() => process.exit(0));
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal === 'SIGHUP' ? 'SIGTERM' : signal));
