import type { accountZhCN } from './messages.zh-CN';

export const accountEn: Record<keyof typeof accountZhCN, string> = {
  'nav.account': 'My account',

  'account.title': 'My account',
  'account.subtitle': 'Your account details and preferences',
  'account.profile': 'Profile',
  'account.displayName': 'Name',
  'account.username': 'Username',
  'account.roles': 'Roles',
  'account.properties': 'Properties',
  'account.department': 'Department',
  'account.language': 'Display language',
  'account.languageHint':
    "Switching the language here or at the top also saves it as your account's preference; this device shows the language chosen on it.",
  'account.security': 'Security',
  'account.securityHint': 'Change your password from time to time and never share your account.',
};
