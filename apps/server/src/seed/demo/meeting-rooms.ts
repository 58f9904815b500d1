import { defaultMeetingRoomSettings, type Equipment } from '@houqin/contracts';
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { serviceLeadMinutes } from '../../domains/meeting-rooms/booking-create';
import {
  bookingSeries,
  meetingRoomApprovers,
  meetingRooms,
  meetingServiceTasks,
  roomBookingAttendees,
  roomBookings,
} from '../../domains/meeting-rooms/tables';
import { users } from '../../domains/organisation/tables';
import { createRoomOnFloorIn } from '../../domains/spaces/service';
import { buildings, floors, rooms } from '../../domains/spaces/tables';
import { recordAudit } from '../../platform/audit/record';
import { findDaysBetween } from '../../platform/calendar/repository';
import { addDays, dateIn, isWeekend, zonedInstant } from '../../platform/zoned-time';
import { demoBookings, type RoomKey } from './meeting-room-bookings';
import type { DemoContext } from './types';

/**
 * 会议室 demo: eight rooms in the two demo buildings and two weeks of bookings around the seeding
 * day (deployment zone, workdays, open hours): small rooms anyone books, the 大会议厅 kept for the
 * 区政府办公室, a 多功能厅 with approval by 李强 and check-in; past meetings checked in and one
 * released as a no-show, one pending in the hall, tea and other services as tasks.
 */

interface DemoRoom {
  key: RoomKey;
  /** rooms the spaces seed does not have are added on this floor */
  add?: { building: 'XZA' | 'XZB'; level: number; name: string; areaM2: number };
  capacity: number;
  equipment: Equipment[];
  policy?: Partial<typeof meetingRooms.$inferInsert>;
  approvers?: string[];
  /** unit codes that may book it */
  units?: string[];
}

const demoRooms: DemoRoom[] = [
  {
    key: 'A-101',
    capacity: 200,
    equipment: ['projector', 'screen', 'microphone', 'sound_system'],
    policy: { bufferMinutes: 30 },
    units: ['BGS'],
  },
  {
    key: 'A-103',
    add: { building: 'XZA', level: 1, name: '多功能厅', areaM2: 180 },
    capacity: 120,
    equipment: ['projector', 'screen', 'video_conference', 'microphone', 'sound_system'],
    policy: {
      requiresApproval: true,
      checkInRequired: true,
      bufferMinutes: 30,
      maxDaysAhead: 60,
      minNoticeMinutes: 120,
    },
    approvers: ['liqiang'],
  },
  { key: 'A-210', capacity: 12, equipment: ['projector', 'screen', 'whiteboard'] },
  { key: 'A-310', capacity: 10, equipment: ['screen', 'video_conference', 'microphone'] },
  { key: 'A-510', capacity: 8, equipment: ['screen', 'whiteboard'] },
  {
    key: 'B-210',
    capacity: 12,
    equipment: ['projector', 'video_conference'],
    policy: { quotaHoursPerWeek: 10 },
  },
  {
    key: 'B-211',
    add: { building: 'XZB', level: 2, name: '洽谈室', areaM2: 30 },
    capacity: 6,
    equipment: ['screen'],
  },
  { key: 'B-310', capacity: 6, equipment: ['whiteboard'] },
];

/** How long before the start each service is due. */

const minuteOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Workdays by the stored calendar (official days and edits), else Monday–Friday. */
async function workdaysAround(tx: Executor, today: string) {
  const from = addDays(today, -14);
  const to = addDays(today, 28);
  const stored = new Map((await findDaysBetween(tx, { from, to })).map((d) => [d.date, d.workday]));
  const isWorkday = (date: string) => stored.get(date) ?? !isWeekend(date);
  // two working weeks from today (from next Monday when seeded at a weekend)
  const ahead: string[] = [];
  for (let d = today; ahead.length < 10; d = addDays(d, 1)) if (isWorkday(d)) ahead.push(d);
  const before: string[] = [];
  for (let d = addDays(today, -1); before.length < 3; d = addDays(d, -1)) if (isWorkday(d)) before.push(d);
  return { ahead, before, isWorkday };
}

async function spaceRooms(
  tx: Executor,
  demo: DemoContext,
): Promise<Map<RoomKey, { id: string; name: string }>> {
  const found = await tx
    .select({ id: rooms.id, number: rooms.number, name: rooms.name })
    .from(rooms)
    .innerJoin(buildings, eq(buildings.id, rooms.buildingId))
    .where(inArray(buildings.code, ['XZA', 'XZB']));
  const byNumber = new Map(found.map((r) => [r.number, r]));
  for (const room of demoRooms) {
    if (!room.add || byNumber.has(room.key)) continue;
    const [floor] = await tx
      .select({ id: floors.id, buildingId: floors.buildingId })
      .from(floors)
      .innerJoin(buildings, eq(buildings.id, floors.buildingId))
      .where(and(eq(buildings.code, room.add.building), eq(floors.level, room.add.level)));
    if (!floor) throw new Error(`demo floor ${room.add.building} ${room.add.level} is missing`);
    const created = await createRoomOnFloorIn(demo.ctx, tx, demo.caller, floor, {
      number: room.key,
      name: room.add.name,
      areaM2: room.add.areaM2,
      use: 'meeting',
      active: true,
    });
    byNumber.set(room.key, created);
  }
  const result = new Map<RoomKey, { id: string; name: string }>();
  for (const room of demoRooms) {
    const r = byNumber.get(room.key);
    if (!r) throw new Error(`demo room ${room.key} is missing`);
    result.set(room.key, r);
  }
  return result;
}

export async function seedDemoMeetingRooms(demo: DemoContext): Promise<void> {
  const { ctx, tx, caller, org } = demo;
  const now = ctx.clock.now();
  const tz = ctx.config.timeZone;
  const userId = (username: string) => {
    const id = org.userIds.get(username);
    if (!id) throw new Error(`demo user ${username} is missing`);
    return id;
  };
  const unitId = (code: string) => {
    const id = org.unitIds.get(code);
    if (!id) throw new Error(`demo unit ${code} is missing`);
    return id;
  };

  const roomIds = await spaceRooms(tx, demo);
  const policies = new Map<RoomKey, { id: string; buffer: number; checkIn: boolean }>();
  for (const room of demoRooms) {
    const id = roomIds.get(room.key)?.id ?? '';
    const values = {
      capacity: room.capacity,
      equipment: room.equipment,
      bookingScope: room.units ? ('units' as const) : ('everyone' as const),
      allowedUnitIds: (room.units ?? []).map(unitId),
      ...room.policy,
    };
    await tx.insert(meetingRooms).values({ ...values, roomId: id, createdAt: now, updatedAt: now });
    const approverIds = (room.approvers ?? []).map(userId);
    if (approverIds.length > 0) {
      await tx.insert(meetingRoomApprovers).values(approverIds.map((u) => ({ roomId: id, userId: u })));
    }
    await recordAudit(
      tx,
      caller,
      {
        action: 'meeting_room.created',
        entityType: 'meeting_room',
        entityId: id,
        after: { ...defaultMeetingRoomSettings, ...values, approverIds },
      },
      now,
    );
    policies.set(room.key, {
      id,
      buffer: room.policy?.bufferMinutes ?? 0,
      checkIn: room.policy?.checkInRequired ?? false,
    });
  }

  const people = await tx.select({ id: users.id, unitId: users.unitId }).from(users);
  const unitOf = new Map(people.map((p) => [p.id, p.unitId]));
  const today = dateIn(now, tz);
  const { ahead, before, isWorkday } = await workdaysAround(tx, today);

  for (const b of demoBookings) {
    const date = b.past === undefined ? ahead[b.day ?? 0] : before[b.past - 1];
    if (!date) continue;
    const dates = b.weekly && isWorkday(addDays(date, 7)) ? [date, addDays(date, 7)] : [date];
    const room = policies.get(b.room);
    if (!room) continue;
    const bookerId = userId(b.booker);
    const seriesId =
      dates.length > 1
        ? (
            await tx
              .insert(bookingSeries)
              .values({
                roomId: room.id,
                rrule: `FREQ=WEEKLY;COUNT=${dates.length}`,
                bookerId,
                createdAt: now,
              })
              .returning({ id: bookingSeries.id })
          )[0]?.id
        : undefined;
    for (const day of dates) {
      const startsAt = zonedInstant(day, minuteOf(b.from), tz);
      const endsAt = zonedInstant(day, minuteOf(b.endedEarly ?? b.to), tz);
      const past = startsAt < now;
      const created = past ? new Date(startsAt.getTime() - 3 * 86_400_000) : now;
      const status = b.status ?? 'confirmed';
      const [row] = await tx
        .insert(roomBookings)
        .values({
          roomId: room.id,
          seriesId,
          bookerId,
          unitId: unitOf.get(bookerId) ?? '',
          title: b.title,
          notes: '',
          externalCount: 0,
          startsAt,
          endsAt,
          blockedUntil: new Date(endsAt.getTime() + room.buffer * 60_000),
          status,
          checkInRequired: room.checkIn,
          checkedInAt: b.checkedIn ? zonedInstant(day, minuteOf(b.checkedIn), tz) : null,
          endedEarlyAt: b.endedEarly ? endsAt : null,
          holdExpiresAt: status === 'pending' ? new Date(now.getTime() + 48 * 3_600_000) : null,
          decisionReason: status === 'released' ? '未按时签到，已自动释放' : null,
          createdAt: created,
          updatedAt: created,
        })
        .returning({ id: roomBookings.id });
      if (!row) throw new Error('demo booking insert returned no row');
      const attendeeIds = (b.attendees ?? []).map(userId);
      if (attendeeIds.length > 0) {
        await tx
          .insert(roomBookingAttendees)
          .values(attendeeIds.map((u) => ({ bookingId: row.id, userId: u })));
      }
      for (const kind of b.services ?? []) {
        const dueAt = new Date(startsAt.getTime() - serviceLeadMinutes[kind] * 60_000);
        const done = dueAt < now && status !== 'released';
        await tx.insert(meetingServiceTasks).values({
          bookingId: row.id,
          kind,
          dueAt,
          status: status === 'released' ? 'cancelled' : done ? 'done' : 'open',
          doneBy: done ? userId('caiwen') : null,
          doneAt: done ? dueAt : null,
        });
      }
    }
  }
}
