import { Link } from 'react-router';
import { Role } from '@bussanten/contracts';
import { homeOf } from '../../auth/access';
import { useAuth } from '../../auth/AuthContext';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';

export default function NotFoundPage() {
  const { t } = useI18n();
  const { user } = useAuth();
  useDocumentTitle(t('notFound.title'));
  const role = user?.role ?? Role.Organizer;
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to={homeOf(role)}>{role === Role.Representative ? t('nav.myMunicipality') : t('notFound.home')}</Link>
      </p>
    </>
  );
}
