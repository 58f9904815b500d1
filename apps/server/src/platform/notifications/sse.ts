/** Server-Sent Events framing (https://html.spec.whatwg.org/multipage/server-sent-events.html). */

export const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache, no-transform',
  // a stream is never followed by another request on its connection: when it ends, the socket goes
  // (so a closing server does not wait for the client's keep-alive to run out)
  connection: 'close',
  // nginx must not buffer the stream
  'x-accel-buffering': 'no',
} as const;

/** One event; `data` is JSON on one line (JSON.stringify escapes newlines inside strings). */
export function sseEvent(event: { id: number; name: string; data: unknown }): string {
  return `id: ${event.id}\nevent: ${event.name}\ndata: ${JSON.stringify(event.data)}\n\n`;
}

/** A comment line: ignored by EventSource, keeps proxies and the connection alive. */
export function sseComment(text: string): string {
  return `: ${text.replace(/[\r\n]/g, ' ')}\n\n`;
}

/** How long EventSource waits before it reconnects. */
export function sseRetry(ms: number): string {
  return `retry: ${ms}\n\n`;
}

const seqPattern = /^\d{1,15}$/;

/**
 * The seq a reconnecting client saw last: the Last-Event-ID header (EventSource sends it on its own
 * reconnects) or `?lastEventId=` (a page that opens a new EventSource). Garbage counts as absent.
 */
export function lastEventIdOf(
  header: string | string[] | undefined,
  query: string | undefined,
): number | undefined {
  const value = typeof header === 'string' && seqPattern.test(header.trim()) ? header.trim() : query;
  return value !== undefined && seqPattern.test(value) ? Number(value) : undefined;
}
