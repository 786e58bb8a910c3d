import { defineModule } from '../define-module.js';
import { vehiclesMessages } from './vehicles.messages.js';
import { registerVehicleRoutes } from './vehicles.routes.js';

export const vehicles = defineModule({
  name: 'vehicles',
  routes: registerVehicleRoutes,
  messages: vehiclesMessages,
});

// What other modules may use of this one (an ESLint rule keeps them to this file).
export {
  createVehicle,
  findVehicleByPlate,
  listVehicles,
  updateVehicle,
  vehiclesOfPeople,
  type UpdateVehicleBody,
} from './vehicles.service.js';
