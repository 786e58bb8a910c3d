import { defineModule } from '../define-module.js';
import { seedStandardPhonebook } from './phonebook-seed.js';
import { registerPhonebookRoutes } from './phonebook.routes.js';

export const phonebook = defineModule({
  name: 'phonebook',
  routes: registerPhonebookRoutes,
  // Every property starts with a phone book: emergency numbers and a line per department.
  onPropertyCreated: (tx, { property, departments }) => seedStandardPhonebook(tx, property.id, departments),
});
