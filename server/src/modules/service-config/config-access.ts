import { SERVICE_CONFIG_READERS } from '@qiantai/contracts';

/**
 * Reading the configuration: the desk (categories and phrases as it logs a record), departments
 * working their queue, everyone who reads the register, and those who configure it; the same list
 * guards the web's page and menu entry. Changing it: service.configure.
 */
export const CONFIG_READ = { access: SERVICE_CONFIG_READERS };
export const CONFIG_WRITE = { access: 'service.configure' as const };
export const CONFIG_TAGS = ['service-config'];
