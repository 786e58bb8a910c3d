// The register's print view and its print / export buttons.
export const serviceRegisterPrintZhCN = {
  'registerPrint.print': '打印',
  'registerPrint.export': '导出 Excel',
  'registerPrint.layout.register': '客户服务登记录（kh-21-r01）',
  'registerPrint.layout.complaints': '用户投诉意见登记表',
  'registerPrint.back': '返回登记簿',
  'registerPrint.hint': '打印时请选择横向（A4），表头会在每页重复。',
  'registerPrint.empty': '没有符合条件的记录',
  'registerPrint.pageTitle': '打印 · {title}',

  'audit.action.service.register.print': '打印服务登记簿',
  'audit.action.service.register.export': '导出服务登记簿',
} as const;
