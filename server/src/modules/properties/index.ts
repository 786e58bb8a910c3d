import { defineModule } from '../define-module.js';
import { propertiesMessages } from './properties.messages.js';
import { registerPropertyRoutes } from './properties.routes.js';

export const properties = defineModule({
  name: 'properties',
  routes: registerPropertyRoutes,
  messages: propertiesMessages,
});
