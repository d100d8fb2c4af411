import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useI18n } from '../i18n/i18n';
import NotFoundPage from './NotFoundPage';

/** When a page cannot be shown at all (most often: its code chunk failed to load after a new release). */
export function RouteError() {
  const error = useRouteError();
  const { t } = useI18n();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <div className="status status--error" role="alert">
      <h1>{t('routeError.title')}</h1>
      <p>{t('routeError.body')}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('common.reloadPage')}
      </button>
    </div>
  );
}
