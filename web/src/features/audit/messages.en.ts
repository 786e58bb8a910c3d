import type { auditZhCN } from './messages.zh-CN';

export const auditEn: Record<keyof typeof auditZhCN, string> = {
  'nav.audit': 'Audit log',

  'audit.title': 'Audit log',
  'audit.subtitle': 'A read-only record of every important action',
  'audit.filter.range': 'Date range',
  'audit.filter.actor': 'Actor username',
  'audit.filter.action': 'Action (prefix)',
  'audit.filter.entityType': 'Entity type',
  'audit.filter.entityId': 'Entity ID',
  'audit.col.time': 'Time',
  'audit.col.actor': 'Actor',
  'audit.col.action': 'Action',
  'audit.col.entity': 'Entity',
  'audit.col.ip': 'IP address',
  'audit.system': 'System',
  'audit.changes': 'Changes',
  'audit.detail': 'Details',
  'audit.field': 'Field',
  'audit.before': 'Before',
  'audit.after': 'After',
  'audit.noDetail': 'No further information for this entry',
  'audit.empty': 'No entries match these filters',
  'audit.timezoneNote': 'Times are China Standard Time (Asia/Shanghai)',
};
