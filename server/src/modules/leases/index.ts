import { defineModule } from '../define-module.js';
import { leasesMessages } from './leases.messages.js';
import { leaseReminderJobs } from './lease-reminders.js';
import { registerLeaseRoutes } from './leases.routes.js';

export const leases = defineModule({
  name: 'leases',
  routes: registerLeaseRoutes,
  jobs: leaseReminderJobs,
  messages: leasesMessages,
});

// What other modules may use of this one (an ESLint rule keeps them to this file).
export { type ReminderDeps } from './lease-reminders.js';
export {
  createLease,
  leasesOfPeople,
  listLeases,
  updateLease,
  type UpdateLeaseBody,
} from './leases.service.js';
