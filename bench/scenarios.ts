// The load scenarios of `npm run bench`. Later modules append theirs to `scenarios` below: a write
// endpoint is read against `baseline-insert`, the ceiling of one INSERT on the same store.
import { benchUser } from './lib/bench-user';
import { mealScenarios } from './meals';
import { roomScenarios } from './rooms';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export type StoreKind = 'embedded' | 'postgres';

export interface SessionHeaders {
  cookie: string;
  'x-csrf-token': string;
  [header: string]: string;
}

export interface ScenarioContext {
  store: StoreKind;
  /** the server the scenario targets, e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  /**
   * Signs in (the bench user by default: staff in the first unit) and returns the headers of a
   * cookie-authenticated request, CSRF token included for mutations.
   */
  login(credentials?: { username: string; password: string }): Promise<SessionHeaders>;
  /** a request to the target server, for preparing data (relative path) */
  request(path: string, init?: RequestInit): Promise<Response>;
}

export interface Scenario {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** a function is called once after setup (for a path that depends on prepared data) */
  path: string | (() => string);
  /** sent as JSON; a function is called for every request (for fields that must be unique) */
  body?: Json | (() => Json);
  connections: number;
  /** 'baseline' = the bare Fastify server of bench/baseline-server.ts; default 'app' */
  target?: 'app' | 'baseline';
  /** runs once per store before the load; returns the headers every request carries */
  setup?(
    ctx: ScenarioContext,
  ): Promise<Record<string, string> | undefined> | Record<string, string> | undefined;
  /** headers for each request on top of setup's, e.g. rotating the sessions of many users */
  headersFor?(): Record<string, string>;
  /** requests per second per connection (default: as fast as the server answers) */
  connectionRate?: number;
  /** requests per second over all connections (a stated load, e.g. 2,000 bookings in a minute) */
  overallRate?: number;
  /**
   * with overallRate: 'poisson' sends at Poisson-distributed instants (independent people) with
   * bench/lib/arrivals.ts; by default autocannon's limiter sends each connection's share at the
   * start of every second, all connections together (bursts of the whole second's requests)
   */
  arrivals?: 'poisson';
  /** after the load: checks an invariant and says what it saw (printed under the table) */
  verify?(ctx: ScenarioContext): Promise<string>;
}

export const scenarios: Scenario[] = [
  { name: 'health', method: 'GET', path: '/api/health', connections: 50 },
  {
    // argon2id bound: every request verifies the password and creates a session
    name: 'login',
    method: 'POST',
    path: '/api/auth/login',
    body: { username: benchUser.username, password: benchUser.password },
    connections: 10,
  },
  {
    name: 'session',
    method: 'GET',
    path: '/api/auth/session',
    connections: 50,
    setup: async (ctx) => {
      const { cookie } = await ctx.login();
      return { cookie };
    },
  },
  {
    name: 'baseline-insert',
    method: 'POST',
    path: '/insert',
    body: { payload: 'bench baseline row' },
    connections: 50,
    target: 'baseline',
  },
  {
    // the same bare INSERT at meal-rush's stated load (2,000 in a minute over 100 clients): the
    // floor of a durable write's latency on this disk, beside meal-rush's
    name: 'baseline-insert-rush',
    method: 'POST',
    path: '/insert',
    body: { payload: 'bench baseline row' },
    connections: 100,
    overallRate: Math.ceil(2000 / 60),
    arrivals: 'poisson',
    target: 'baseline',
  },
  ...roomScenarios,
  ...mealScenarios,
];
