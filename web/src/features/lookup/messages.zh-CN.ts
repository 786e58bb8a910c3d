// The desk lookup, the one box in the header.
export const lookupZhCN = {
  'lookup.label': '查找住户、房号或车牌',
  'lookup.placeholder': '姓名 / 拼音 / 手机尾号 / 房号 / 车牌',
  'lookup.empty': '未找到',
  'lookup.emptyHint': '可搜索：姓名、拼音、首字母、手机尾号、房号、车牌',
  'lookup.group.person': '住户',
  'lookup.group.unit': '房屋',
  'lookup.group.vehicle': '车辆',
  'lookup.matched.name': '姓名',
  'lookup.matched.pinyin': '拼音',
  'lookup.matched.initials': '首字母',
  'lookup.matched.phone': '手机尾号',
  'lookup.matched.unit': '房号',
  'lookup.matched.plate': '车牌',
} as const;
