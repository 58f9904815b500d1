import type { Caller } from '../../platform/auth/actor';
import type { AppContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { qrSvg, signToken } from '../../platform/tokens';
import { assertCanManageMeetingRooms } from './policy';
import { findMeetingRoomRow } from './rooms-repository';

export const CHECK_IN_PURPOSE = 'room.check-in';
/** A printed label stays on the door for years. */
const LABEL_VALIDITY_YEARS = 10;

/** The staff app's check-in page for the room, with a signed token naming the room. */
export function checkInUrl(ctx: AppContext, origin: string, roomId: string): string {
  const expiresAt = new Date(ctx.clock.now());
  expiresAt.setUTCFullYear(expiresAt.getUTCFullYear() + LABEL_VALIDITY_YEARS);
  const token = signToken(ctx, { purpose: CHECK_IN_PURPOSE, subject: roomId, expiresAt });
  return `${origin.replace(/\/+$/, '')}/rooms/${roomId}/check-in?t=${token}`;
}

/**
 * GET /api/admin/meeting-rooms/:roomId/check-in-qr.svg: the QR of the room's check-in link for
 * its printable label. Each call signs a new token; labels printed earlier stay valid.
 */
export async function roomCheckInQr(
  ctx: AppContext,
  caller: Caller,
  roomId: string,
  origin: string,
): Promise<{ url: string; svg: string }> {
  assertCanManageMeetingRooms(caller);
  if (!(await findMeetingRoomRow(ctx.db, roomId))) throw notFound('meeting_room');
  const url = checkInUrl(ctx, origin, roomId);
  return { url, svg: await qrSvg(url) };
}
