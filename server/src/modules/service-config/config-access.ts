import type { Permission } from '@qiantai/contracts';

/**
 * Reading the configuration: the desk (categories and phrases as it logs a record), departments
 * working their queue and everyone who reads the register. Changing it: service.configure.
 */
export const CONFIG_READ = {
  access: ['service.read', 'service.handle', 'service.create'] as readonly Permission[],
};
export const CONFIG_WRITE = { access: 'service.configure' as const };
export const CONFIG_TAGS = ['service-config'];
