// What other modules use of the service-register configuration (the records module computes
// deadlines and escalations with these). Routes are registered through service-config.routes.ts.
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
