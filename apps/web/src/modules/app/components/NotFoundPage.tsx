import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/hooks/useT';

export function NotFoundPage() {
  const t = useT();
  const navigate = useNavigate();
  return <Result status="warning" title={t('app.notFound')} extra={<Button onClick={() => navigate('/inbox')}>{t('app.backHome')}</Button>} />;
}
