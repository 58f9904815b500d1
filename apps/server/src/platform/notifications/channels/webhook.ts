import { createHmac } from 'node:crypto';
import type { Clock } from '../../clock';
import type { OutboundChannel } from './channel';

export const WEBHOOK_TIMEOUT_MS = 5_000;

/** `sha256=<hex HMAC-SHA256 of the raw body>`, as sent in X-Houqin-Signature. */
export function webhookSignature(secret: string, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody, 'utf8').digest('hex')}`;
}

/**
 * A signed JSON POST per recipient and notification: the shape a 浙政钉 work-notification adapter
 * takes. The body carries `sentAt` too, so a receiver can refuse stale replays under the signature.
 * Anything but a 2xx within 5 s is a failure.
 */
export function webhookChannel(options: { url: string; secret: string; clock: Clock }): OutboundChannel {
  return {
    name: 'webhook',
    async send(n, recipient, meta) {
      const sentAt = options.clock.now();
      const body = JSON.stringify({
        deliveryId: meta.deliveryId,
        attempt: meta.attempt,
        sentAt: sentAt.toISOString(),
        notification: n,
        recipient: {
          userId: recipient.userId,
          username: recipient.username,
          employeeCode: recipient.employeeCode,
        },
      });
      const res = await fetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'user-agent': 'houqin-notifications',
          'x-houqin-signature': webhookSignature(options.secret, body),
          'x-houqin-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
          'x-houqin-delivery': meta.deliveryId,
        },
        body,
        redirect: 'error',
        signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
      });
      // drain the body so the connection is released
      await res.arrayBuffer().catch(() => undefined);
      if (!res.ok) throw new Error(`webhook answered HTTP ${res.status}`);
    },
  };
}
