import { useState } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../../app/auth/auth-context';
import { CHANGE_PASSWORD_PATH, safeNext } from '../../app/auth/paths';
import { useT } from '../../app/i18n/locale-context';
import { AuthLayout } from './AuthLayout';

interface Values {
  username: string;
  password: string;
}

export default function LoginPage() {
  const t = useT();
  const { me, login } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const next = safeNext(params.get('next'));

  if (me) return <Navigate to={me.user.mustChangePassword ? CHANGE_PASSWORD_PATH : next} replace />;

  const submit = async ({ username, password }: Values) => {
    setBusy(true);
    setError(null);
    try {
      const signedIn = await login(username, password);
      navigate(signedIn.user.mustChangePassword ? CHANGE_PASSWORD_PATH : next, { replace: true });
    } catch (e) {
      setError(e instanceof Error ? e.message : t('login.failed'));
      setBusy(false);
    }
  };

  return (
    <AuthLayout title={t('login.title')}>
      {error && (
        <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" />
      )}
      <Form<Values> layout="vertical" onFinish={submit} requiredMark={false} size="large">
        <Form.Item
          name="username"
          label={t('login.username')}
          rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
        >
          <Input prefix={<UserOutlined />} autoFocus autoComplete="username" autoCapitalize="off" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('login.password')}
          rules={[{ required: true, message: t('login.passwordRequired') }]}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy} style={{ marginTop: 8 }}>
          {t('login.submit')}
        </Button>
      </Form>
    </AuthLayout>
  );
}
