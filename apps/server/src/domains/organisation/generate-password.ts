import { randomInt } from 'node:crypto';

// no look-alikes (0/O, 1/l/I) so a password read off a terminal can be typed back
const lower = 'abcdefghijkmnpqrstuvwxyz';
const upper = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const digits = '23456789';
const symbols = '-_@#%+=';
const all = lower + upper + digits + symbols;

const pick = (set: string) => set.charAt(randomInt(set.length));

/**
 * A random password that satisfies the password policy: 18 characters, always with lower and
 * upper case letters, digits and a symbol (about 110 bits).
 */
export function generatePassword(length = 18): string {
  const chars = [pick(lower), pick(upper), pick(digits), pick(symbols)];
  while (chars.length < length) chars.push(pick(all));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j] ?? '', chars[i] ?? ''];
  }
  return chars.join('');
}
