// After an e2e run: no secret may have reached the app's log (stdout and stderr, captured by
// global-setup.mjs). The secrets are the invitation tokens the run mailed (read back from the mail
// sink's messages), any invitation path written other than as its pattern (/invitations/:token),
// and anything shaped like one of the app's random tokens (43 base64url characters, both cases:
// invitations, sessions), which also catches an invitation whose mail had not gone out yet.
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const LINK_TOKEN = /\/(?:invitations|password-reset)\/([A-Za-z0-9_-]{20,})/g;
// The link's path and the API's (not /api/people/invitations/:id, the organizers' list of them).
const UNMASKED_PATH = /(?:^|["\s]|:\/\/[^/"\s]*)(?:(?:\/api)?\/invitations|(?:\/api\/auth)?\/password-reset)\/(?!:token\b)[^"\s]/i;
const TOKEN_SHAPED = /(?<![A-Za-z0-9_-])(?=[A-Za-z0-9_-]*[A-Z])(?=[A-Za-z0-9_-]*[a-z])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/;

/** The invitation tokens in the mail the sink received. */
async function mailedTokens(mailDir) {
  if (!existsSync(mailDir)) return [];
  const tokens = new Set();
  for (const file of (await readdir(mailDir)).filter((f) => f.endsWith('.json'))) {
    const { text } = JSON.parse(await readFile(join(mailDir, file), 'utf8'));
    for (const [, token] of String(text).matchAll(LINK_TOKEN)) tokens.add(token);
  }
  return [...tokens];
}

/**
 * Offending lines (tokens masked, so the report is no leak of its own), and what was scanned:
 * lines, tokens mailed, request lines, and those that name an invitation route by its pattern.
 */
export async function scanLogForTokens(logFile, mailDir) {
  const tokens = await mailedTokens(mailDir);
  const lines = (await readFile(logFile, 'utf8')).split('\n').filter(Boolean);
  const mask = (line) => tokens.reduce((l, t) => l.split(t).join('<token>'), line).replace(new RegExp(TOKEN_SHAPED.source, 'g'), '<token-shaped>');
  const offending = lines
    .map((line, i) => ({ line, no: i + 1 }))
    .filter(({ line }) => tokens.some((t) => line.includes(t)) || UNMASKED_PATH.test(line) || TOKEN_SHAPED.test(line))
    .map(({ line, no }) => `${no}: ${mask(line).slice(0, 300)}`);
  const masked = lines.filter((line) => /\/(?:invitations|password-reset)\/:token/.test(line)).length;
  const requests = lines.filter((line) => line.includes('"msg":"request"')).length;
  return { offending, tokens: tokens.length, lines: lines.length, masked, requests };
}
