import nodemailer from 'nodemailer';
import type { EmailSettings } from '../settings.service.js';
import {
  PermanentDeliveryError,
  SEND_TIMEOUT_MS,
  type ChannelTarget,
  type NotificationChannel,
  type OutgoingMessage,
} from './channel.js';

const FOOTER = {
  'zh-CN': '— 前台 Qiantai 系统自动发送，请勿直接回复。',
  en: '— Sent by Qiantai 前台. Please do not reply to this message.',
} as const;

/** E-mail over the property's SMTP server (nodemailer); the subject is the notification's title. */
export class EmailChannel implements NotificationChannel<EmailSettings> {
  readonly name = 'email' as const;

  async send(delivery: OutgoingMessage, target: ChannelTarget<EmailSettings>): Promise<void> {
    if (!target.address) throw new PermanentDeliveryError('NO_ADDRESS');
    const s = target.settings;
    if (!s.host || !s.from) throw new PermanentDeliveryError('NOT_CONFIGURED');
    // A transport per message: settings change at any time, and notices are few.
    const transport = nodemailer.createTransport({
      host: s.host,
      port: s.port,
      secure: s.secure,
      ...(s.user ? { auth: { user: s.user, pass: s.password ?? '' } } : {}),
      connectionTimeout: SEND_TIMEOUT_MS,
      greetingTimeout: SEND_TIMEOUT_MS,
      socketTimeout: SEND_TIMEOUT_MS * 2,
    });
    try {
      await transport.sendMail({
        from: s.from,
        to: target.address,
        subject: delivery.title,
        text: [delivery.body, delivery.link ?? '', FOOTER[delivery.locale]].filter(Boolean).join('\n\n'),
        headers: { 'X-Qiantai-Delivery': delivery.id },
      });
    } finally {
      transport.close();
    }
  }
}
