import { defineModule } from '../define-module.js';
import { directoryMessages } from './directory.messages.js';

/**
 * Texts the directory's modules (buildings, people, vehicles, parking, leases, phone book, lookup,
 * import and export) still share; each moves into its module's own catalogue in time.
 */
export const directory = defineModule({ name: 'directory', messages: directoryMessages });
