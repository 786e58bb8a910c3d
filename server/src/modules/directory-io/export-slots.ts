import { requireActor, type ServiceContext } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';

// Every .xlsx export (the directory's and the service register's) runs in one of its user's export
// slots. A file of 50,000 rows takes seconds of the server's time even when it yields to other
// requests; a user who clicks Export again and again, or a script, would otherwise queue as many
// as it likes. Two at once is enough for anyone at a desk (one list, then another while the first
// is still being written). The count is per process: behind a load balancer each process keeps its own.

export const EXPORT_SLOTS_PER_USER = 2;

const busy = new Map<string, number>();

/** Runs `work` in one of the caller's export slots; a caller whose slots are all taken gets 429. */
export async function inExportSlot<T>(ctx: ServiceContext, work: () => Promise<T>): Promise<T> {
  const { userId } = requireActor(ctx);
  const running = busy.get(userId) ?? 0;
  if (running >= EXPORT_SLOTS_PER_USER) throw new AppError('RATE_LIMITED', 'directoryIo.exportBusy');
  busy.set(userId, running + 1);
  try {
    return await work();
  } finally {
    // Released however the work ended, so a failed export never holds a slot.
    const left = (busy.get(userId) ?? 1) - 1;
    if (left > 0) busy.set(userId, left);
    else busy.delete(userId);
  }
}
