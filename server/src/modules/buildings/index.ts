import { defineModule } from '../define-module.js';
import { buildingsMessages } from './buildings.messages.js';
import { registerBuildingRoutes } from './buildings.routes.js';

export const buildings = defineModule({
  name: 'buildings',
  routes: registerBuildingRoutes,
  messages: buildingsMessages,
});

// What other modules may use of this one (an ESLint rule keeps them to this file).
export { buildingsOf, createBuilding } from './buildings.service.js';
export {
  createUnit,
  findUnitByCode,
  listUnits,
  requireUnit,
  unitsByIds,
  updateUnit,
  type UpdateUnitBody,
} from './units.service.js';
