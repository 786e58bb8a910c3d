import { defineModule } from '../define-module.js';
import { vehiclesMessages } from './vehicles.messages.js';
import { registerVehicleRoutes } from './vehicles.routes.js';

export const vehicles = defineModule({
  name: 'vehicles',
  routes: registerVehicleRoutes,
  messages: vehiclesMessages,
});
