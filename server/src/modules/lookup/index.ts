import { defineModule } from '../define-module.js';
import { lookupMessages } from './lookup.messages.js';
import { registerLookupRoutes } from './lookup.routes.js';

export const lookup = defineModule({
  name: 'lookup',
  routes: registerLookupRoutes,
  messages: lookupMessages,
});

// What other modules may use of this one (an ESLint rule keeps them to this file).
export {
  indexPerson,
  indexResidence,
  indexUnit,
  indexVehicle,
  personSortKey,
} from './lookup-index.service.js';
