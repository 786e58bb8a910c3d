import { defineModule } from '../define-module.js';
import { propertiesMessages } from './properties.messages.js';
import { registerPropertyRoutes } from './properties.routes.js';

export const properties = defineModule({
  name: 'properties',
  routes: registerPropertyRoutes,
  messages: propertiesMessages,
});

// What other modules may use of this one (an ESLint rule keeps them to this file).
export {
  departmentWithin,
  departmentsOf,
  myProperties,
  propertiesByIds,
  timeZoneOf,
  todayAtProperty,
} from './properties.service.js';
