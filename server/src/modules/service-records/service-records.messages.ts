import type { Locale } from '@qiantai/contracts';

// Messages of the service register. The module definition adds them to the catalogue.
export const serviceRecordsMessages = {
  'service.categoryNotOfKind': {
    'zh-CN': '所选分类不存在、已停用或不属于该类型',
    en: 'The category does not exist, is no longer in use, or belongs to another kind.',
  },
  'service.severityNotForKind': {
    'zh-CN': '“紧急”只用于报修',
    en: '“Emergency” is for repairs only.',
  },
  'service.customerRequired': {
    'zh-CN': '请选择住户，或填写来访人/来电人的姓名或电话',
    en: 'Choose a resident, or give the caller’s name or phone.',
  },
  'service.unitNotInProperty': {
    'zh-CN': '所选房号不存在或不属于该项目',
    en: 'The unit does not exist or belongs to another property.',
  },
  'service.assigneeNotStaff': {
    'zh-CN': '所选处理人不是该项目（或该部门）的在职员工',
    en: 'The assignee is not an active member of this property (or department).',
  },
  'service.notDeskAnswerable': {
    'zh-CN': '只有咨询和建议可以当场答复结案',
    en: 'Only inquiries and suggestions can be answered and closed at the desk.',
  },
  'service.resultRequired': { 'zh-CN': '请填写答复内容', en: 'Enter the answer given.' },
  'service.transition': {
    'zh-CN': '该记录的当前状态不允许此操作，请刷新后查看可执行的操作',
    en: 'The record’s current status does not allow this; refresh to see what can be done.',
  },
  'service.notYours': {
    'zh-CN': '您没有权限对该记录执行此操作',
    en: 'You may not do this with this record.',
  },
  'service.sameDepartment': {
    'zh-CN': '记录已在该部门，请选择其他部门',
    en: 'The record is already with this department; choose another.',
  },
  'service.dueInPast': { 'zh-CN': '截止时间不能早于现在', en: 'The deadline cannot be in the past.' },
  'service.followUpClosed': {
    'zh-CN': '该回访已经记录过了',
    en: 'This follow-up has already been recorded.',
  },
  'service.attachmentType': {
    'zh-CN': '只能上传照片（JPEG、PNG、WebP）或 PDF 文件',
    en: 'Attach a photo (JPEG, PNG, WebP) or a PDF.',
  },
  'service.attachmentTooLarge': { 'zh-CN': '文件不能超过 10 MB', en: 'The file may be at most 10 MB.' },
  'service.tooManyAttachments': {
    'zh-CN': '每条记录最多 {max} 个附件',
    en: 'A record holds at most {max} attachments.',
  },
} as const satisfies Record<string, Record<Locale, string>>;

type ServiceRecordsMessages = typeof serviceRecordsMessages;
declare module '../../platform/i18n/messages.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging adds this catalogue's keys
  interface ModuleMessages extends ServiceRecordsMessages {}
}
