import { createHash, randomBytes } from 'node:crypto';

/** Claims of an access token: the person and the session it belongs to. */
export interface AccessClaims {
  sub: string;
  sid: string;
}

/** A refresh token is `<sessionId>.<secret>`; only the secret's SHA-256 is stored. */
export function newRefreshSecret(): string {
  return randomBytes(32).toString('base64url');
}

export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

export function parseRefreshToken(token: string): { sessionId: string; secret: string } | null {
  const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{20,100})$/.exec(token);
  return match ? { sessionId: match[1], secret: match[2] } : null;
}
