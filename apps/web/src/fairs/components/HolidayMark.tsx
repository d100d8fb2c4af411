import type { Holiday } from '@bussanten/contracts';
import { useI18n } from '../../i18n/i18n';
import '../../styles/fairs.css';

/** '祝 天皇誕生日' next to a date: national holidays bring different crowds, so organizers plan for them. */
export function HolidayMark({ holiday }: { holiday: Holiday | null }) {
  const { t, lang } = useI18n();
  if (!holiday) return null;
  return (
    <span className="holiday-mark">
      <span aria-hidden="true" className="holiday-mark__sign">
        {t('fairs.holidaySign')}
      </span>
      <span className="sr-only">{t('fairs.holiday')}: </span>
      {lang === 'en' ? holiday.nameEn : holiday.name}
    </span>
  );
}
