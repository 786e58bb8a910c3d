import { defineModule } from '../define-module.js';
import { registerPropertyRoutes } from './properties.routes.js';

export const properties = defineModule({ name: 'properties', routes: registerPropertyRoutes });
