import { defineModule } from '../define-module.js';
import { registerLookupRoutes } from './lookup.routes.js';

export const lookup = defineModule({ name: 'lookup', routes: registerLookupRoutes });
