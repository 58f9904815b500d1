import type { OutboundChannelName } from '@houqin/contracts';
import type { Config } from '../../../config';
import type { AppContext } from '../../context';
import type { OutboundChannel } from './channel';
import { emailChannel } from './email';
import { webhookChannel } from './webhook';

export type { DeliveryMeta, OutboundChannel, OutboundNotification, OutboundRecipient } from './channel';

/** The channels this deployment has: a channel is on when its settings are present. */
export function configuredChannelNames(config: Config): OutboundChannelName[] {
  const names: OutboundChannelName[] = [];
  if (config.notifications.webhookUrl && config.notifications.webhookSecret) names.push('webhook');
  if (config.notifications.smtpUrl && config.notifications.smtpFrom) names.push('email');
  return names;
}

const built = new WeakMap<AppContext, Map<OutboundChannelName, OutboundChannel>>();

function buildChannels(ctx: AppContext): Map<OutboundChannelName, OutboundChannel> {
  const { webhookUrl, webhookSecret, smtpUrl, smtpFrom } = ctx.config.notifications;
  const channels = new Map<OutboundChannelName, OutboundChannel>();
  if (webhookUrl && webhookSecret)
    channels.set('webhook', webhookChannel({ url: webhookUrl, secret: webhookSecret, clock: ctx.clock }));
  if (smtpUrl && smtpFrom) channels.set('email', emailChannel({ smtpUrl, from: smtpFrom }));
  return channels;
}

/** The channel by name, built once per app (so e-mail keeps one transport). */
export function outboundChannel(ctx: AppContext, name: OutboundChannelName): OutboundChannel | undefined {
  let channels = built.get(ctx);
  if (!channels) {
    channels = buildChannels(ctx);
    built.set(ctx, channels);
  }
  return channels.get(name);
}
