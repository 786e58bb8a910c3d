import { App } from 'antd';
import type { User } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { usersApi } from './users-api';

/** Disable, enable and reset password, each behind a confirmation that names the person. */
export function useUserActions({
  onChanged,
  onPasswordIssued,
}: {
  onChanged(): void;
  onPasswordIssued(user: User, password: string): void;
}) {
  const t = useT();
  const { modal, message } = App.useApp();
  const fail = (e: unknown) => message.error(e instanceof Error ? e.message : String(e));

  const setDisabled = (user: User, disabled: boolean) =>
    modal.confirm({
      title: disabled ? t('users.disable') : t('users.enable'),
      content: t(disabled ? 'users.disableConfirm' : 'users.enableConfirm', { name: user.displayName }),
      okText: disabled ? t('users.disable') : t('users.enable'),
      okButtonProps: { danger: disabled },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await usersApi.update(user.id, { version: user.version, disabled });
          message.success(
            t(disabled ? 'users.disabledDone' : 'users.enabledDone', { name: user.displayName }),
          );
        } catch (e) {
          fail(e);
        }
        onChanged();
      },
    });

  const resetPassword = (user: User) =>
    modal.confirm({
      title: t('users.resetPassword'),
      content: t('users.resetConfirm', { name: user.displayName }),
      okText: t('users.resetPassword'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          const { user: fresh, oneTimePassword } = await usersApi.resetPassword(user.id);
          if (oneTimePassword) onPasswordIssued(fresh, oneTimePassword);
        } catch (e) {
          fail(e);
        }
        onChanged();
      },
    });

  return { setDisabled, resetPassword };
}
