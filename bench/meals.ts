// Canteen scenarios: the lunch-booking morning rush of 2,000 staff in a minute (100 clients, each
// request another person's session), and six counters each verifying a diner's pass every 0.5 s;
// plus meal-rush-max, the same bookings as fast as the server takes them.
import { loginHeaders } from './lib/bench-user';
import type { Scenario, ScenarioContext, SessionHeaders } from './scenarios';

const PEOPLE = 2000;
const PASSWORD = 'Bench-diner-2026';
const SYSADMIN = { username: 'zhuyu', password: 'Houqin@2026demo' };
const COUNTER = { username: 'zhaomin', password: 'Houqin@2026demo' };

interface Diners {
  canteenId: string;
  /** open days ahead whose lunch can still be booked */
  dates: string[];
  sessions: SessionHeaders[];
}

const prepared = new Map<string, Promise<Diners>>();

async function json(res: Response, what: string): Promise<Record<string, unknown>> {
  const text = await res.text();
  if (!res.ok) throw new Error(`${what}: HTTP ${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as Record<string, unknown>;
}

/** Signs everyone in, `parallel` at a time (argon2 makes each sign-in cost ~tens of ms). */
async function signInAll(baseUrl: string, usernames: string[], parallel: number): Promise<SessionHeaders[]> {
  const sessions: SessionHeaders[] = new Array(usernames.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let i = next++; i < usernames.length; i = next++) {
        sessions[i] = await loginHeaders(baseUrl, { username: usernames[i] ?? '', password: PASSWORD });
      }
    }),
  );
  return sessions;
}

/** Once per server: 2,000 staff imported in one file, signed in; the opt-in canteen and its next open days. */
function diners(ctx: ScenarioContext): Promise<Diners> {
  let ready = prepared.get(ctx.baseUrl);
  if (!ready) {
    ready = (async () => {
      const admin = await ctx.login(SYSADMIN);
      const usernames = Array.from({ length: PEOPLE }, (_, i) => `diner${String(i).padStart(4, '0')}`);
      const csv = ['用户名,姓名,单位编码,角色,初始密码']
        .concat(
          usernames.map(
            (u, i) => `${u},压测职工${i},${['FGJ', 'JYJ', 'WJJ', 'BGS'][i % 4]},staff,${PASSWORD}`,
          ),
        )
        .join('\n');
      const form = new FormData();
      form.append('file', new Blob([csv], { type: 'text/csv' }), 'diners.csv');
      await json(
        await ctx.request('/api/admin/users/import', {
          method: 'POST',
          headers: { cookie: admin.cookie, 'x-csrf-token': admin['x-csrf-token'] },
          body: form,
        }),
        'import 2,000 staff',
      );
      const sessions = await signInAll(ctx.baseUrl, usernames, 4);
      const canteens = await json(await ctx.request('/api/canteens', { headers: admin }), 'canteens');
      const canteen = (canteens.items as { id: string; bookingMode: string }[]).find(
        (c) => c.bookingMode === 'opt_in',
      );
      if (!canteen) throw new Error('no opt-in canteen in the demo data');
      const from = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      const to = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
      const days = (await (
        await ctx.request(`/api/canteens/${canteen.id}/days?from=${from}&to=${to}`, { headers: admin })
      ).json()) as { date: string; open: boolean }[];
      const dates = days.filter((d) => d.open).map((d) => d.date);
      return { canteenId: canteen.id, dates: dates.slice(0, 10), sessions };
    })();
    prepared.set(ctx.baseUrl, ready);
  }
  return ready;
}

let state: Diners | undefined;
let nextBooking = 0;
let nextPass = 0;
let passes: { token: string }[] = [];
let counterMeal: 'breakfast' | 'lunch' | 'dinner' = 'lunch';

/** Request i: person i mod 2,000, on the (i div 2,000)th open day — every (person, day) once. */
function bookingTurn() {
  if (!state) throw new Error('setup has not run');
  const i = nextBooking++;
  return { i, person: i % PEOPLE, date: state.dates[Math.floor(i / PEOPLE) % state.dates.length] ?? '' };
}
let current = { person: 0, date: '' };

/** The meal the counters serve now in Shanghai: breakfast before 10:00, lunch before 15:00, else dinner. */
function mealNow(): 'breakfast' | 'lunch' | 'dinner' {
  const hour = Number(
    new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', hour: '2-digit', hourCycle: 'h23' }).format(
      new Date(),
    ),
  );
  return hour < 10 ? 'breakfast' : hour < 15 ? 'lunch' : 'dinner';
}

/**
 * Lunch booked by the 2,000 staff, 100 clients, each request in the session of the person its body
 * books for (every person and open day once). With a rate: the stated load; without: flat out.
 */
function rushScenario(name: string, load: Pick<Scenario, 'overallRate' | 'arrivals'> = {}): Scenario {
  return {
    name,
    method: 'POST',
    path: '/api/meal-bookings',
    connections: 100,
    ...load,
    setup: async (ctx) => {
      const prepared = await diners(ctx);
      // a new store starts from the first person and day again; the next scenario on it goes on
      if (prepared !== state) nextBooking = 0;
      state = prepared;
      return {};
    },
    // headers and body are made together per request: the session of the person the body books for
    headersFor: () => {
      const turn = bookingTurn();
      current = { person: turn.person, date: turn.date };
      return state?.sessions[turn.person] ?? {};
    },
    body: () => ({ canteenId: state?.canteenId ?? '', date: current.date, meal: 'lunch' }),
    verify: async (ctx) => {
      if (!state) return 'not set up';
      const day = state.dates[0];
      const res = await ctx.request(`/api/canteens/${state.canteenId}/kitchen?date=${day}`, {
        headers: await ctx.login(COUNTER),
      });
      const view = (await res.json()) as { meals?: { meal: string; booked: number }[] };
      const lunch = view.meals?.find((m) => m.meal === 'lunch');
      return `${nextBooking} booking requests sent so far; the kitchen counts ${lunch?.booked ?? '?'} lunches booked on ${day} (demo bookings included)`;
    },
  };
}

export const mealScenarios: Scenario[] = [
  // the stated load: 2,000 bookings within a minute, people arriving independently
  rushScenario('meal-rush', { overallRate: Math.ceil(PEOPLE / 60), arrivals: 'poisson' }),
  // the same rate as bursts: each second's 34 bookings sent at the same instant
  rushScenario('meal-rush-burst', { overallRate: Math.ceil(PEOPLE / 60) }),
  // as fast as the server takes them
  rushScenario('meal-rush-max'),
  {
    // six counters, each verifying a diner every 0.5 s
    name: 'meal-counter',
    method: 'POST',
    path: '/api/canteen-counter/verify',
    connections: 6,
    connectionRate: 2,
    setup: async (ctx) => {
      state = await diners(ctx);
      counterMeal = mealNow();
      // passes live 90 s: fetch them right before the load, for the diners the rush booked
      passes = [];
      for (let i = 0; i < 300; i++) {
        const session = state.sessions[i];
        if (!session) break;
        passes.push(
          (await (await ctx.request('/api/meal-pass', { headers: session })).json()) as { token: string },
        );
      }
      nextPass = 0;
      return ctx.login(COUNTER);
    },
    body: () => ({
      canteenId: state?.canteenId ?? '',
      meal: counterMeal,
      token: passes[nextPass++ % passes.length]?.token ?? '',
    }),
  },
];
