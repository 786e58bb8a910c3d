import { defineModule } from '../define-module.js';
import { registerDirectoryIoRoutes } from './directory-io.routes.js';

export const directoryIo = defineModule({ name: 'directory-io', routes: registerDirectoryIoRoutes });
