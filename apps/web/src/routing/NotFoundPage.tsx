import { Link } from 'react-router';
import { Role } from '@bussanten/contracts';
import { homeOf } from '../auth/access';
import { useAuth } from '../auth/AuthContext';
import type { MessageKey } from '../i18n/dictionaries';
import { useDocumentTitle, useI18n } from '../i18n/i18n';

const HOME_LABELS: Record<Role, MessageKey> = {
  [Role.Operator]: 'nav.hosts',
  [Role.Organizer]: 'notFound.home',
  [Role.Representative]: 'nav.myMunicipality',
  [Role.Staff]: 'nav.notices',
};

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
        <Link to={homeOf(role)}>{t(HOME_LABELS[role])}</Link>
      </p>
    </>
  );
}
