import type { WecomSettings } from '../settings.service.js';
import {
  PermanentDeliveryError,
  type ChannelTarget,
  type NotificationChannel,
  type OutgoingMessage,
} from './channel.js';
import { excerptOf, postJson } from './http-post.js';

/** WeCom refuses markdown longer than 4096 bytes; a notice is far shorter, but a long body is cut. */
const MAX_BODY = 1000;

/** The group message: Chinese first (the group is the property's staff), who it is for, and the link. */
export function wecomMarkdown(delivery: OutgoingMessage): string {
  const n = delivery.notification;
  const body = n.body.zh.length > MAX_BODY ? `${n.body.zh.slice(0, MAX_BODY)}…` : n.body.zh;
  const lines = [`**${n.title.zh}**`, `<font color="comment">${n.title.en}</font>`, body];
  if (delivery.recipientNames.length) lines.push(`> 通知对象：${delivery.recipientNames.join('、')}`);
  if (delivery.link) lines.push(`[查看详情 Open](${delivery.link})`);
  return lines.filter(Boolean).join('\n');
}

/**
 * A WeCom (企业微信) group robot: POST {msgtype:'markdown'} to the property's webhook. WeCom answers
 * HTTP 200 even when it refuses a message; `errcode` other than 0 is the failure.
 */
export class WecomChannel implements NotificationChannel<WecomSettings> {
  readonly name = 'wecom' as const;

  async send(delivery: OutgoingMessage, target: ChannelTarget<WecomSettings>): Promise<void> {
    const url = target.settings.webhookUrl;
    if (!url) throw new PermanentDeliveryError('NOT_CONFIGURED');
    const res = await postJson(url, { msgtype: 'markdown', markdown: { content: wecomMarkdown(delivery) } });
    if (res.status < 200 || res.status >= 300) throw new Error(`HTTP ${res.status}: ${excerptOf(res.text)}`);
    let answer: { errcode?: unknown; errmsg?: unknown };
    try {
      answer = JSON.parse(res.text) as typeof answer;
    } catch {
      throw new Error(`not a WeCom answer: ${excerptOf(res.text)}`);
    }
    if (answer.errcode !== 0)
      throw new Error(`errcode ${String(answer.errcode)}: ${String(answer.errmsg ?? '')}`);
  }
}
