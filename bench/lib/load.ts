import autocannon from 'autocannon';
import type { Json, Scenario, ScenarioContext, StoreKind } from '../scenarios';
import { fireArrivals } from './arrivals';

export interface ResultRow {
  scenario: string;
  store: StoreKind;
  connections: number;
  /** undefined when the scenario failed before or during the load */
  requestsPerSecond?: number;
  p50Ms?: number;
  p99Ms?: number;
  non2xx?: number;
  errors?: number;
  /** status code → count, for the non-2xx answers */
  statuses?: Record<string, number>;
  failure?: string;
  /** what the scenario's verify() saw after the load */
  verified?: string;
}

interface Prepared {
  url: string;
  method: Scenario['method'];
  headers: Record<string, string>;
  /** a fixed body, or a generator called per request */
  body?: string;
  makeBody?: () => Json;
  makeHeaders?: () => Record<string, string>;
  connectionRate?: number;
  overallRate?: number;
}

async function prepare(scenario: Scenario, ctx: ScenarioContext): Promise<Prepared> {
  const headers: Record<string, string> = {};
  if (scenario.body !== undefined) headers['content-type'] = 'application/json';
  Object.assign(headers, (await scenario.setup?.(ctx)) ?? {});
  const path = typeof scenario.path === 'function' ? scenario.path() : scenario.path;
  const prepared: Prepared = { url: `${ctx.baseUrl}${path}`, method: scenario.method, headers };
  if (scenario.headersFor) prepared.makeHeaders = scenario.headersFor;
  if (scenario.connectionRate) prepared.connectionRate = scenario.connectionRate;
  if (scenario.overallRate) prepared.overallRate = scenario.overallRate;
  if (typeof scenario.body === 'function') prepared.makeBody = scenario.body;
  else if (scenario.body !== undefined) prepared.body = JSON.stringify(scenario.body);
  return prepared;
}

function bodyOf(prepared: Prepared): string | undefined {
  return prepared.makeBody ? JSON.stringify(prepared.makeBody()) : prepared.body;
}

/** One request before the load, so a broken scenario fails with its answer instead of N non-2xx. */
async function probe(prepared: Prepared): Promise<void> {
  const response = await fetch(prepared.url, {
    method: prepared.method,
    headers: { ...prepared.headers, ...prepared.makeHeaders?.() },
    body: bodyOf(prepared),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  if (response.status < 200 || response.status >= 300) {
    throw new Error(
      `probe ${prepared.method} ${prepared.url} answered HTTP ${response.status}: ${text.slice(0, 300)}`,
    );
  }
}

function fire(prepared: Prepared, connections: number, durationSeconds: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const options: autocannon.Options = {
      url: prepared.url,
      method: prepared.method,
      headers: prepared.headers,
      connections,
      duration: durationSeconds,
      timeout: 10,
    };
    if (prepared.connectionRate) options.connectionRate = prepared.connectionRate;
    if (prepared.overallRate) options.overallRate = prepared.overallRate;
    // autocannon "corrects" rate-limited runs for coordinated omission with an expected interval of
    // ceil(1 / rate) ms, where rate is requests per second per connection: 1 ms instead of 1,000 ms
    // at one request a second, so one 100 ms answer gets 99 synthetic samples (99, 98, … 1 ms) and
    // p99 lands near the slowest answer. Nothing is omitted when answers come far inside the
    // interval, so rated scenarios record each answer's latency as measured.
    if (prepared.connectionRate || prepared.overallRate) options.ignoreCoordinatedOmission = true;
    const { makeBody, makeHeaders } = prepared;
    if (makeBody || makeHeaders) {
      options.requests = [
        {
          setupRequest: (request) => ({
            ...request,
            ...(makeHeaders ? { headers: { ...request.headers, ...makeHeaders() } } : {}),
            ...(makeBody ? { body: JSON.stringify(makeBody()) } : {}),
          }),
        },
      ];
    }
    if (!makeBody && prepared.body !== undefined) options.body = prepared.body;
    let settled = false;
    const instance = autocannon(options, (err, result) => {
      settled = true;
      clearTimeout(guard);
      if (err) reject(err);
      else resolve(result);
    });
    // duration bounds the run; this only guards against a stuck connection keeping it open
    const guard = setTimeout(
      () => {
        if (!settled) instance.stop();
      },
      (durationSeconds + 30) * 1000,
    );
  });
}

export interface LoadOptions {
  durationSeconds: number;
  warmupSeconds: number;
}

export async function runScenario(
  scenario: Scenario,
  ctx: ScenarioContext,
  options: LoadOptions,
): Promise<ResultRow> {
  const row: ResultRow = { scenario: scenario.name, store: ctx.store, connections: scenario.connections };
  const prepared = await prepare(scenario, ctx);
  await probe(prepared);
  if (options.warmupSeconds > 0 && scenario.arrivals !== 'poisson')
    await fire(prepared, scenario.connections, options.warmupSeconds);
  if (scenario.arrivals === 'poisson') return runArrivals(scenario, ctx, options, prepared, row);
  const result = await fire(prepared, scenario.connections, options.durationSeconds);
  row.requestsPerSecond = result.requests.average;
  row.p50Ms = result.latency.p50;
  row.p99Ms = result.latency.p99;
  row.non2xx = result.non2xx;
  row.errors = result.errors;
  if (scenario.verify) row.verified = await scenario.verify(ctx);
  if (result.non2xx > 0 && result.statusCodeStats) {
    row.statuses = {};
    for (const [code, stat] of Object.entries(result.statusCodeStats)) {
      if (!code.startsWith('2') && stat.count) row.statuses[code] = stat.count;
    }
  }
  return row;
}

/** A scenario at a stated rate with Poisson arrivals (see arrivals.ts) instead of autocannon. */
async function runArrivals(
  scenario: Scenario,
  ctx: ScenarioContext,
  options: LoadOptions,
  prepared: Prepared,
  row: ResultRow,
): Promise<ResultRow> {
  const rate = scenario.overallRate;
  if (!rate) throw new Error(`${scenario.name}: Poisson arrivals need overallRate`);
  const next = () => ({
    url: prepared.url,
    method: prepared.method,
    headers: { ...prepared.headers, ...prepared.makeHeaders?.() },
    body: bodyOf(prepared),
  });
  const run = (durationSeconds: number) =>
    fireArrivals({ rate, connections: scenario.connections, durationSeconds, next });
  if (options.warmupSeconds > 0) await run(options.warmupSeconds);
  const result = await run(options.durationSeconds);
  Object.assign(row, {
    requestsPerSecond: result.requestsPerSecond,
    p50Ms: result.p50Ms,
    p99Ms: result.p99Ms,
    non2xx: result.non2xx,
    errors: result.errors,
  });
  if (result.non2xx > 0) row.statuses = result.statuses;
  if (scenario.verify) row.verified = await scenario.verify(ctx);
  return row;
}
