// The properties page and property kinds, and the label of its audit action.
export const propertiesZhCN = {
  'nav.properties': '项目',

  'kind.residential': '住宅',
  'kind.commercial': '商业',
  'kind.mixed': '综合',

  'properties.title': '项目',
  'properties.subtitle': '您负责的物业项目',
  'properties.empty': '您还没有任何项目',
  'properties.col.code': '编码',
  'properties.col.name': '名称',
  'properties.col.nameEn': '英文名称',
  'properties.col.kind': '类型',
  'properties.col.timezone': '时区',
  'properties.createTitle': '新建项目',
  'properties.createHint': '新项目会自动建立标准部门，您将被加入该项目。',
  'properties.field.code': '项目编码',
  'properties.field.codeHint': '大写字母、数字或连字符，例如 JXHY-2',
  'properties.field.codeInvalid': '只能使用大写字母、数字和连字符，2–20 个字符',
  'properties.field.name': '项目名称',
  'properties.field.nameEn': '英文名称',
  'properties.field.kind': '项目类型',
  'properties.field.timezone': '时区',
  'properties.created': '项目 {name} 已创建',

  'audit.action.property.create': '创建项目',
} as const;
