import { defineModule } from '../define-module.js';
import { peopleMessages } from './people.messages.js';
import { registerPeopleRoutes } from './people.routes.js';

export const people = defineModule({
  name: 'people',
  routes: registerPeopleRoutes,
  messages: peopleMessages,
});

// What other modules may use of this one (an ESLint rule keeps them to this file).
export {
  countPeople,
  createPerson,
  findPersonByIdNumber,
  findPersonByNameAndMobile,
  listPeople,
  listPeopleAfter,
  peopleByIds,
  personNamesByIds,
  requirePerson,
  updatePerson,
  type PeopleCursor,
} from './people.service.js';
export { requirePersonOf } from './person-of-property.js';
export { fullPersonalDataOf, revealPersonField, type FullPersonalData } from './person-reveal.service.js';
export { linkPersonToUnit, linksOfPeople, linksOfUnit, occupantsOfUnits } from './person-units.service.js';
export { isCurrentOn } from './property-dates.js';
