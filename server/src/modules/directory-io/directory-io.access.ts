import type { Member } from '../../test/matrix/fixtures.js';
import type { RouteCase } from '../../test/matrix/route-case.js';

// Excel templates, imports (directory.import: administrators and the supervisor) and exports
// (directory.export: everyone who works the desk, not department staff or auditors). Imports and
// exports name a property: a member of the other property gets 404.

const IMPORTERS: readonly Member[] = ['admin', 'admin1', 'supervisor'];
const EXPORTERS: readonly Member[] = ['admin', 'admin1', 'manager', 'supervisor', 'frontdesk', 'frontdesk2'];

export const ACCESS: readonly RouteCase[] = [
  {
    method: 'GET',
    route: '/api/v1/directory-io/templates/:kind',
    may: IMPORTERS,
    sample: () => ({ url: '/api/v1/directory-io/templates/people' }),
  },
  {
    method: 'POST',
    route: '/api/v1/directory-io/imports/:kind',
    may: IMPORTERS,
    // The matrix sends JSON only and the import takes a raw .xlsx body: an allowed caller gets past
    // permission and scope (checked before the body is read) to the 400 for the body.
    // directory-io-import.test.ts imports real files.
    status: 400,
    scoped: true,
    sample: (fx, _, p) => ({
      url: `/api/v1/directory-io/imports/people?propertyId=${fx.property(p)}&mode=validate`,
      body: { rows: [] },
    }),
  },
  {
    method: 'GET',
    route: '/api/v1/directory-io/exports/:kind',
    may: EXPORTERS,
    scoped: true,
    // The audited export in full, with the reason it needs (every exporter also holds person.reveal;
    // without a reason an allowed caller would get 400). directory-io-export*.test.ts read the files,
    // which the masking walk cannot: an .xlsx is a zip.
    sample: (fx, _, p) => ({
      url: `/api/v1/directory-io/exports/people?propertyId=${fx.property(p)}&full=1&reason=${encodeURIComponent('矩阵核对名单')}`,
    }),
  },
];
