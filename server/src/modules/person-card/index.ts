import { defineModule } from '../define-module.js';
import { registerPersonCardRoutes } from './person-card.routes.js';

/** The person card, the person's history and the unit page: compositions of the directory modules. */
export const personCard = defineModule({ name: 'person-card', routes: registerPersonCardRoutes });
