// npm run dev: the API rebuilt and restarted on change (webpack --watch + node --watch) and the UI
// from Vite's dev server with hot reload on http://localhost:4200 (it proxies /api to the API).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const children = [];
function start(cmd, args, env = {}) {
  const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  children.push(child);
  child.on('exit', (code) => {
    if (code !== 0 && code !== null) console.error(`${cmd} ${args.join(' ')} exited with ${code}`);
  });
  return child;
}

start('npx', ['webpack', '--config', 'apps/api/webpack.config.js', '--watch']);
const waitForBundle = setInterval(() => {
  if (!existsSync('dist/apps/api/main.js')) return;
  clearInterval(waitForBundle);
  start(process.execPath, ['--watch', 'dist/apps/api/main.js'], { PORT: process.env.PORT ?? '3000' });
  start('npx', ['vite', '--config', 'apps/web/vite.config.mts']);
}, 500);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const c of children) c.kill(signal);
    process.exit(0);
  });
}
