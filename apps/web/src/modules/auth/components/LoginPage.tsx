import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { LocaleSwitch } from '../../i18n/components/LocaleSwitch';
import { useT } from '../../i18n/hooks/useT';
import { ApiError } from '../../shared/api/http-client';
import { login } from '../api/auth.api';
import { SESSION_KEY } from '../hooks/useSession';

interface Credentials {
  username: string;
  password: string;
}

export function LoginPage() {
  const t = useT();
  const client = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/inbox';
  const mutation = useMutation({
    mutationFn: login,
    onSuccess: (session) => {
      client.clear();
      client.setQueryData(SESSION_KEY, session.user);
      navigate(from, { replace: true });
    },
  });
  const error = mutation.error;
  const message =
    error instanceof ApiError && error.status === 429 ? t('login.locked') : error ? (error instanceof ApiError && error.status !== 401 ? error.message : t('login.failed')) : null;

  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: 'linear-gradient(160deg,#b7292e 0,#7a1418 40%,#f5f5f5 40%)', padding: 16 }}>
      <Card style={{ width: '100%', maxWidth: 380 }} extra={<LocaleSwitch />} title={t('app.fullName')}>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('login.title')}
        </Typography.Title>
        {message && <Alert type="error" showIcon message={message} style={{ marginBottom: 16 }} data-testid="login-error" />}
        <Form<Credentials> layout="vertical" onFinish={(values) => mutation.mutate(values)} requiredMark={false}>
          <Form.Item name="username" label={t('login.username')} rules={[{ required: true }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={mutation.isPending}>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
