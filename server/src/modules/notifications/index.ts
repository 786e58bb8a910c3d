import { defineModule } from '../define-module.js';
import { failDeliveryOfDeadJob, notificationJobs } from './notification-jobs.js';
import { notificationMessages } from './notifications.messages.js';
import { registerNotificationRoutes } from './notifications.routes.js';
import { purgeOldNotifications } from './retention.service.js';

export const notifications = defineModule({
  name: 'notifications',
  routes: registerNotificationRoutes,
  jobs: (deps) => notificationJobs(deps),
  onJobFailed: () => failDeliveryOfDeadJob,
  housekeeping: () => [purgeOldNotifications],
  messages: notificationMessages,
});

// What other modules may use of this one (an ESLint rule keeps them to this file).
export { notify } from './notifications.service.js';
