import { defineModule } from '../define-module.js';
import { registerUserRoutes } from './users.routes.js';

export const users = defineModule({ name: 'users', routes: registerUserRoutes });

// What other modules may use of this one (an ESLint rule keeps them to this file).
export { staffByIds, staffOfProperty } from './staff.service.js';
export {
  contactsOf,
  myContact,
  recipientsIn,
  updateMyContact,
  type Contact,
} from './user-contacts.service.js';
export { findAccountByUsername, loadAccount, markLoggedIn, setLocale, setPassword } from './users.service.js';
