// The account page (个人中心).
export const accountZhCN = {
  'nav.account': '个人中心',

  'account.title': '个人中心',
  'account.subtitle': '您的账户信息与偏好设置',
  'account.profile': '账户信息',
  'account.displayName': '姓名',
  'account.username': '用户名',
  'account.roles': '角色',
  'account.properties': '所属项目',
  'account.department': '部门',
  'account.language': '界面语言',
  'account.languageHint':
    '在此或页面顶部切换语言时，会同时保存为您账户的语言偏好；本设备按本设备上的选择显示。',
  'account.security': '账户安全',
  'account.securityHint': '建议定期修改密码，不要与他人共用账户。',
} as const;
