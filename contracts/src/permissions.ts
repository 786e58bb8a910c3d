// Roles are named bundles of permissions. They live in code (not in a table) so that every
// deployment means the same thing by "receptionist"; see docs/decisions/0004-roles-in-code.md.
export const PERMISSIONS = [
  'user.manage',
  'property.manage',
  'audit.read',
  'job.read',
  'job.retry',
  'directory.read',
  'directory.edit',
  'directory.import',
  'directory.export',
  'person.reveal',
  'phonebook.edit',
  // The service register (docs/decisions/0010-service-register.md).
  'service.read', // the whole register of the property
  'service.create', // log a record at the desk
  'service.handle', // work records routed to one's own department (queue, claim, progress, complete)
  'service.manage', // supervise: assign, transfer, cancel, reopen, close, answer escalations
  'service.acknowledge', // acknowledge a major complaint or incident (manager)
  'service.followup', // call customers back and record their satisfaction
  'service.export', // print and export the register
  'service.configure', // categories, SLA policies, escalation, hours, phrases
  'notification.admin', // see and retry notification deliveries, set channel settings
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = [
  'admin',
  'manager',
  'supervisor',
  'receptionist',
  'department_staff',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: [...PERMISSIONS],
  manager: [
    'directory.read',
    'directory.export',
    'person.reveal',
    'service.read',
    'service.manage',
    'service.acknowledge',
    'service.export',
  ],
  supervisor: [
    'directory.read',
    'directory.edit',
    'directory.import',
    'directory.export',
    'person.reveal',
    'phonebook.edit',
    'service.read',
    'service.create',
    'service.handle',
    'service.manage',
    'service.followup',
    'service.export',
    'service.configure',
  ],
  receptionist: [
    'directory.read',
    'directory.edit',
    'directory.export',
    'person.reveal',
    'service.read',
    'service.create',
    'service.handle', // the desk works the records routed to the service department itself
    'service.followup',
    'service.export',
  ],
  // Department staff see only their own department's queue (service.handle without service.read).
  department_staff: ['directory.read', 'service.handle'],
  auditor: ['audit.read', 'directory.read', 'service.read'],
};

export function permissionsOf(roles: readonly Role[]): Permission[] {
  const set = new Set<Permission>();
  for (const role of roles) for (const p of ROLE_PERMISSIONS[role]) set.add(p);
  return [...set].sort();
}
