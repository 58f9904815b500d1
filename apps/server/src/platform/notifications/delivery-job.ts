import { defineJob, type JobContext } from '../scheduler';
import { type OutboundNotification, outboundChannel } from './channels';
import {
  type DeliveryToSend,
  findDeliveryToSend,
  markDeliverySent,
  recordDeliveryFailure,
} from './deliveries-repository';
import { describeDeliveryError } from './redact';

/** Attempts per delivery (the scheduler backs off between them); then the delivery is failed. */
export const DELIVERY_MAX_ATTEMPTS = 6;

function absoluteLink(link: string | null, base: string | undefined): string | null {
  if (!link || !base || /^[a-z][a-z0-9+.-]*:/i.test(link)) return link;
  return new URL(link, base.endsWith('/') ? base : `${base}/`).toString();
}

function outboundOf(row: DeliveryToSend, linkBase: string | undefined): OutboundNotification {
  const n = row.notification;
  const data = n.data && typeof n.data === 'object' ? (n.data as Record<string, unknown>) : null;
  return { ...n, link: absoluteLink(n.link, linkBase), data, createdAt: n.createdAt.toISOString() };
}

/**
 * Sends one delivery on its channel. A throw makes the scheduler retry with backoff; the failure is
 * recorded on the delivery (status failed after the last attempt) without personal data.
 */
async function deliver(job: JobContext, payload: { deliveryId: string }): Promise<void> {
  const { ctx, attempt } = job;
  const row = await findDeliveryToSend(ctx.db, payload.deliveryId);
  if (row?.status !== 'pending') return;
  const channel = outboundChannel(ctx, row.channel);
  const final = attempt >= DELIVERY_MAX_ATTEMPTS;
  // problems a retry cannot fix end the delivery at once
  const giveUp = (error: string) =>
    recordDeliveryFailure(ctx.db, row.id, { attempts: attempt, error, final: true, at: ctx.clock.now() });
  if (!channel) return giveUp('channel not configured on this deployment');
  if (row.channel === 'email' && !row.recipient.email) return giveUp('recipient has no e-mail address');
  try {
    await channel.send(outboundOf(row, ctx.config.notifications.linkBaseUrl), row.recipient, {
      deliveryId: row.id,
      attempt,
    });
  } catch (err) {
    const error = describeDeliveryError(err);
    await recordDeliveryFailure(ctx.db, row.id, { attempts: attempt, error, final, at: ctx.clock.now() });
    ctx.log.warn(
      { deliveryId: row.id, channel: row.channel, attempt, final, error },
      'notification delivery failed',
    );
    throw new Error(`notification delivery failed: ${error}`);
  }
  await markDeliverySent(ctx.db, row.id, attempt, ctx.clock.now());
}

export const deliverNotificationJob = defineJob('notifications.deliver', deliver, {
  maxAttempts: DELIVERY_MAX_ATTEMPTS,
});
