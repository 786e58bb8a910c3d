import { EXPORT_REASON_LENGTH, FULL_EXPORT_MAX_ROWS, type Locale } from '@qiantai/contracts';
import { useLocale } from '../../../app/i18n/locale-context';

// The texts of the full export's reason dialog, zh-CN first. They sit beside the dialog rather than
// in the directory's catalogue while that catalogue is being moved (app/i18n → features/<f>/
// messages.*.ts): once it has settled they belong there, under 'excel.reason.*'.

const max = FULL_EXPORT_MAX_ROWS.toLocaleString('en-US');
const { min, max: longest } = EXPORT_REASON_LENGTH;

const zhCN = {
  cap: `每次最多导出 ${max} 条；超出时请按楼栋、身份等条件筛选后分批导出。`,
  label: '导出原因',
  placeholder: '如：业主大会表决票发放核对',
  help: `${min}–${longest} 字，将与此次导出一起记入审计日志`,
  required: '请填写导出原因',
  length: `导出原因须为 ${min}–${longest} 字`,
  control: '导出原因不能包含换行或控制字符',
};

const en: Record<keyof typeof zhCN, string> = {
  cap: `At most ${max} records per export; filter (by building, role …) and export in parts for more.`,
  label: 'Reason',
  placeholder: 'e.g. checking the list for the owners’ meeting ballots',
  help: `${min}–${longest} characters, kept in the audit log with this export`,
  required: 'Give the reason for this export',
  length: `The reason must be ${min}–${longest} characters long.`,
  control: 'The reason cannot contain line breaks or control characters.',
};

const TEXTS: Record<Locale, typeof zhCN> = { 'zh-CN': zhCN, en };

export type FullExportTexts = typeof zhCN;

export function useFullExportTexts(): FullExportTexts {
  return TEXTS[useLocale().locale];
}
