import type { SmsSettings } from '../settings.service.js';
import {
  PermanentDeliveryError,
  type ChannelTarget,
  type NotificationChannel,
  type OutgoingMessage,
} from './channel.js';
import { excerptOf, postJson } from './http-post.js';

/** Sends one text to one mobile; throws when the provider did not accept it. */
export interface SmsProvider {
  send(to: string, text: string, settings: SmsSettings): Promise<void>;
}

/**
 * A generic HTTP SMS gateway: POST {to, text, signature} as JSON to the configured URL, the API key in
 * the configured header. Any 2xx is accepted; anything else is a failure to retry. A vendor (Aliyun,
 * Tencent Cloud …) is reached through a small gateway of the company's, not through an SDK here.
 */
export class HttpSmsGateway implements SmsProvider {
  async send(to: string, text: string, s: SmsSettings): Promise<void> {
    if (!s.url) throw new PermanentDeliveryError('NOT_CONFIGURED');
    const headers = s.apiKey ? { [s.apiKeyHeader]: s.apiKey } : {};
    const res = await postJson(s.url, { to, text, signature: s.signature }, headers);
    if (res.status < 200 || res.status >= 300) throw new Error(`HTTP ${res.status}: ${excerptOf(res.text)}`);
  }
}

/** SMS is short and costs money: the title and the first of the body, signed as the property asks. */
const MAX_TEXT = 200;

export function smsText(delivery: OutgoingMessage, signature: string): string {
  const sign = signature ? `【${signature}】` : '';
  const text = `${sign}${delivery.title}${delivery.locale === 'en' ? ': ' : '：'}${delivery.body}`;
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

export class SmsChannel implements NotificationChannel<SmsSettings> {
  readonly name = 'sms' as const;
  constructor(private readonly provider: SmsProvider = new HttpSmsGateway()) {}

  async send(delivery: OutgoingMessage, target: ChannelTarget<SmsSettings>): Promise<void> {
    if (!target.address) throw new PermanentDeliveryError('NO_ADDRESS');
    await this.provider.send(target.address, smsText(delivery, target.settings.signature), target.settings);
  }
}
