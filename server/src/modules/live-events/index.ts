import { defineModule } from '../define-module.js';
import { registerLiveEventRoutes } from './live-events.routes.js';

/** The browser's end of the event bus (platform/events): one stream per open tab. */
export const liveEvents = defineModule({ name: 'live-events', routes: registerLiveEventRoutes });
