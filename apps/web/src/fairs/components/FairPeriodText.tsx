import { useI18n } from '../../i18n/i18n';
import { formatFairPeriod } from './fair-format';

/** A fair's dates in Gregorian with the 和暦 beneath, as both are read in a ward office. */
export function FairPeriodText({ first, last }: { first: string; last: string }) {
  const { lang } = useI18n();
  const { western, wareki } = formatFairPeriod(first, last, lang);
  return (
    <>
      <span className="block">{western}</span>
      {wareki && <span className="block muted fair-wareki">{wareki}</span>}
    </>
  );
}
