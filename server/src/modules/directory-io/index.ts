import { defineModule } from '../define-module.js';
import { directoryIoMessages } from './directory-io.messages.js';
import { registerDirectoryIoRoutes } from './directory-io.routes.js';

export const directoryIo = defineModule({
  name: 'directory-io',
  routes: registerDirectoryIoRoutes,
  messages: directoryIoMessages,
});
