import type { authZhCN } from './messages.zh-CN';

export const authEn: Record<keyof typeof authZhCN, string> = {
  'login.title': 'Sign in',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.usernameRequired': 'Please enter your username',
  'login.passwordRequired': 'Please enter your password',
  'login.failed': 'Sign-in failed',

  'password.current': 'Current password',
  'password.new': 'New password',
  'password.confirm': 'Confirm new password',
  'password.rules': 'At least {min} characters; avoid common passwords',
  'password.tooShort': 'The new password needs at least {min} characters',
  'password.mismatch': 'The two new passwords do not match',
  'password.change': 'Change password',
  'password.changed': 'Your password has been changed',
  'password.forcedTitle': 'Set a new password',
  'password.forcedIntro':
    'You signed in with a one-time password. To keep your account safe, please set a new password only you know.',
  'password.oneTimeAsCurrent': 'The current password is the one-time password you were given',

  'audit.action.auth.login.success': 'Signed in',
  'audit.action.auth.login.failure': 'Sign-in failed',
  'audit.action.auth.logout': 'Signed out',
  'audit.action.auth.password.failure': 'Wrong current password (password change)',
  'audit.action.auth.permission.denied': 'Permission denied',
};
