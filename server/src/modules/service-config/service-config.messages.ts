import type { Locale } from '@qiantai/contracts';

// Messages of the service-register configuration (categories, SLA policies, escalation, hours,
// holidays, phrases). The contract's rules name these keys too (contracts/src/service-config.ts).
export const serviceConfigMessages = {
  'serviceConfig.resolveBeforeRespond': {
    'zh-CN': '完成时限不能短于响应时限',
    en: 'The time to resolve cannot be shorter than the time to respond.',
  },
  'serviceConfig.emergencyRepairsOnly': {
    'zh-CN': '只有报修可以设为“紧急”',
    en: 'Only repairs can be emergencies.',
  },
  'serviceConfig.escalationOrder': {
    'zh-CN': '后一级的通知时间不能早于前一级',
    en: 'A level cannot be notified earlier than the level before it.',
  },
  'serviceConfig.periodEndsBeforeStart': {
    'zh-CN': '结束时间须晚于开始时间',
    en: 'The end time must be after the start time.',
  },
  'serviceConfig.periodsOverlap': {
    'zh-CN': '时段不能重叠，请按时间先后填写',
    en: 'Periods must not overlap and must be listed in time order.',
  },
  'serviceConfig.noWorkingTime': {
    'zh-CN': '每周至少要有一个工作时段',
    en: 'The week needs at least one working period.',
  },
  'serviceConfig.categoryNameTaken': {
    'zh-CN': '同一级下已有同名分类',
    en: 'A category with this name already exists at this level.',
  },
  'serviceConfig.categoryTooDeep': {
    'zh-CN': '分类最多三级，不能再往下添加',
    en: 'Categories go three levels deep at most.',
  },
  'serviceConfig.unknownParent': {
    'zh-CN': '上级分类不存在或不属于该项目',
    en: 'The parent category does not exist or belongs to another property.',
  },
  'serviceConfig.parentKindMismatch': {
    'zh-CN': '子分类须与上级分类属于同一业务类型',
    en: 'A subcategory must be of the same kind as its parent.',
  },
  'serviceConfig.parentInactive': {
    'zh-CN': '上级分类已停用，请先启用',
    en: 'The parent category is deactivated; reactivate it first.',
  },
  'serviceConfig.unknownCategory': {
    'zh-CN': '所选分类不存在或不属于该项目',
    en: 'The category does not exist or belongs to another property.',
  },
  'serviceConfig.categoryKindMismatch': {
    'zh-CN': '所选分类不属于该业务类型',
    en: 'The category belongs to another kind of request.',
  },
  'serviceConfig.slaPolicyTaken': {
    'zh-CN': '该业务类型、级别和分类已有时限规则',
    en: 'There is already a policy for this kind, severity and category.',
  },
  'serviceConfig.holidayTaken': {
    'zh-CN': '该日期已在列表中',
    en: 'This date is already on the list.',
  },
} as const satisfies Record<string, Record<Locale, string>>;

type ServiceConfigMessages = typeof serviceConfigMessages;
declare module '../../platform/i18n/messages.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging adds this catalogue's keys
  interface ModuleMessages extends ServiceConfigMessages {}
}
