import { defineModule } from '../define-module.js';
import { deadlineJobs } from './record-deadlines.js';
import { serviceRecordsMessages } from './service-records.messages.js';
import { registerServiceRecordRoutes } from './service-records.routes.js';

export const serviceRecords = defineModule({
  name: 'service-records',
  routes: registerServiceRecordRoutes,
  jobs: deadlineJobs,
  messages: serviceRecordsMessages,
});
