import {
  type DeliveryStatus,
  deliveryStatuses,
  type OutboundChannelName,
  outboundChannels,
} from '@houqin/contracts';
import { positiveInt } from '../../lib/use-url-filters';

/** ListNotificationDeliveriesQuery as the deliveries page keeps it in the address bar. */
export type DeliveryFilters = {
  status?: DeliveryStatus;
  channel?: OutboundChannelName;
  page: number;
  pageSize: number;
};

export function parseDeliveryFilters(params: URLSearchParams): DeliveryFilters {
  const status = params.get('status');
  const channel = params.get('channel');
  return {
    status: deliveryStatuses.find((known) => known === status),
    channel: outboundChannels.find((known) => known === channel),
    page: positiveInt(params.get('page'), 1),
    pageSize: positiveInt(params.get('pageSize'), 20, 200),
  };
}
