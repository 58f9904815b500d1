import http from 'node:http';

export interface HttpAnswer {
  status: number;
  headers: Headers;
  body: unknown;
}

/** One JSON request with fetch (loopback only). */
export async function request(
  baseUrl: string,
  method: string,
  url: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<HttpAnswer> {
  const res = await fetch(`${baseUrl}${url}`, {
    method,
    headers: {
      accept: 'application/json',
      'accept-language': 'en',
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...options.headers,
    },
    body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
    signal: AbortSignal.timeout(10_000),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, headers: res.headers, body };
}

export interface Session {
  cookie: string;
  csrfToken: string;
  userId: string;
  username: string;
}

/** Signs in and returns the session cookie and CSRF token; throws unless the answer is 200. */
export async function signIn(
  baseUrl: string,
  username: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<Session> {
  const res = await request(baseUrl, 'POST', '/api/auth/login', { body: { username, password }, headers });
  if (res.status !== 200)
    throw new Error(`sign-in as ${username} answered ${res.status}: ${JSON.stringify(res.body)}`);
  const sid = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith('houqin_sid='));
  if (!sid) throw new Error('sign-in set no houqin_sid cookie');
  const body = res.body as { csrfToken: string; user: { id: string; username: string } };
  return { cookie: sid, csrfToken: body.csrfToken, userId: body.user.id, username: body.user.username };
}

export interface SseEvent {
  id: string | undefined;
  event: string | undefined;
  data: string;
}

export interface SseStream {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** resolves once the server wrote its ": connected" comment (the stream is live) */
  connected(timeoutMs: number): Promise<void>;
  /** the next event, or throws after timeoutMs */
  next(timeoutMs: number): Promise<SseEvent>;
  close(): void;
}

function parseEvent(block: string): SseEvent | undefined {
  const event: SseEvent = { id: undefined, event: undefined, data: '' };
  let hasData = false;
  for (const line of block.split('\n')) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'id') event.id = value;
    else if (field === 'event') event.event = value;
    else if (field === 'data') {
      event.data = hasData ? `${event.data}\n${value}` : value;
      hasData = true;
    }
  }
  return hasData ? event : undefined;
}

/**
 * An EventSource-like reader over node:http on its own connection (agent: false), so closing it
 * really closes the stream the proxy holds.
 */
export function openSse(url: string, headers: Record<string, string>): Promise<SseStream> {
  const events: SseEvent[] = [];
  const waiters = new Set<() => void>();
  let raw = '';
  let buffer = '';
  let ended = false;
  const wake = () => {
    for (const w of waiters) w();
  };
  const waitFor = async <T>(take: () => T | undefined, timeoutMs: number, what: string): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = take();
      if (value !== undefined) return value;
      if (ended) throw new Error(`stream ended before ${what}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no ${what} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          waiters.delete(done);
          resolve();
        };
        const timer = setTimeout(done, left);
        waiters.add(done);
      });
    }
  };
  return new Promise((resolve, reject) => {
    const req = http.get(
      url,
      { headers: { accept: 'text/event-stream', ...headers }, agent: false },
      (res) => {
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          raw += chunk;
          buffer += chunk;
          for (let cut = buffer.indexOf('\n\n'); cut !== -1; cut = buffer.indexOf('\n\n')) {
            const event = parseEvent(buffer.slice(0, cut));
            if (event) events.push(event);
            buffer = buffer.slice(cut + 2);
          }
          wake();
        });
        const finish = () => {
          ended = true;
          wake();
        };
        res.on('end', finish);
        res.on('close', finish);
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          connected: async (timeoutMs) => {
            await waitFor(() => (raw.includes(': connected') ? true : undefined), timeoutMs, '": connected"');
          },
          next: (timeoutMs) => waitFor(() => events.shift(), timeoutMs, 'event'),
          close: () => req.destroy(),
        });
      },
    );
    req.on('error', (err) => {
      ended = true;
      wake();
      reject(err);
    });
  });
}
