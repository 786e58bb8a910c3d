import type { Locale } from '@qiantai/contracts';

// Messages of the notifications module; the module definition adds them to the catalogue.
export const notificationMessages = {
  'notification.requiredWhenEnabled': {
    'zh-CN': '启用该渠道时必须填写此项',
    en: 'Required while the channel is switched on.',
  },
  'notification.webhookRequired': {
    'zh-CN': '启用企业微信前请填写机器人 Webhook 地址',
    en: "Enter the robot's webhook address before switching WeCom on.",
  },
  'notification.deliveryNotFailed': {
    'zh-CN': '只有发送失败的消息可以重发',
    en: 'Only failed deliveries can be sent again.',
  },
  'notification.testAddress': {
    'zh-CN': '请填写有效的收件地址（邮箱或手机号）',
    en: 'Enter a valid address to send to (an e-mail address or a mobile).',
  },
} as const satisfies Record<string, Record<Locale, string>>;

type NotificationMessages = typeof notificationMessages;
declare module '../../platform/i18n/messages.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging adds this catalogue's keys
  interface ModuleMessages extends NotificationMessages {}
}
