import { defineModule } from '../define-module.js';
import { lookupMessages } from './lookup.messages.js';
import { registerLookupRoutes } from './lookup.routes.js';

export const lookup = defineModule({
  name: 'lookup',
  routes: registerLookupRoutes,
  messages: lookupMessages,
});
