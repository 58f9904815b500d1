// Open-loop load at a stated rate: requests arrive at Poisson-distributed instants (independent
// people, e.g. 2,000 staff booking lunch within a minute) whatever the answers' latency, over a pool
// of keep-alive connections; each latency runs from the request's scheduled instant to the end of
// its answer, so time spent queued behind busy connections counts (no coordinated omission).
import http from 'node:http';

export interface ArrivalRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

export interface ArrivalResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  statuses: Record<string, number>;
}

/** A small seeded generator (mulberry32): the same arrival pattern on every run. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0);

function send(agent: http.Agent, request: ArrivalRequest): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      request.url,
      { method: request.method, headers: request.headers, agent },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
    req.end(request.body);
  });
}

export async function fireArrivals(options: {
  rate: number;
  connections: number;
  durationSeconds: number;
  next: () => ArrivalRequest;
}): Promise<ArrivalResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const random = seededRandom(20_261_127);
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let non2xx = 0;
  let errors = 0;
  const inFlight: Promise<void>[] = [];
  const start = performance.now();
  const end = start + options.durationSeconds * 1000;
  let due = start;
  for (;;) {
    due += (-Math.log(1 - random()) / options.rate) * 1000;
    if (due >= end) break;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const scheduled = due;
    inFlight.push(
      send(agent, options.next()).then(
        (status) => {
          if (status >= 200 && status < 300) latencies.push(performance.now() - scheduled);
          else {
            non2xx += 1;
            statuses[String(status)] = (statuses[String(status)] ?? 0) + 1;
          }
        },
        () => {
          errors += 1;
        },
      ),
    );
  }
  await Promise.all(inFlight);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    requestsPerSecond: (latencies.length + non2xx) / options.durationSeconds,
    p50Ms: round(percentile(latencies, 0.5)),
    p99Ms: round(percentile(latencies, 0.99)),
    non2xx,
    errors,
    statuses,
  };
}
