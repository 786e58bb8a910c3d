import { ADMINS, type Member } from '../../test/matrix/fixtures.js';
import type { RouteCase } from '../../test/matrix/route-case.js';

// The audit log: administrators and the auditor.
const AUDITORS: readonly Member[] = [...ADMINS, 'auditor'];

export const ACCESS: readonly RouteCase[] = [
  { method: 'GET', route: '/api/v1/audit-log', may: AUDITORS, sample: () => ({ url: '/api/v1/audit-log' }) },
];
