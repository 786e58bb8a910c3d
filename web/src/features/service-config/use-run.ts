import { App } from 'antd';

/** Runs a one-click change (deactivate, delete, remove): a toast says whether it worked; then reload. */
export function useRun() {
  const { message } = App.useApp();
  return async (work: () => Promise<unknown>, done: string, reload: () => void) => {
    try {
      await work();
      message.success(done);
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
    reload();
  };
}
