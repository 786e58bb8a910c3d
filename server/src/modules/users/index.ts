import { defineModule } from '../define-module.js';
import { registerUserRoutes } from './users.routes.js';

export const users = defineModule({ name: 'users', routes: registerUserRoutes });
