import type { Locale } from '@qiantai/contracts';

// Messages of the directory's Excel templates, imports and exports; the module definition adds them to the catalogue. Keys are stable (the
// directory. prefix is from when the directory's texts were one catalogue).
export const directoryIoMessages = {
  // import and export (modules/directory-io)
  'directoryIo.notXlsx': {
    'zh-CN': '文件不是有效的 Excel 工作簿（.xlsx），请使用下载的模板',
    en: 'The file is not a valid Excel workbook (.xlsx). Please use the downloaded template.',
  },
  'directoryIo.tooManyRows': {
    'zh-CN': '文件行数过多，每次最多导入 {max} 行',
    en: 'Too many rows: at most {max} rows per import.',
  },
  'directoryIo.importHasErrors': {
    'zh-CN': '文件中有 {count} 处错误，未导入任何数据',
    en: 'The file has {count} errors; nothing was imported.',
  },
  'directoryIo.missingColumn': { 'zh-CN': '缺少此列', en: 'This column is missing.' },
  'directoryIo.required': { 'zh-CN': '此项必填', en: 'This field is required.' },
  'directoryIo.unknownChoice': {
    'zh-CN': '请从下拉列表中选择：{choices}',
    en: 'Choose one of the list: {choices}',
  },
  'directoryIo.notNumber': { 'zh-CN': '请输入数字', en: 'Enter a number.' },
  'directoryIo.money': {
    'zh-CN': '请输入金额（元），最多两位小数',
    en: 'Enter an amount in yuan with at most two decimals.',
  },
  'directoryIo.unitNotFound': {
    'zh-CN': '本项目中没有这个房屋，请先导入房屋',
    en: 'No such unit in this property. Import the units first.',
  },
  'directoryIo.unitAndRole': {
    'zh-CN': '房号和身份须同时填写',
    en: 'Fill in the unit and the role together.',
  },
  'directoryIo.personNotFound': {
    'zh-CN': '本项目中没有找到此人，请先导入住户',
    en: 'No such person in this property. Import the people first.',
  },
  'directoryIo.personReference': {
    'zh-CN': '请填写姓名和手机，或证件号码',
    en: 'Give the name and mobile, or the ID number.',
  },
  'directoryIo.duplicateRow': {
    'zh-CN': '与第 {row} 行重复',
    en: 'Same record as row {row}.',
  },
  'directoryIo.exportCapped': {
    'zh-CN': '共 {total} 条，仅导出前 {count} 条。',
    en: '{total} records match; only the first {count} are exported.',
  },
  'directoryIo.exportCappedFull': {
    'zh-CN':
      '共 {total} 条；含完整号码的导出每次最多 {max} 条，仅导出前 {count} 条。请按楼栋、身份等条件筛选后分批导出。',
    en: '{total} records match; an export with full numbers holds at most {max}, so only the first {count} are exported. Filter (by building, role …) and export in parts.',
  },
  // Shared by every .xlsx export (the directory's and the service register's): export-slots.ts.
  'directoryIo.exportBusy': {
    'zh-CN': '您已有 {max} 项导出正在生成，请等其中一项完成后再试',
    en: 'You already have {max} exports being prepared; wait for one to finish and try again.',
  },
  'directoryIo.reasonRequired': {
    'zh-CN': '导出完整号码须填写导出原因（4–200 字）',
    en: 'An export with full numbers needs a reason (4–200 characters).',
  },
  'directoryIo.reasonLength': {
    'zh-CN': '导出原因须为 4–200 字',
    en: 'The reason must be 4–200 characters long.',
  },
  'directoryIo.reasonControl': {
    'zh-CN': '导出原因不能包含换行或控制字符',
    en: 'The reason cannot contain line breaks or control characters.',
  },
} as const satisfies Record<string, Record<Locale, string>>;

type DirectoryIoMessages = typeof directoryIoMessages;
declare module '../../platform/i18n/messages.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging adds this catalogue's keys
  interface ModuleMessages extends DirectoryIoMessages {}
}
