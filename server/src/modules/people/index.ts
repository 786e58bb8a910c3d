import { defineModule } from '../define-module.js';
import { peopleMessages } from './people.messages.js';
import { registerPeopleRoutes } from './people.routes.js';

export const people = defineModule({
  name: 'people',
  routes: registerPeopleRoutes,
  messages: peopleMessages,
});
