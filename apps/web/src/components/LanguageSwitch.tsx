import { LANGS, type Lang } from '../i18n/dictionaries';
import { useI18n } from '../i18n/i18n';

/** Each language is named in itself, so a reader who cannot read the current one still finds theirs. */
const AUTONYMS: Record<Lang, string> = { ja: '日本語', en: 'English' };

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t('lang.label')}>
      {LANGS.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={lang === l} onClick={() => setLang(l)}>
          {AUTONYMS[l]}
        </button>
      ))}
    </div>
  );
}
