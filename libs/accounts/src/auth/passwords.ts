import * as argon2 from 'argon2';
import { randomInt } from 'node:crypto';

/** argon2id with the library's recommended parameters. */
export const hashPassword = (plain: string): Promise<string> => argon2.hash(plain, { type: argon2.argon2id });

export const verifyPassword = (hash: string, plain: string): Promise<boolean> => argon2.verify(hash, plain).catch(() => false);

/** The password rule shown to people: at least 8 characters, with letters and digits. */
export const PASSWORD_RULE = /^(?=.*[A-Za-z])(?=.*\d).{8,128}$/;
export const PASSWORD_RULE_MESSAGE = '密码至少 8 位，须同时包含字母和数字';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

/** An initial password that satisfies the rule and is easy to read aloud (no 0/O, 1/l). */
export function generatePassword(length = 10): string {
  for (;;) {
    const candidate = Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    if (PASSWORD_RULE.test(candidate)) return candidate;
  }
}
