// Signing in and changing the password, and the labels of those audit actions.
export const authZhCN = {
  'login.title': '登录',
  'login.username': '用户名',
  'login.password': '密码',
  'login.submit': '登录',
  'login.usernameRequired': '请输入用户名',
  'login.passwordRequired': '请输入密码',
  'login.failed': '登录失败',

  'password.current': '当前密码',
  'password.new': '新密码',
  'password.confirm': '确认新密码',
  'password.rules': '至少 {min} 个字符，避免使用常见密码',
  'password.tooShort': '新密码至少需要 {min} 个字符',
  'password.mismatch': '两次输入的新密码不一致',
  'password.change': '修改密码',
  'password.changed': '密码已修改',
  'password.forcedTitle': '请设置新密码',
  'password.forcedIntro': '您正在使用一次性密码登录。为保障账户安全，请先设置只有您知道的新密码。',
  'password.oneTimeAsCurrent': '当前密码即管理员提供的一次性密码',

  'audit.action.auth.login.success': '登录成功',
  'audit.action.auth.login.failure': '登录失败',
  'audit.action.auth.logout': '退出登录',
  'audit.action.auth.password.failure': '修改密码时当前密码错误',
  'audit.action.auth.permission.denied': '越权访问被拒绝',
} as const;
