import { defineModule } from '../define-module.js';
import { registerJobRoutes } from './jobs.routes.js';

/** The administrators' view of due work; the runner itself is platform (platform/jobs). */
export const jobs = defineModule({ name: 'jobs', routes: registerJobRoutes });
