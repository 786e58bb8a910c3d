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
  manager: ['directory.read', 'directory.export', 'person.reveal'],
  supervisor: [
    'directory.read',
    'directory.edit',
    'directory.import',
    'directory.export',
    'person.reveal',
    'phonebook.edit',
  ],
  receptionist: ['directory.read', 'directory.edit', 'directory.export', 'person.reveal'],
  department_staff: ['directory.read'],
  auditor: ['audit.read', 'directory.read'],
};

export function permissionsOf(roles: readonly Role[]): Permission[] {
  const set = new Set<Permission>();
  for (const role of roles) for (const p of ROLE_PERMISSIONS[role]) set.add(p);
  return [...set].sort();
}
