import { Button, Result } from 'antd';
import { isRouteErrorResponse, useNavigate, useRouteError } from 'react-router';
import { useT } from '../../i18n/hooks/useT';
import { ApiError } from '../../shared/api/http-client';

/** Shown instead of a page that failed to load or render (including a chunk that could not be fetched). */
export function RouteError() {
  const error = useRouteError();
  const t = useT();
  const navigate = useNavigate();
  const notFound = (isRouteErrorResponse(error) && error.status === 404) || (error instanceof ApiError && error.status === 404);
  const forbidden = error instanceof ApiError && error.status === 403;
  return (
    <Result
      // Icon statuses only: the 404/403 illustrations would add ~8 KB gzipped to every first load.
      status={notFound || forbidden ? 'warning' : 'error'}
      title={notFound ? t('app.notFound') : forbidden ? t('app.noPermission') : t('app.error')}
      subTitle={!notFound && !forbidden && error instanceof Error ? error.message : undefined}
      extra={<Button onClick={() => navigate('/inbox')}>{t('app.backHome')}</Button>}
    />
  );
}
