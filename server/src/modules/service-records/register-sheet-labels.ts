import type { Locale, RegisterLayout, Satisfaction, ServiceStatus } from '@qiantai/contracts';

// The words of the printed register and its Excel twin, in both languages. The column sets follow
// the paper forms: kh-21-r01 (客户服务登记录) and the 用户投诉意见登记表.

type Words = Record<Locale, string>;
const w = (zh: string, en: string): Words => ({ 'zh-CN': zh, en });

export const REGISTER_COLUMNS = {
  register: {
    seq: w('序号', 'No.'),
    date: w('日期', 'Date'),
    time: w('时间', 'Time'),
    customer: w('客户', 'Customer'),
    unit: w('房号', 'Unit'),
    phone: w('联系电话', 'Phone'),
    kind: w('类型', 'Type'),
    content: w('内容', 'Content'),
    handler: w('经办人', 'Handled by'),
    department: w('部门', 'Department'),
    result: w('处理结果', 'Result'),
    followUp: w('回访', 'Follow-up'),
    satisfaction: w('满意度', 'Satisfaction'),
  },
  complaints: {
    seq: w('序号', 'No.'),
    date: w('日期', 'Date'),
    complainant: w('投诉人', 'Complainant'),
    unit: w('房号', 'Unit'),
    phone: w('联系电话', 'Phone'),
    content: w('投诉/意见内容', 'Complaint or suggestion'),
    category: w('类别', 'Category'),
    receiver: w('受理人', 'Received by'),
    department: w('处理部门', 'Handling department'),
    result: w('处理结果', 'Result'),
    followUp: w('回访情况', 'Follow-up'),
    satisfaction: w('满意度', 'Satisfaction'),
    remarks: w('备注', 'Remarks'),
  },
} as const satisfies Record<RegisterLayout, Record<string, Words>>;

export type RegisterColumnKey = keyof (typeof REGISTER_COLUMNS)['register'];
export type ComplaintsColumnKey = keyof (typeof REGISTER_COLUMNS)['complaints'];

export const SHEET_TITLES: Record<RegisterLayout, Words> = {
  register: w('客户服务登记录 kh-21-r01', 'Customer service register kh-21-r01'),
  complaints: w('用户投诉意见登记表', 'Complaints and suggestions register'),
};

/** File names: the Chinese one for browsers, an ASCII one for clients that cannot read it. */
export const FILE_NAMES: Record<RegisterLayout, { zh: string; ascii: string }> = {
  register: { zh: '客户服务登记录', ascii: 'service-register' },
  complaints: { zh: '用户投诉意见登记表', ascii: 'complaints-register' },
};

export const STATUS_WORDS: Record<ServiceStatus, Words> = {
  new: w('新登记', 'New'),
  accepted: w('已受理', 'Accepted'),
  in_progress: w('处理中', 'In progress'),
  waiting_customer: w('等待客户', 'Waiting for customer'),
  done: w('已完成', 'Done'),
  followed_up: w('已回访', 'Followed up'),
  closed: w('已关闭', 'Closed'),
  cancelled: w('已取消', 'Cancelled'),
};

export const SATISFACTION_WORDS: Record<Satisfaction, Words> = {
  very_satisfied: w('非常满意', 'Very satisfied'),
  satisfied: w('满意', 'Satisfied'),
  neutral: w('一般', 'Neutral'),
  dissatisfied: w('不满意', 'Dissatisfied'),
  very_dissatisfied: w('非常不满意', 'Very dissatisfied'),
};

/** Sentences with a slot or two, phrased per language. */
export const PHRASES = {
  period: {
    'zh-CN': (from?: string, to?: string) =>
      from && to ? `${from} 至 ${to}` : from ? `${from} 起` : to ? `截至 ${to}` : '全部日期',
    en: (from?: string, to?: string) =>
      from && to ? `${from} to ${to}` : from ? `from ${from}` : to ? `until ${to}` : 'all dates',
  },
  subtitle: {
    'zh-CN': (count: number, by: string, at: string) => `共 ${count} 条 · 制表：${by} · ${at}`,
    en: (count: number, by: string, at: string) => `${count} records · printed by ${by} · ${at}`,
  },
  truncated: {
    'zh-CN': (max: string) =>
      `符合条件的记录超过 ${max} 条，本表只列出最新的 ${max} 条；请缩小日期范围后分批导出。`,
    en: (max: string) =>
      `More than ${max} records match; this sheet lists the newest ${max}. Narrow the dates and export in parts.`,
  },
  followUpDone: {
    'zh-CN': (date: string) => `${date} 已联系`,
    en: (date: string) => `${date} reached`,
  },
  followUpUnreached: {
    'zh-CN': (date: string, calls: number) => `${date} 未联系上（${calls} 次）`,
    en: (date: string, calls: number) => `${date} not reached (${calls} calls)`,
  },
  followUpPending: {
    'zh-CN': (due: string, calls: number) =>
      calls > 0 ? `待回访（${calls} 次未接通，${due} 前）` : `待回访（${due} 前）`,
    en: (due: string, calls: number) => (calls > 0 ? `due by ${due} (${calls} unanswered)` : `due by ${due}`),
  },
  major: w('重大', 'Major'),
  emergency: w('紧急', 'Emergency'),
} as const;
