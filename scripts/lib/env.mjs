// Where things live, the .env file, and the JWT secret kept between starts.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Reads KEY=value lines of `file` into process.env without overriding what the environment
 * already holds, so the launcher sees the same DATABASE_URL/REDIS_URL the apps would.
 */
export function loadDotEnv(file) {
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return;
  }
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match || match[1] in process.env) continue;
    process.env[match[1]] = unquote(match[2]);
  }
}

function unquote(value) {
  const quoted = /^(['"])(.*)\1$/.exec(value);
  return quoted ? quoted[2] : value.replace(/\s+#.*$/, '');
}

/** The environment with empty values removed: `DATABASE_URL=` means "not set". */
export function currentEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ''));
}

export function dataDirOf(env) {
  return path.resolve(ROOT, env.SQMY_DATA_DIR ?? '.data');
}

/** Shows a path relative to the repository when it is inside it (".data/postgres"). */
export function displayPath(target) {
  const relative = path.relative(ROOT, target);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : target;
}

/** `<dataDir>/jwt-secret`, made with 48 random bytes on the first start. */
export function ensureJwtSecret(dataDir) {
  const file = path.join(dataDir, 'jwt-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, `${crypto.randomBytes(48).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  }
  return fs.readFileSync(file, 'utf8').trim();
}
