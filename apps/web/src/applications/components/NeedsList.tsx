import type { BoothNeedsInput } from '@bussanten/contracts';
import { useI18n } from '../../i18n/i18n';
import { needsPhrases } from './labels';

/** An application's booth needs as small tags; "特になし" when it needs nothing special. */
export function NeedsList({ needs }: { needs: BoothNeedsInput }) {
  const { t, lang } = useI18n();
  const phrases = needsPhrases(needs, lang);
  if (phrases.length === 0) return <span className="muted">{t('needs.none')}</span>;
  return (
    <ul className="badges">
      {phrases.map((p) => (
        <li key={p}>
          <span className="badge need">{p}</span>
        </li>
      ))}
    </ul>
  );
}
