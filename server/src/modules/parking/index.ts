import { defineModule } from '../define-module.js';
import { parkingMessages } from './parking.messages.js';
import { registerParkingRoutes } from './parking.routes.js';

export const parking = defineModule({
  name: 'parking',
  routes: registerParkingRoutes,
  messages: parkingMessages,
});
