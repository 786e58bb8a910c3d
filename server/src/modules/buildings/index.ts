import { defineModule } from '../define-module.js';
import { registerBuildingRoutes } from './buildings.routes.js';

export const buildings = defineModule({ name: 'buildings', routes: registerBuildingRoutes });
