import { defineModule } from '../define-module.js';
import { registerParkingRoutes } from './parking.routes.js';

export const parking = defineModule({ name: 'parking', routes: registerParkingRoutes });
