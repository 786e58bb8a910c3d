import { defineModule } from '../define-module.js';
import { seedServiceConfig } from './service-config-seed.js';
import { serviceConfigMessages } from './service-config.messages.js';
import { registerServiceConfigRoutes } from './service-config.routes.js';

export const serviceConfig = defineModule({
  name: 'service-config',
  routes: registerServiceConfigRoutes,
  // A new property's register is ready to use: categories, SLA policies, hours, holidays, phrases.
  onPropertyCreated: (tx, { property }) => seedServiceConfig(tx, property.id),
  messages: serviceConfigMessages,
});

// What other modules use of the service-register configuration (the records module computes
// deadlines and escalations with these).
export {
  addWorkingTime,
  deadlineAfter,
  elapsedBetween,
  shiftForPause,
  WALL_CLOCK,
  workingTimeBetween,
  type BusinessCalendar,
} from './business-time.js';
export { businessCalendarOf } from './calendar.service.js';
export { categoryWithin, type CategoryInfo } from './categories.service.js';
export { escalationLevelsOf } from './escalation.service.js';
export { serviceSettingsOf } from './settings.service.js';
export { seedServiceConfig } from './service-config-seed.js';
export { slaPolicyFor, type AppliedSlaPolicy } from './sla-policies.service.js';
