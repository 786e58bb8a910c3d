import type { Locale } from '@qiantai/contracts';

// Messages of the leases module; the module definition adds them to the catalogue. Keys are stable (the
// directory. prefix is from when the directory's texts were one catalogue).
export const leasesMessages = {
  'directory.contractFileType': {
    'zh-CN': '合同文件须为 PDF 或图片（JPG、PNG、WebP），且内容与类型一致',
    en: 'The contract must be a PDF or an image (JPG, PNG, WebP) whose content matches its type.',
  },
  'directory.contractTooLarge': {
    'zh-CN': '合同文件不能超过 10 MB',
    en: 'The contract file must not exceed 10 MB.',
  },
} as const satisfies Record<string, Record<Locale, string>>;

type LeasesMessages = typeof leasesMessages;
declare module '../../platform/i18n/messages.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging adds this catalogue's keys
  interface ModuleMessages extends LeasesMessages {}
}
