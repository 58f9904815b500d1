import nodemailer from 'nodemailer';
import type { OutboundChannel } from './channel';

/**
 * E-mail over SMTP (SMTP_URL, e.g. smtps://user:pass@mail.example.gov.cn:465). The subject is the
 * title; the text is the body and the link. Recipients without an address get no delivery at all.
 */
export function emailChannel(options: { smtpUrl: string; from: string }): OutboundChannel {
  const transport = nodemailer.createTransport(options.smtpUrl);
  return {
    name: 'email',
    async send(n, recipient) {
      if (!recipient.email) throw new Error('recipient has no e-mail address');
      await transport.sendMail({
        from: options.from,
        to: recipient.email,
        subject: n.title,
        text: n.link ? `${n.body}\n\n${n.link}` : n.body,
        headers: { 'X-Houqin-Notification-Type': n.type },
      });
    },
  };
}
