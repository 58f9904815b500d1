// Meeting-room scenarios: a day's availability over 200 rooms, booking distinct slots, and 200
// clients racing for one slot (every request after the winner is a 409 by design).
import type { Scenario, ScenarioContext, SessionHeaders } from './scenarios';

const ROOMS = 200;
const ADMIN = { username: 'huanglei', password: 'Houqin@2026demo' }; // demo logistics_admin

interface BenchRooms {
  roomIds: string[];
  /** the next workdays (Asia/Shanghai dates), tomorrow first */
  workdays: string[];
}

const prepared = new Map<string, Promise<BenchRooms>>();

async function call(
  ctx: ScenarioContext,
  headers: SessionHeaders,
  method: string,
  url: string,
  body?: unknown,
) {
  const res = await ctx.request(url, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${url}: HTTP ${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as Record<string, unknown>;
}

/** Once per server: a bench building with 200 meeting rooms (over 10 floors), and the workdays ahead. */
function benchRooms(ctx: ScenarioContext): Promise<BenchRooms> {
  let ready = prepared.get(ctx.baseUrl);
  if (!ready) {
    ready = (async () => {
      const admin = await ctx.login(ADMIN);
      const building = await call(ctx, admin, 'POST', '/api/admin/spaces/buildings', {
        name: '压测楼',
        code: 'BENCH',
      });
      const roomIds: string[] = [];
      for (let level = 1; level <= 10; level++) {
        const floor = await call(ctx, admin, 'POST', '/api/admin/spaces/floors', {
          buildingId: building.id,
          level,
          name: `${level}F`,
        });
        for (let n = 1; n <= ROOMS / 10; n++) {
          const room = await call(ctx, admin, 'POST', '/api/admin/spaces/rooms', {
            floorId: floor.id,
            number: `${level}${String(n).padStart(2, '0')}`,
            name: `压测会议室${level}-${n}`,
            areaM2: 30,
            use: 'meeting',
          });
          roomIds.push(room.id as string);
        }
      }
      for (const [i, id] of roomIds.entries()) {
        await call(ctx, admin, 'PUT', `/api/admin/meeting-rooms/${id}`, {
          capacity: 6 + (i % 5) * 4,
          equipment: i % 2 ? ['projector', 'screen'] : ['whiteboard'],
          bookable: true,
          openFrom: '08:00',
          openTo: '18:00',
          workdaysOnly: true,
          requiresApproval: false,
          approverIds: [],
          bookingScope: 'everyone',
          allowedUnitIds: [],
          allowedRoles: [],
          minMinutes: 15,
          maxMinutes: 480,
          maxDaysAhead: 60,
          minNoticeMinutes: 0,
          bufferMinutes: 0,
          checkInRequired: false,
          checkInOpensMinutes: 10,
          noShowMinutes: 15,
          quotaHoursPerWeek: null,
          pendingHoldHours: 48,
          photoFileIds: [],
        });
      }
      const today = new Date();
      const from = new Date(today.getTime() + 86_400_000).toISOString().slice(0, 10);
      const to = new Date(today.getTime() + 55 * 86_400_000).toISOString().slice(0, 10);
      const days = (await (
        await ctx.request(`/api/calendar/workdays?from=${from}&to=${to}`, { headers: admin })
      ).json()) as { date: string; workday: boolean }[];
      const workdays = days.filter((d) => d.workday).map((d) => d.date);
      // a realistic day: every room has two meetings on the first workday
      const user = await ctx.login();
      for (const [i, id] of roomIds.entries()) {
        for (const hour of [9 + (i % 3), 14 + (i % 2)]) {
          await call(ctx, user, 'POST', '/api/room-bookings', {
            roomId: id,
            title: '压测会议',
            startsAt: `${workdays[0]}T${String(hour).padStart(2, '0')}:00:00+08:00`,
            endsAt: `${workdays[0]}T${String(hour).padStart(2, '0')}:45:00+08:00`,
          });
        }
      }
      firstDay = workdays[0] ?? '';
      return { roomIds, workdays: workdays.slice(1) };
    })();
    prepared.set(ctx.baseUrl, ready);
  }
  return ready;
}

const hhmm = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

let rooms: BenchRooms | undefined;
let firstDay = '';
let nextSlot = 0;
/** Distinct 30-minute slots: room by room, then time of day (08:00–17:30), then workday. */
function distinctSlot() {
  if (!rooms) throw new Error('setup has not run');
  const i = nextSlot++;
  const room = rooms.roomIds[i % rooms.roomIds.length];
  const slot = Math.floor(i / rooms.roomIds.length);
  const day = rooms.workdays[Math.floor(slot / 20) % rooms.workdays.length];
  const start = 8 * 60 + (slot % 20) * 30;
  return {
    roomId: room ?? '',
    title: '压测预订',
    startsAt: `${day}T${hhmm(start)}:00+08:00`,
    endsAt: `${day}T${hhmm(start + 30)}:00+08:00`,
  };
}

let raceSlot: Record<string, string> | undefined;

/** A day's availability over all rooms: the first workday, where every bench room has two meetings. */
function availabilityScenario(name: string, connections: number): Scenario {
  return {
    name,
    method: 'GET',
    path: () => `/api/rooms/availability?date=${firstDay}`, // called after setup
    connections,
    setup: async (ctx) => {
      rooms = await benchRooms(ctx);
      const { cookie } = await ctx.login();
      return { cookie };
    },
  };
}

export const roomScenarios: Scenario[] = [
  // one person looking, and ten at once (MRBS's day view was measured under 10 clients)
  availabilityScenario('rooms-availability-1', 1),
  availabilityScenario('rooms-availability', 10),
  {
    name: 'room-booking',
    method: 'POST',
    path: '/api/room-bookings',
    body: () => distinctSlot(),
    connections: 50,
    setup: async (ctx) => {
      rooms = await benchRooms(ctx);
      nextSlot = 0;
      return ctx.login();
    },
  },
  {
    name: 'room-race',
    method: 'POST',
    path: '/api/room-bookings',
    body: () => raceSlot ?? {},
    connections: 200,
    setup: async (ctx) => {
      rooms = await benchRooms(ctx);
      const day = rooms.workdays[rooms.workdays.length - 1];
      raceSlot = {
        roomId: rooms.roomIds[0] ?? '',
        title: '抢同一时段',
        startsAt: `${day}T16:00:00+08:00`,
        endsAt: `${day}T17:00:00+08:00`,
      };
      return ctx.login();
    },
    verify: async (ctx) => {
      if (!raceSlot) return 'not set up';
      const day = raceSlot.startsAt?.slice(0, 10);
      const res = await ctx.request(`/api/rooms/${raceSlot.roomId}/schedule?from=${day}&to=${day}`, {
        headers: await ctx.login(),
      });
      const schedule = (await res.json()) as { days: { busy: { startsAt: string }[] }[] };
      const held = schedule.days.flatMap((d) => d.busy).length;
      return `the raced slot holds ${held} booking${held === 1 ? '' : 's'} (every other request was refused)`;
    },
  },
];
