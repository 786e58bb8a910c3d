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
