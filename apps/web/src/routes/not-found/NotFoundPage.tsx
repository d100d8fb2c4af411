import { Link } from 'react-router';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';

export default function NotFoundPage() {
  const { t } = useI18n();
  useDocumentTitle(t('notFound.title'));
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/registry">{t('notFound.home')}</Link>
      </p>
    </>
  );
}
