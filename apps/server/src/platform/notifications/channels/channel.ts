import type { OutboundChannelName } from '@houqin/contracts';

/** What an outbound channel sends: the notification as stored, with its link made absolute if possible. */
export interface OutboundNotification {
  id: string;
  seq: number;
  type: string;
  title: string;
  body: string;
  /** absolute when NOTIFY_LINK_BASE_URL is set, else the in-app path */
  link: string | null;
  data: Record<string, unknown> | null;
  createdAt: string;
}

/** Who it goes to: identifiers a receiving system maps to its own accounts, and the e-mail address. */
export interface OutboundRecipient {
  userId: string;
  username: string;
  employeeCode: string | null;
  email: string | null;
}

/** The identity of one send, for receivers that de-duplicate retries. */
export interface DeliveryMeta {
  deliveryId: string;
  attempt: number;
}

/**
 * One way out of the system. `send` resolves when the far side accepted the message and throws
 * otherwise; the delivery job turns a throw into a retry with backoff, then into a failed delivery.
 */
export interface OutboundChannel {
  name: OutboundChannelName;
  send(n: OutboundNotification, recipient: OutboundRecipient, meta: DeliveryMeta): Promise<void>;
}
