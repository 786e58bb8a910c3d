import { EVERY_MEMBER, type Fixtures, type Member, type PropertyKey } from '../../test/matrix/fixtures.js';
import type { RouteCase } from '../../test/matrix/route-case.js';

// The phone book: everyone reads it (directory.read), phonebook.edit changes it. Every route is
// scoped: a member of the other property gets 404.

const PHONEBOOK_EDITORS: readonly Member[] = ['admin', 'admin1', 'supervisor'];

/** A fresh phone-book line of the property, made by the administrator: something to change or delete. */
const phonebookLine = (fx: Fixtures, p: PropertyKey) =>
  fx.post('/api/v1/phonebook', {
    propertyId: fx.property(p),
    scope: 'external',
    category: 'other',
    name: `矩阵号码${fx.unique()}`,
    phone: '12345678',
  });

export const ACCESS: readonly RouteCase[] = [
  {
    method: 'GET',
    route: '/api/v1/phonebook',
    may: EVERY_MEMBER,
    scoped: true,
    sample: (fx, _, p) => ({ url: `/api/v1/phonebook?propertyId=${fx.property(p)}` }),
  },
  {
    method: 'POST',
    route: '/api/v1/phonebook',
    may: PHONEBOOK_EDITORS,
    status: 201,
    scoped: true,
    sample: (fx, _, p) => ({
      url: '/api/v1/phonebook',
      body: { propertyId: fx.property(p), scope: 'external', category: 'other', name: '矩阵', phone: '110' },
    }),
  },
  {
    method: 'PATCH',
    route: '/api/v1/phonebook/:id',
    may: PHONEBOOK_EDITORS,
    scoped: true,
    sample: async (fx, _, p) => ({
      url: `/api/v1/phonebook/${(await phonebookLine(fx, p)).id}`,
      body: { version: 1, note: '改' },
    }),
  },
  {
    method: 'DELETE',
    route: '/api/v1/phonebook/:id',
    may: PHONEBOOK_EDITORS,
    scoped: true,
    sample: async (fx, _, p) => ({ url: `/api/v1/phonebook/${(await phonebookLine(fx, p)).id}?version=1` }),
  },
];
