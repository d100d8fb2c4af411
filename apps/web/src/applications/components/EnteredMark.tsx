import { useI18n } from '../../i18n/i18n';
import '../../styles/applications.css';

/** 「主催者が代理入力」: an application an organizer entered for the municipality (paper, fax). Words, not only a colour. */
export function EnteredMark() {
  const { t } = useI18n();
  return <span className="badge badge--entered">{t('entry.mark')}</span>;
}
