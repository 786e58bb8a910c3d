import { defineModule } from '../define-module.js';
import { directoryIoMessages } from './directory-io.messages.js';
import { registerDirectoryIoRoutes } from './directory-io.routes.js';

export const directoryIo = defineModule({
  name: 'directory-io',
  routes: registerDirectoryIoRoutes,
  messages: directoryIoMessages,
});

// What other modules may use of this one (an ESLint rule keeps them to this file).
export { inExportSlot } from './export-slots.js';
export { commitRows, streamedWorkbook, textCell, yieldToLoop } from './xlsx-stream.js';
export { XLSX_TYPE } from './xlsx-type.js';
