import { createHmac, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { AppContext } from '../context';
import { safeEqual } from '../crypto';

/**
 * Signed tokens for QR codes and links: base64url(payload JSON) "." base64url(HMAC-SHA256).
 * The MAC covers the encoded payload exactly as sent, and the payload carries the purpose, the
 * subject (the record), the validity window and a random id; so a token can be neither altered
 * (any character) nor used for another purpose, record or time.
 */
export type TokenData = Record<string, string | number | boolean | null>;

export interface TokenPayload {
  /** random id: what consumeToken records for single use */
  id: string;
  purpose: string;
  subject: string;
  issuedAt: Date;
  notBefore: Date | null;
  expiresAt: Date;
  data: TokenData;
}

export type TokenFailure =
  | 'malformed'
  | 'bad_signature'
  | 'wrong_purpose'
  | 'wrong_subject'
  | 'not_yet_valid'
  | 'expired'
  | 'used';
export type VerifyResult = { ok: true; payload: TokenPayload } | { ok: false; reason: TokenFailure };

/** What signing needs from the app context (tests may pass just these). */
export type TokenContext = Pick<AppContext, 'keys' | 'clock'>;

export interface SignTokenInput {
  /** what the token is for, e.g. "visitor.pass", "meal.pickup" */
  purpose: string;
  /** the record it is about, e.g. a booking id */
  subject: string;
  expiresAt: Date;
  notBefore?: Date;
  /** small extra values (kept short: everything ends up in the QR code) */
  data?: TokenData;
}

export const PURPOSE = /^[a-z][a-z0-9._-]{0,63}$/;
/** longest token we sign: a QR at error correction M stays readable on a phone screen */
export const MAX_TOKEN_LENGTH = 1024;
const MAC_CONTEXT = 'houqin.token.v1.';
const SHAPE = /^([A-Za-z0-9_-]{1,1400})\.([A-Za-z0-9_-]{43})$/;

const wireSchema = z.strictObject({
  v: z.literal(1),
  i: z.string().min(1).max(64),
  p: z.string().regex(PURPOSE),
  s: z.string().min(1).max(200),
  t: z.number().int(),
  n: z.number().int().optional(),
  e: z.number().int(),
  d: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
});

const mac = (ctx: TokenContext, encodedPayload: string) =>
  createHmac('sha256', ctx.keys.signing)
    .update(MAC_CONTEXT + encodedPayload)
    .digest('base64url');

const seconds = (d: Date, round: 'floor' | 'ceil') => Math[round](d.getTime() / 1000);

export function signToken(ctx: TokenContext, input: SignTokenInput): string {
  if (!PURPOSE.test(input.purpose)) throw new Error(`token purpose "${input.purpose}" must be lower-case`);
  if (input.subject.length < 1 || input.subject.length > 200)
    throw new Error('token subject must be 1–200 chars');
  const now = ctx.clock.now();
  if (input.expiresAt <= now) throw new Error('token expiry must be in the future');
  const wire: z.infer<typeof wireSchema> = {
    v: 1,
    i: randomBytes(12).toString('base64url'),
    p: input.purpose,
    s: input.subject,
    t: seconds(now, 'floor'),
    // the window only ever shrinks in rounding: never valid earlier or longer than asked
    ...(input.notBefore ? { n: seconds(input.notBefore, 'ceil') } : {}),
    e: seconds(input.expiresAt, 'floor'),
    ...(input.data && Object.keys(input.data).length > 0 ? { d: input.data } : {}),
  };
  const encoded = Buffer.from(JSON.stringify(wire), 'utf8').toString('base64url');
  const token = `${encoded}.${mac(ctx, encoded)}`;
  if (token.length > MAX_TOKEN_LENGTH) throw new Error(`token is ${token.length} chars; keep data short`);
  return token;
}

/** The payload of a token this server signed, or why not (signature checked before parsing). */
function readSigned(
  ctx: TokenContext,
  token: string,
): { ok: true; payload: TokenPayload } | { ok: false; reason: 'malformed' | 'bad_signature' } {
  const [, encoded, signature] = SHAPE.exec(token) ?? [];
  if (!encoded || !signature) return { ok: false, reason: 'malformed' };
  // the signature must be the exact canonical text: no second spelling of the same bytes passes
  if (!safeEqual(signature, mac(ctx, encoded))) return { ok: false, reason: 'bad_signature' };
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const parsed = wireSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'malformed' };
  const wire = parsed.data;
  return {
    ok: true,
    payload: {
      id: wire.i,
      purpose: wire.p,
      subject: wire.s,
      issuedAt: new Date(wire.t * 1000),
      notBefore: wire.n === undefined ? null : new Date(wire.n * 1000),
      expiresAt: new Date(wire.e * 1000),
      data: wire.d ?? {},
    },
  };
}

function inWindow(payload: TokenPayload, now: Date): VerifyResult {
  if (payload.notBefore && now < payload.notBefore) return { ok: false, reason: 'not_yet_valid' };
  if (now >= payload.expiresAt) return { ok: false, reason: 'expired' };
  return { ok: true, payload };
}

/**
 * Checks that this server signed the token and that it is inside its validity window, whatever
 * its purpose (for the QR endpoint). Modules use verifyToken, which also checks the purpose.
 */
export function inspectToken(ctx: TokenContext, token: string, now = ctx.clock.now()): VerifyResult {
  const read = readSigned(ctx, token);
  return read.ok ? inWindow(read.payload, now) : read;
}

/**
 * A token signed here, for this purpose (and, if given, this record), valid now. Expected
 * outcomes are returned, never thrown. A genuine token for something else is "wrong_purpose" /
 * "wrong_subject" whatever its time window.
 */
export function verifyToken(
  ctx: TokenContext,
  token: string,
  expect: { purpose: string; subject?: string; now?: Date },
): VerifyResult {
  const read = readSigned(ctx, token);
  if (!read.ok) return read;
  if (read.payload.purpose !== expect.purpose) return { ok: false, reason: 'wrong_purpose' };
  if (expect.subject !== undefined && read.payload.subject !== expect.subject) {
    return { ok: false, reason: 'wrong_subject' };
  }
  return inWindow(read.payload, expect.now ?? ctx.clock.now());
}
