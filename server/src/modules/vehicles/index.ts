import { defineModule } from '../define-module.js';
import { registerVehicleRoutes } from './vehicles.routes.js';

export const vehicles = defineModule({ name: 'vehicles', routes: registerVehicleRoutes });
