import { defineModule } from '../define-module.js';
import { parkingMessages } from './parking.messages.js';
import { registerParkingRoutes } from './parking.routes.js';

export const parking = defineModule({
  name: 'parking',
  routes: registerParkingRoutes,
  messages: parkingMessages,
});

// What other modules may use of this one (an ESLint rule keeps them to this file).
export {
  createParkingSpace,
  findParkingSpaceByNumber,
  listParkingSpaces,
  parkingOfPeople,
  updateParkingSpace,
  type UpdateParkingSpaceBody,
} from './parking.service.js';
