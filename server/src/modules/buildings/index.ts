import { defineModule } from '../define-module.js';
import { buildingsMessages } from './buildings.messages.js';
import { registerBuildingRoutes } from './buildings.routes.js';

export const buildings = defineModule({
  name: 'buildings',
  routes: registerBuildingRoutes,
  messages: buildingsMessages,
});
