import { Alert, Button } from 'antd';
import { Navigate, useNavigate } from 'react-router';
import { useAuth } from '../../app/auth/auth-context';
import { LOGIN_PATH } from '../../app/auth/paths';
import { useT } from '../../app/i18n/locale-context';
import { FullPageSpin } from '../common/FullPageSpin';
import { AuthLayout } from './AuthLayout';
import { ChangePasswordForm } from './ChangePasswordForm';

/** Where a one-time password leads: nothing else is reachable until a personal password is set. */
export default function ForcedPasswordChangePage() {
  const t = useT();
  const { me, logout } = useAuth();
  const navigate = useNavigate();

  if (me === undefined) return <FullPageSpin />;
  if (me === null) return <Navigate to={LOGIN_PATH} replace />;
  if (!me.user.mustChangePassword) return <Navigate to="/" replace />;

  return (
    <AuthLayout title={t('password.forcedTitle')}>
      <Alert type="info" showIcon title={t('password.forcedIntro')} style={{ marginBottom: 20 }} />
      <ChangePasswordForm
        currentHint={t('password.oneTimeAsCurrent')}
        submitLabel={t('password.change')}
        onDone={() => navigate('/', { replace: true })}
      />
      <Button type="link" block onClick={() => void logout()} style={{ marginTop: 8 }}>
        {t('shell.signOut')}
      </Button>
    </AuthLayout>
  );
}
