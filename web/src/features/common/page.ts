import type { z } from 'zod';
import type { pageOf } from '@qiantai/contracts';

/** One page of a list as every list route answers it: the shape of the contracts' `pageOf`. */
export type Page<T> = z.output<ReturnType<typeof pageOf<z.ZodType<T>>>>;
